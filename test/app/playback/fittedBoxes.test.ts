/**
 * The stage's boxes take the strip at their lane's top only where something is written
 * in it: over a box a queue can form at (its count), and under the lane's name. Any other
 * box starts at the lane's top, and the lines it gains are its own; no count or lane name
 * is ever over a box that starts in the strip.
 */
import { describe, expect, it } from 'vitest';
import { layoutBlueprint } from '../../../src/app/canvas/layout.ts';
import { LANE_NAME_INSET } from '../../../src/app/playback/StageMap.tsx';
import { stretchFor, stretchLayout, trimToSteps } from '../../../src/app/playback/stageLayout.ts';
import { fitStage } from '../../../src/app/playback/tokenGeometry.ts';
import { fitToNames } from '../../../src/app/playback/fitToNames.ts';
import { example } from './support.ts';

const deposit = example('counter-deposit');
const measureAt = (size: number) => (text: string) => [...text].length * 0.55 * size;
/** The steps the deposit example's lines form at (test/sim/queuePlaces.test.ts). */
const QUEUED = new Set(['c-take-number', 'c-hand-over', 's-post', 'b-file']);

function fitted(width: number, height: number) {
  const trimmed = trimToSteps(layoutBlueprint(deposit));
  const stretched = stretchLayout(trimmed, stretchFor(trimmed.bounds, width, height));
  const view = fitStage(stretched.bounds, width, height);
  const labelSize = (height * 0.025) / view.scale;
  const fit = {
    name: (node: (typeof stretched.nodes)[number]) => {
      const label = node.data.step.label;
      return typeof label === 'string' ? label : (label['en'] ?? '');
    },
    queued: (node: (typeof stretched.nodes)[number]) => QUEUED.has(node.data.step.id),
    seated: (node: (typeof stretched.nodes)[number]) => node.data.step.kind === 'action',
    laneName: (lane: { id: string }) => measureAt(labelSize)(lane.id),
    badge: measureAt(labelSize * 1.1)('888 waiting'),
    measure: measureAt(labelSize),
    labelSize,
    top: labelSize * 1.2,
    bottom: labelSize * 0.6,
    margin: labelSize * 0.2,
  };
  return { layout: fitToNames(stretched, fit), fit };
}

describe('fitToNames: the strips', () => {
  for (const [width, height] of [
    [1264, 514],
    [1008, 487],
  ] as const)
    it(`keeps the strip where a count or lane name is written, and only there (${width}×${height})`, () => {
      const { layout, fit } = fitted(width, height);
      const right = layout.bounds.x + layout.bounds.width;
      const lanes = new Map(layout.lanes.map((lane) => [lane.id as string, lane]));
      const inStrip = layout.nodes.filter((node) => {
        const lane = lanes.get(node.data.step.lane)!;
        return node.position.y < lane.top + fit.top - 0.01;
      });
      // Some boxes gained the strip: the evidence lane's, the notes, "Fill in the slip".
      expect(inStrip.length).toBeGreaterThan(5);
      for (const node of layout.nodes) {
        const lane = lanes.get(node.data.step.lane)!;
        const top = node.position.y - lane.top;
        const near = (value: number) => Math.abs(top - value) < 1e-6;
        expect(near(fit.margin) || near(fit.top), node.id).toBe(true);
        if (QUEUED.has(node.data.step.id)) expect(near(fit.top), node.id).toBe(true);
      }
      for (const node of inStrip) {
        const left = node.position.x;
        const boxRight = left + node.width!;
        const lane = lanes.get(node.data.step.lane)!;
        const nameLeft = right - LANE_NAME_INSET - fit.laneName(lane);
        expect(boxRight, `${node.id} under its lane's name`).toBeLessThan(nameLeft);
        for (const queued of layout.nodes.filter(
          (other) => QUEUED.has(other.data.step.id) && other.data.step.lane === node.data.step.lane,
        )) {
          const countLeft = queued.position.x - 3;
          const apart = boxRight <= countLeft || left >= countLeft + fit.badge;
          expect(apart, `${queued.id}'s count over ${node.id}`).toBe(true);
        }
      }
    });
});
