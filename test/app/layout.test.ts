import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANE_IDS, LINES, type Blueprint } from '../../src/model/index.ts';
import { DEFAULT_LANE_HEIGHT, STEP_HEIGHT, STEP_WIDTH } from '../../src/app/diagram/geometry.ts';
import { layoutBlueprint } from '../../src/app/canvas/layout.ts';
import type { CanvasLayout, StepNode } from '../../src/app/canvas/types.ts';
import { loadedExamples, makeBlueprint } from './blueprints.ts';

const examples = loadedExamples();

function overlaps(a: StepNode, b: StepNode): boolean {
  return (
    a.position.x < b.position.x + STEP_WIDTH &&
    b.position.x < a.position.x + STEP_WIDTH &&
    a.position.y < b.position.y + STEP_HEIGHT &&
    b.position.y < a.position.y + STEP_HEIGHT
  );
}

function laneOf(layout: CanvasLayout, id: string) {
  return layout.lanes.find((lane) => lane.id === id)!;
}

describe('layoutBlueprint on the bundled examples', () => {
  it('finds the examples', () => {
    expect(examples.map(([name]) => name)).toContain('counter-deposit.json');
  });

  describe.each(examples)('%s', (_name, blueprint: Blueprint) => {
    const layout = layoutBlueprint(blueprint);

    it('makes one node per step, inside its lane band', () => {
      expect(layout.nodes).toHaveLength(blueprint.steps.length);
      for (const node of layout.nodes) {
        const lane = laneOf(layout, node.data.step.lane);
        expect(node.position.y).toBeGreaterThanOrEqual(lane.top);
        expect(node.position.y + STEP_HEIGHT).toBeLessThanOrEqual(lane.top + lane.height);
      }
    });

    it('places each step at its own position: x absolute, y from its lane top', () => {
      blueprint.steps.forEach((step, index) => {
        if (!step.position) return;
        const node = layout.nodes[index]!;
        expect(node.position.x).toBe(step.position.x);
        expect(node.position.y).toBe(laneOf(layout, step.lane).top + step.position.y);
      });
    });

    it('stacks the five lanes top to bottom without gaps, with the lines between them', () => {
      expect(layout.lanes.map((lane) => lane.id)).toEqual([...LANE_IDS]);
      layout.lanes.slice(1).forEach((lane, index) => {
        const above = layout.lanes[index]!;
        expect(lane.top).toBe(above.top + above.height);
      });
      expect(layout.lines.map((line) => line.id)).toEqual(LINES.map((line) => line.id));
      for (const line of LINES) {
        const mark = layout.lines.find((candidate) => candidate.id === line.id)!;
        expect(mark.y).toBe(laneOf(layout, line.below).top);
      }
    });

    it('makes one edge per flow, between the right nodes', () => {
      expect(layout.edges).toHaveLength(blueprint.flows.length);
      blueprint.flows.forEach((flow, index) => {
        const edge = layout.edges[index]!;
        expect(edge).toMatchObject({ source: flow.from, target: flow.to, type: 'flow' });
        expect(edge.data?.flow).toBe(flow);
      });
    });

    it('marks background flows, and only those', () => {
      blueprint.flows.forEach((flow, index) => {
        const edge = layout.edges[index]!;
        expect(edge.data?.role === 'background').toBe(flow.background === true);
        expect(edge.className?.includes('flow--background')).toBe(flow.background === true);
      });
    });

    it('draws phases as columns left to right, one after the other', () => {
      expect(layout.phases.map((phase) => phase.id)).toEqual(
        (blueprint.phases ?? []).map((phase) => phase.id),
      );
      layout.phases.forEach((phase, index) => {
        expect(phase.right).toBeGreaterThan(phase.left);
        if (index > 0) expect(phase.left).toBe(layout.phases[index - 1]!.right);
      });
    });

    it('has bounds around every node and phase', () => {
      const { bounds } = layout;
      for (const node of layout.nodes) {
        expect(node.position.x).toBeGreaterThanOrEqual(bounds.x);
        expect(node.position.x + STEP_WIDTH).toBeLessThanOrEqual(bounds.x + bounds.width);
      }
      for (const phase of layout.phases) {
        expect(phase.left).toBeGreaterThanOrEqual(bounds.x);
        expect(phase.right).toBeLessThanOrEqual(bounds.x + bounds.width);
      }
      expect(bounds.height).toBe(layout.lanes.reduce((sum, lane) => sum + lane.height, 0));
    });
  });
});

