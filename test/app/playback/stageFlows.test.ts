/**
 * The stage's flows are the editor's routed lines among the stage's own boxes: on the
 * deposit example laid out for a projector (columns and lanes sized for the names), no
 * line runs behind a step it does not join, in either language, at 16:9 and 4:3.
 */
import { describe, expect, it } from 'vitest';
import { layoutBlueprint } from '../../../src/app/canvas/layout.ts';
import { crosses } from '../../../src/app/diagram/route.ts';
import { STUB } from '../../../src/app/diagram/flowPath.ts';
import {
  type StageFlow,
  stageFlows,
  straightAcross,
  turnInNarrowGap,
} from '../../../src/app/playback/stageFlows.ts';
import { stretchFor, stretchLayout, trimToSteps } from '../../../src/app/playback/stageLayout.ts';
import { fitStage } from '../../../src/app/playback/tokenGeometry.ts';
import { fitToNames } from '../../../src/app/playback/fitToNames.ts';
import { example } from './support.ts';

const deposit = example('counter-deposit');
/** Every character 0.55 of the type's size, a Chinese one a whole size. */
const measureAt = (size: number) => (text: string) =>
  [...text].reduce(
    (sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/u.test(char) ? 1 : 0.55) * size,
    0,
  );

/** The stage as Present lays it out on a screen of this size (PlaybackStage.tsx, in short). */
function stageLayout(width: number, height: number, language: 'en' | 'zh-CN') {
  const trimmed = trimToSteps(layoutBlueprint(deposit));
  const stretched = stretchLayout(trimmed, stretchFor(trimmed.bounds, width, height));
  const view = fitStage(stretched.bounds, width, height);
  const labelSize = (height * 0.025) / view.scale;
  return fitToNames(stretched, {
    name: (node) => {
      const label = node.data.step.label;
      return typeof label === 'string' ? label : (label[language] ?? label['en'] ?? '');
    },
    queued: (node) => node.data.step.resource !== undefined,
    seated: (node) => node.data.step.kind === 'action' || node.data.step.kind === 'decision',
    laneName: (lane) => measureAt(labelSize)(lane.id),
    badge: measureAt(labelSize * 1.1)('888 waiting'),
    measure: measureAt(labelSize),
    labelSize,
    top: labelSize * 1.2,
    bottom: labelSize * 0.6,
    margin: labelSize * 0.2,
  });
}

/** "flow behind step" for each line that runs behind a step it does not join. */
function behind(layout: ReturnType<typeof stageLayout>, flows: StageFlow[]): string[] {
  const found: string[] = [];
  for (const flow of flows) {
    const edge = layout.edges.find((e) => e.id === flow.id)!;
    for (const node of layout.nodes) {
      if (node.id === edge.source || node.id === edge.target) continue;
      const box = {
        x: node.position.x,
        y: node.position.y,
        width: node.width!,
        height: node.height!,
      };
      if (crosses(flow.points, box, 0, flow.points.length - 2))
        found.push(`${flow.id} behind ${node.id}`);
    }
  }
  return found;
}

describe('stage flows', () => {
  for (const [width, height] of [
    [1264, 514],
    [1008, 442],
  ] as const)
    for (const language of ['en', 'zh-CN'] as const)
      it(`pass behind no step they do not join (${width}×${height}, ${language})`, () => {
        const layout = stageLayout(width, height, language);
        const flows = stageFlows(layout, true);
        expect(flows).toHaveLength(deposit.flows.length);
        expect(behind(layout, flows)).toEqual([]);
      });

  /**
   * On the stage, "Large cash" and "Enter PIN" stand side by side 24 units apart (a gap
   * without a queue), Enter PIN the taller: the editor's shape went out, back and in again
   * in that gap, with an arrow head, and two such lines read as a "5" behind the boxes.
   */
  for (const [width, height] of [
    [1264, 514],
    [1008, 503],
  ] as const)
    for (const language of ['en', 'zh-CN'] as const)
      it(`never double back in a narrow gap; boxes side by side join straight (${width}×${height}, ${language})`, () => {
        const layout = stageLayout(width, height, language);
        const rect = (id: string) => {
          const node = layout.nodes.find((n) => n.id === id)!;
          return { x: node.position.x, y: node.position.y, w: node.width!, h: node.height! };
        };
        const flows = stageFlows(layout, true);
        const doubling: string[] = [];
        for (const flow of flows) {
          const edge = layout.edges.find((e) => e.id === flow.id)!;
          const [a, b] = [rect(edge.source), rect(edge.target)];
          const gap = Math.max(b.x - (a.x + a.w), a.x - (b.x + b.w));
          if (gap <= 0 || gap >= 2 * STUB) continue;
          const xs = flow.points.map((point) => point.x);
          const rising = xs.every((x, i) => i === 0 || x >= xs[i - 1]! - 0.01);
          const falling = xs.every((x, i) => i === 0 || x <= xs[i - 1]! + 0.01);
          if (!rising && !falling) doubling.push(`${flow.id}: ${xs.map(Math.round).join(' ')}`);
        }
        expect(doubling).toEqual([]);
        const pin = flows.find((flow) => flow.id === 'c-large-cash--c-enter-pin')!;
        expect(pin.points).toHaveLength(2);
        expect(pin.points[0]!.y).toBeCloseTo(pin.points[1]!.y, 5);
      });

  it('join boxes straight where their sides share half the shorter, else not', () => {
    const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
    const cases = [
      // Side by side, the right one taller: across at the middle of the shared rows.
      { source: box(0, 50, 100, 100), target: box(124, 0, 40, 150), line: [100, 100, 124, 100] },
      // One above the other, leftwards and upwards too.
      { source: box(0, 200, 100, 50), target: box(20, 0, 300, 50), line: [60, 200, 60, 50] },
      // Sharing a sliver, or overlapping: no straight line.
      { source: box(0, 0, 100, 100), target: box(150, 90, 100, 100), line: null },
      { source: box(0, 0, 100, 100), target: box(50, 50, 100, 100), line: null },
    ];
    for (const { source, target, line } of cases)
      expect(straightAcross(source, target)).toEqual(
        line
          ? [
              { x: line[0], y: line[1] },
              { x: line[2], y: line[3] },
            ]
          : undefined,
      );
  });

  it('turn once in the middle of a gap narrower than two straight ends', () => {
    const source = { x: 0, y: 0, width: 100, height: 100 };
    const target = { x: 124, y: -60, width: 40, height: 100 };
    expect(turnInNarrowGap(source, 'right', target, 'left')).toEqual([
      { x: 100, y: 50 },
      { x: 112, y: 50 },
      { x: 112, y: -10 },
      { x: 124, y: -10 },
    ]);
    // A gap as wide as two straight ends keeps the editor's shape.
    expect(
      turnInNarrowGap(source, 'right', { ...target, x: 100 + 2 * STUB }, 'left'),
    ).toBeUndefined();
  });

  it('run the plain way, some through the boxes, when routing is off', () => {
    const layout = stageLayout(1264, 514, 'en');
    const straight = stageFlows(layout, false);
    expect(straight.map((flow) => flow.id)).toEqual(layout.edges.map((edge) => edge.id));
    expect(behind(layout, straight).length).toBeGreaterThan(0);
  });
});
