/**
 * Drawing and re-attaching flows. A new flow is one `connect` edit and becomes the
 * selection; moving an edge's end is one `reconnect` edit.
 */
import type { Connection, OnConnectEnd, OnReconnect } from '@xyflow/react';
import { useCallback } from 'react';
import { connect, reconnect } from '../editor/commands/flows.ts';
import type { BlueprintStore } from '../store/blueprintStore.ts';
import type { FlowEdge } from './types.ts';

export function useConnecting(
  store: BlueprintStore,
  stepOfNode: ReadonlyMap<string, string>,
  flowOfEdge: ReadonlyMap<string, string>,
) {
  const connectSteps = useCallback(
    (fromNode: string, toNode: string) => {
      const from = stepOfNode.get(fromNode);
      const to = stepOfNode.get(toNode);
      if (from === undefined || to === undefined || from === to) return;
      const { edit, select } = store.getState();
      const id = edit((draft) => connect(draft, from, to));
      if (id !== undefined) select({ steps: [], flows: [id] });
    },
    [store, stepOfNode],
  );

  const onConnect = useCallback(
    (connection: Connection) => connectSteps(connection.source, connection.target),
    [connectSteps],
  );

  // Letting go over the middle of a step (far from its side handles) connects too: the
  // boxes are large targets on a projector, the handles are not.
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      if (state.isValid || !state.fromNode || state.fromHandle?.type !== 'source') return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const target = document
        .elementFromPoint(point.clientX, point.clientY)
        ?.closest('.react-flow__node')
        ?.getAttribute('data-id');
      if (target) connectSteps(state.fromNode.id, target);
    },
    [connectSteps],
  );

  const onReconnect: OnReconnect<FlowEdge> = useCallback(
    (edge, connection) => {
      const flow = flowOfEdge.get(edge.id);
      const from = stepOfNode.get(connection.source);
      const to = stepOfNode.get(connection.target);
      if (flow === undefined || from === undefined || to === undefined || from === to) return;
      if (connection.source === edge.source && connection.target === edge.target) return;
      store.getState().edit((draft) => {
        if (connection.source !== edge.source) reconnect(draft, flow, 'from', from);
        if (connection.target !== edge.target) reconnect(draft, flow, 'to', to);
      });
    },
    [store, stepOfNode, flowOfEdge],
  );

  return { onConnect, onConnectEnd, onReconnect };
}