describe('automatic placement', () => {
  it('places steps without a position in their lane, without overlaps', () => {
    const blueprint = makeBlueprint(
      [
        { id: 'a', lane: 'customer' },
        { id: 'b', lane: 'customer' },
        { id: 'c', lane: 'frontstage' },
        { id: 'd', lane: 'customer', position: { x: 600, y: 48 } },
        { id: 'e', lane: 'customer' },
      ],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'c', to: 'e' },
      ],
    );
    const { nodes } = layoutBlueprint(blueprint);
    for (const [index, node] of nodes.entries()) {
      for (const other of nodes.slice(index + 1)) expect(overlaps(node, other)).toBe(false);
    }
    const x = (id: string) => nodes.find((node) => node.id === id)!.position.x;
    // Each step comes after the step that leads to it.
    expect(x('b')).toBeGreaterThan(x('a'));
    expect(x('c')).toBeGreaterThan(x('b'));
    expect(x('e')).toBeGreaterThan(x('c'));
  });

  it('puts unplaced steps in their phase column, phases in order', () => {
    const blueprint = makeBlueprint(
      [
        { id: 'late', lane: 'customer', phase: 'two' },
        { id: 'early', lane: 'customer', phase: 'one' },
        { id: 'early2', lane: 'backstage', phase: 'one' },
      ],
      [],
      {
        phases: [
          { id: 'one', label: 'One' },
          { id: 'two', label: 'Two' },
          { id: 'three', label: 'Three' },
        ],
      },
    );
    const layout = layoutBlueprint(blueprint);
    const [one, two, three] = layout.phases;
    const node = (id: string) => layout.nodes.find((candidate) => candidate.id === id)!;
    for (const [id, column] of [
      ['early', one],
      ['early2', one],
      ['late', two],
    ] as const) {
      expect(node(id).position.x).toBeGreaterThanOrEqual(column!.left);
      expect(node(id).position.x + STEP_WIDTH).toBeLessThanOrEqual(column!.right);
    }
    // A phase without steps still gets a column.
    expect(three!.right - three!.left).toBeGreaterThan(0);
  });

  it('never overlaps an automatically placed step with another step (property)', () => {
    const stepArbitrary = fc.record({
      lane: fc.constantFrom(...LANE_IDS),
      phase: fc.option(fc.constantFrom('one', 'two', 'three', 'unknown'), { nil: undefined }),
      position: fc.option(
        fc.record({ x: fc.integer({ min: -200, max: 2000 }), y: fc.integer({ min: 0, max: 200 }) }),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(fc.array(stepArbitrary, { maxLength: 25 }), (specs) => {
        const steps = specs.map((spec, index) => ({
          id: `s${index}`,
          lane: spec.lane,
          ...(spec.phase ? { phase: spec.phase } : {}),
          ...(spec.position ? { position: spec.position } : {}),
        }));
        const flows = steps.slice(1).map((step, index) => ({ from: `s${index}`, to: step.id }));
        const layout = layoutBlueprint(
          makeBlueprint(steps, flows, {
            phases: ['one', 'two', 'three'].map((id) => ({ id, label: id })),
          }),
        );
        layout.nodes.forEach((node, index) => {
          const lane = laneOf(layout, node.data.step.lane);
          expect(node.position.y).toBeGreaterThanOrEqual(lane.top);
          expect(node.position.y + STEP_HEIGHT).toBeLessThanOrEqual(lane.top + lane.height);
          if (steps[index]!.position) return;
          layout.nodes.forEach((other, otherIndex) => {
            if (otherIndex !== index) expect(overlaps(node, other)).toBe(false);
          });
        });
      }),
    );
  });

  it('grows a lane that is too short for its lowest step', () => {
    const blueprint = makeBlueprint([
      { id: 'deep', lane: 'backstage', position: { x: 0, y: 300 } },
    ]);
    const layout = layoutBlueprint(blueprint);
    const lane = laneOf(layout, 'backstage');
    expect(lane.height).toBeGreaterThanOrEqual(300 + STEP_HEIGHT);
    expect(laneOf(layout, 'customer').height).toBe(DEFAULT_LANE_HEIGHT);
  });

  it("uses the blueprint's own lane height and label", () => {
    const blueprint = makeBlueprint([{ id: 'a', lane: 'support' }], [], {
      lanes: { support: { height: 400, label: { en: 'IT systems', 'zh-CN': '信息系统' } } },
    });
    const lane = laneOf(layoutBlueprint(blueprint), 'support');
    expect(lane.height).toBe(400);
    expect(lane.label).toEqual({ en: 'IT systems', 'zh-CN': '信息系统' });
  });
});

