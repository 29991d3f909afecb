/**
 * The blueprint as a drawing, in canvas units (1 unit = 1 CSS pixel at zoom 1): what the
 * canvas and the exporters both draw, derived from the blueprint alone by `layoutDiagram`.
 * Nothing here knows React, React Flow or the DOM.
 */
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

/** Where a step goes in the blueprint: its lane, x on the canvas, y within the lane. */
export interface StepPlace {
  lane: LaneId;
  x: number;
  /** From the top of the lane. */
  y: number;
  /**
   * The phase of the column it was dropped in (phasePlace.ts); undefined when it fell in
   * no column, and then a moved step keeps its phase.
   */
  phase?: string;
}

/** A side of a step box, where a flow leaves or enters it. */
export type Side = 'top' | 'right' | 'bottom' | 'left';

/**
 * process: customers follow it; background: work that goes on without the customer;
 * drawing: touches evidence or a note, so it is drawn but never simulated.
 */
export type FlowRole = 'process' | 'background' | 'drawing';

export type ClassChance = { classId: string; label: Text; probability: number };

/** A step box, placed. */
export interface DiagramStep {
  /** The step's id, made unique when the blueprint repeats one (the checks report it). */
  key: string;
  step: Step;
  rect: Rect;
  /** Label of the resource pool the step needs, when the pool exists. */
  poolLabel?: Text;
  /** How visits end here, when the step is an exit customers pass through. */
  outcome?: ExitOutcome;
  /** The exit's own name for this way out ("not eligible"), when it has one. */
  outcomeLabel?: Text;
}

/** A flow between two placed steps, with the sides of the boxes it joins. */
export interface DiagramFlow {
  /** The flow's id, made unique when the blueprint repeats one. */
  key: string;
  flow: Flow;
  role: FlowRole;
  fromSide: Side;
  toSide: Side;
  /** The flow's per-class chances (`classProbability`), with each class's label. */
  classChances: ClassChance[];
  /**
   * The decision's failing branch (`failing`), on a flow customers take: every customer
   * on it counts as a failure of the step it leaves.
   */
  failing: boolean;
  /** The name of the step whose queue the flow's rule reads (`when`), when it has one. */
  queueStepLabel?: Text;
}

export interface Diagram {
  steps: DiagramStep[];
  flows: DiagramFlow[];
  lanes: LaneBand[];
  lines: LineMark[];
  phases: PhaseColumn[];
  /** Everything worth showing: all lanes, all phases, all steps. */
  bounds: Rect;
}
