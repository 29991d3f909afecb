/**
 * After an edit the layout is derived afresh, so every node and edge is a new object,
 * and React Flow would re-render and re-measure all of them (slow with hundreds of
 * steps). Immer keeps unchanged steps and flows as the same objects: an element whose
 * step or flow and geometry are unchanged is swapped back for the one drawn before.
 */
import type { Flow, Step } from '../../model/index.ts';
import type { FlowEdge, StepNode } from './types.ts';

export type NodeCache = WeakMap<Step, StepNode>;
export type EdgeCache = WeakMap<Flow, FlowEdge>;

function sameNode(a: StepNode, b: StepNode): boolean {
  return (
    a.id === b.id &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.data.meanMinutes === b.data.meanMinutes &&
    a.data.poolLabel === b.data.poolLabel &&
    a.data.outcome === b.data.outcome &&
    a.data.outcomeLabel === b.data.outcomeLabel
  );
}

function sameEdge(a: FlowEdge, b: FlowEdge): boolean {
  return (
    a.id === b.id &&
    a.source === b.source &&
    a.target === b.target &&
    a.sourceHandle === b.sourceHandle &&
    a.targetHandle === b.targetHandle &&
    a.className === b.className &&
    // Class labels come from elsewhere in the blueprint: compare what is shown.
    JSON.stringify(a.data?.classChances) === JSON.stringify(b.data?.classChances)
  );
}

/** The nodes, each replaced by its earlier twin when there is one; remembers the result. */
export function reuseNodes(nodes: StepNode[], cache: NodeCache): StepNode[] {
  return nodes.map((node) => {
    const earlier = cache.get(node.data.step);
    if (earlier && sameNode(earlier, node)) return earlier;
    cache.set(node.data.step, node);
    return node;
  });
}

export function reuseEdges(edges: FlowEdge[], cache: EdgeCache): FlowEdge[] {
  return edges.map((edge) => {
    if (!edge.data) return edge;
    const earlier = cache.get(edge.data.flow);
    if (earlier && sameEdge(earlier, edge)) return earlier;
    cache.set(edge.data.flow, edge);
    return edge;
  });
}