describe('edges', () => {
  it('marks flows touching evidence or notes as drawing-only', () => {
    const blueprint = makeBlueprint(
      [
        { id: 'paper', lane: 'evidence', kind: 'evidence' },
        { id: 'act', lane: 'customer' },
        { id: 'next', lane: 'customer' },
      ],
      [
        { from: 'paper', to: 'act' },
        { from: 'act', to: 'next' },
      ],
    );
    const roles = layoutBlueprint(blueprint).edges.map((edge) => edge.data?.role);
    expect(roles).toEqual(['drawing', 'process']);
  });

  it('runs vertically between steps in one column and left to right otherwise', () => {
    const blueprint = makeBlueprint(
      [
        { id: 'top', lane: 'customer', position: { x: 40, y: 48 } },
        { id: 'below', lane: 'support', position: { x: 40, y: 48 } },
        { id: 'right', lane: 'customer', position: { x: 400, y: 48 } },
      ],
      [
        { from: 'top', to: 'below' },
        { from: 'below', to: 'right' },
        { from: 'right', to: 'top' },
      ],
    );
    const sides = layoutBlueprint(blueprint).edges.map((edge) => [
      edge.sourceHandle,
      edge.targetHandle,
    ]);
    expect(sides).toEqual([
      ['source-bottom', 'target-top'],
      ['source-right', 'target-left'],
      ['source-left', 'target-right'],
    ]);
  });

  it('skips flows to unknown steps and keeps ids unique', () => {
    const blueprint = makeBlueprint(
      [
        { id: 'a', lane: 'customer' },
        { id: 'a', lane: 'frontstage' },
        { id: 'b', lane: 'customer' },
      ],
      [
        { from: 'a', to: 'b' },
        { from: 'a', to: 'ghost' },
      ],
    );
    const layout = layoutBlueprint(blueprint);
    expect(layout.nodes.map((node) => node.id)).toEqual(['a', 'a#2', 'b']);
    expect(layout.edges).toHaveLength(1);
  });

  it('carries per-class chances with the class labels', () => {
    const blueprint = makeBlueprint(
      [
        { id: 'check', lane: 'backstage', kind: 'decision' },
        { id: 'yes', lane: 'backstage' },
        { id: 'no', lane: 'backstage' },
      ],
      [
        { from: 'check', to: 'yes', probability: 0.9, classProbability: { vip: 0.99 } },
        { from: 'check', to: 'no', probability: 0.1, classProbability: { vip: 0.01 } },
      ],
      { classes: [{ id: 'vip', label: { en: 'VIP', 'zh-CN': '贵宾' } }] },
    );
    const [edge] = layoutBlueprint(blueprint).edges;
    expect(edge!.data?.classChances).toEqual([
      { classId: 'vip', label: { en: 'VIP', 'zh-CN': '贵宾' }, probability: 0.99 },
    ]);
  });

  it('keeps step facts language-free: mean duration and pool label', () => {
    const blueprint = makeBlueprint(
      [
        {
          id: 'serve',
          lane: 'frontstage',
          duration: { type: 'triangular', min: 1, mode: 2, max: 6 },
          resource: { pool: 'tellers' },
        },
      ],
      [],
      { resources: [{ id: 'tellers', kind: 'staff', label: { en: 'Tellers' }, capacity: 2 }] },
    );
    const [node] = layoutBlueprint(blueprint).nodes;
    expect(node!.data.meanMinutes).toBe(3);
    expect(node!.data.poolLabel).toEqual({ en: 'Tellers' });
  });
});
