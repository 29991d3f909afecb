/**
 * The canvas shows how visits end and which branch fails: an exit's outcome (and its own
 * name) on the step's node, a decision's failing branch marked on its edge. Both derived
 * from the blueprint like the rest of the layout, and only where the simulator uses them.
 */
import { describe, expect, it } from 'vitest';
import { layoutBlueprint } from '../../src/app/canvas/layout.ts';
import { loadedExamples, makeBlueprint } from './blueprints.ts';

function decisionWithFailingBranch() {
  return makeBlueprint(
    [
      { id: 'check', lane: 'backstage', kind: 'decision' },
      { id: 'open', lane: 'backstage', exit: { outcome: 'completed' } },
      {
        id: 'turned-away',
        lane: 'frontstage',
        exit: { outcome: 'rejected', label: { en: 'not eligible', 'zh-CN': '不符合条件' } },
      },
      { id: 'paper', lane: 'evidence', kind: 'evidence', exit: { outcome: 'withdrawn' } },
    ],
    [
      { from: 'check', to: 'open', probability: 0.8 },
      { from: 'check', to: 'turned-away', probability: 0.2, failing: true },
      // Failing is ignored on a drawing-only flow (the checks warn), so it is not drawn as one.
      { from: 'check', to: 'paper', failing: true },
    ],
  );
}

describe('outcomes and failing branches on the canvas', () => {
  it('gives each exit its outcome and name, and none to other steps or drawings', () => {
    const nodes = layoutBlueprint(decisionWithFailingBranch()).nodes;
    const byId = new Map(nodes.map((node) => [node.id, node.data]));
    expect(byId.get('check')!.outcome).toBeUndefined();
    expect(byId.get('open')).toMatchObject({ outcome: 'completed' });
    expect(byId.get('open')!.outcomeLabel).toBeUndefined();
    expect(byId.get('turned-away')).toMatchObject({
      outcome: 'rejected',
      outcomeLabel: { en: 'not eligible', 'zh-CN': '不符合条件' },
    });
    expect(byId.get('paper')!.outcome).toBeUndefined();
  });

  it('marks the failing branch customers take, with its own class and a red arrow head', () => {
    const edges = layoutBlueprint(decisionWithFailingBranch()).edges;
    expect(edges.map((edge) => edge.data?.failing ?? false)).toEqual([false, true, false]);
    const [plain, failing, drawing] = edges;
    expect(failing!.className).toBe('flow flow--process flow--failing');
    expect(plain!.className).toBe('flow flow--process');
    expect(drawing!.className).toBe('flow flow--drawing');
    expect(failing!.markerEnd).toMatchObject({ color: '#c62828' });
    expect(plain!.markerEnd).not.toMatchObject({ color: '#c62828' });
  });

  it('shows the examples’ rejections and failing branches', () => {
    const margin = loadedExamples().find(([name]) => name.startsWith('margin'))![1];
    const layout = layoutBlueprint(margin);
    const outcomes = new Set(layout.nodes.map((node) => node.data.outcome).filter(Boolean));
    expect(outcomes).toContain('rejected');
    expect(outcomes).toContain('completed');
    const failing = layout.edges.filter((edge) => edge.data?.failing);
    expect(failing.map((edge) => edge.source)).toContain('d-eligible');
  });
});
