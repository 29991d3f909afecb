/**
 * Strongly connected components of a graph on nodes 0 … count−1 (Tarjan's algorithm, with
 * an explicit stack: a chain of thousands of steps must not overflow the call stack).
 * Components come sinks first: every edge leaving a component points to one listed before.
 */
export function stronglyConnected(
  count: number,
  next: (node: number) => Iterable<number>,
): number[][] {
  const order = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const result: number[][] = [];
  let counter = 0;
  const work: { node: number; targets: number[]; at: number }[] = [];
  const open = (node: number): void => {
    order[node] = low[node] = counter++;
    stack.push(node);
    onStack[node] = 1;
    work.push({ node, targets: [...next(node)], at: 0 });
  };
  for (let root = 0; root < count; root++) {
    if (order[root] !== -1) continue;
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const v = frame.node;
      if (frame.at < frame.targets.length) {
        const w = frame.targets[frame.at++]!;
        if (order[w] === -1) open(w);
        else if (onStack[w]) low[v] = Math.min(low[v]!, order[w]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node]!, low[v]!);
      if (low[v] !== order[v]) continue;
      const component: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = 0;
        component.push(w);
      } while (w !== v);
      result.push(component);
    }
  }
  return result;
}
