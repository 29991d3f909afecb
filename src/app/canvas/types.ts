/** What the canvas draws, derived from a blueprint by `layoutBlueprint`. */
import type { Edge, Node } from '@xyflow/react';
import type { ExitOutcome, Flow, Step, Text } from '../../model/index.ts';
import type {
  ClassChance,
  FlowRole,
  LaneBand,
  LineMark,
  PhaseColumn,
  Rect,
} from '../diagram/types.ts';

/**
 * Language-free facts a step box shows; the component picks the words. Type aliases
 * (not interfaces) because React Flow wants node data to be a plain record.
 */
export type StepNodeData = {
  step: Step;
  /** Mean of the step's duration in minutes, when it has one. */
  meanMinutes?: number;
  /** Label of the resource pool the step needs, when the pool exists. */
  poolLabel?: Text;
  /** How visits end here, when the step is an exit customers pass through. */
  outcome?: ExitOutcome;
  /** The exit's own name for this way out ("not eligible"), when it has one. */
  outcomeLabel?: Text;
};
export type StepNode = Node<StepNodeData, 'step'>;

export type FlowEdgeData = {
  flow: Flow;
  role: FlowRole;
  /** The flow's per-class chances (`classProbability`), with each class's label. */
  classChances?: ClassChance[];
  /**
   * The decision's failing branch (`failing`), on a flow customers take: every customer
   * on it counts as a failure of the step it leaves. Absent otherwise (ignored there).
   */
  failing?: true;
  /** The name of the step whose queue the flow's rule reads (`when`). */
  queueStepLabel?: Text;
};

export type FlowEdge = Edge<FlowEdgeData, 'flow'>;

export interface CanvasLayout {
  nodes: StepNode[];
  edges: FlowEdge[];
  lanes: LaneBand[];
  lines: LineMark[];
  phases: PhaseColumn[];
  /** Everything worth showing: all lanes, all phases, all steps. */
  bounds: Rect;
}
