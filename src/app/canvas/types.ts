/** What the canvas draws, derived from a blueprint by `layoutBlueprint`. */
import type { Edge, Node } from '@xyflow/react';
import type { ExitOutcome, Flow, LaneId, LineId, Step, Text } from '../../model/index.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One horizontal lane band, full width. `label` is the blueprint's own name, if any. */
export interface LaneBand {
  id: LaneId;
  top: number;
  height: number;
  label?: Text;
}

/** One of the three lines of the notation, at the top edge of the lane below it. */
export interface LineMark {
  id: LineId;
  y: number;
}

/** A journey phase drawn as a column from `left` to `right`. */
export interface PhaseColumn {
  id: string;
  label: Text;
  left: number;
  right: number;
}

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

/**
 * process: customers follow it; background: work that goes on without the customer;
 * drawing: touches evidence or a note, so it is drawn but never simulated.
 */
export type FlowRole = 'process' | 'background' | 'drawing';

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
};

export type ClassChance = { classId: string; label: Text; probability: number };
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
