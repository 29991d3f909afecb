/**
 * The stage's flows are the editor's routed lines among the stage's own boxes: on the
 * deposit example laid out for a projector (columns and lanes sized for the names), no
 * line runs behind a step it does not join, in either language, at 16:9 and 4:3.
 */
import { describe, expect, it } from 'vitest';
import { layoutBlueprint } from '../../../src/app/canvas/layout.ts';
import { crosses } from '../../../src/app/diagram/route.ts';
import { type StageFlow, stageFlows } from '../../../src/app/playback/stageFlows.ts';
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

  it('run the plain way, some through the boxes, when routing is off', () => {
    const layout = stageLayout(1264, 514, 'en');
    const straight = stageFlows(layout, false);
    expect(straight.map((flow) => flow.id)).toEqual(layout.edges.map((edge) => edge.id));
    expect(behind(layout, straight).length).toBeGreaterThan(0);
  });
});
