/** The drawing's colours: those of the canvas (styles/base.css, canvas.css, flows.css, steps.css). */
import type { ExitOutcome, LaneId, StepKind } from '../../model/index.ts';
import type { FlowRole } from './types.ts';

export const INK = '#111827';
export const MUTED = '#475467';
export const LINE_INK = '#344054';
export const FAIL = '#c62828';
export const WAIT = '#f5b100';

export const LANE_COLORS: Record<LaneId, { band: string; accent: string }> = {
  evidence: { band: '#f8f4ea', accent: '#8a6a2f' },
  customer: { band: '#eaf2fd', accent: '#1d5fc9' },
  frontstage: { band: '#e8f6ed', accent: '#1b7f45' },
  backstage: { band: '#fdf1e0', accent: '#a35c00' },
  support: { band: '#f1eefb', accent: '#5b43b0' },
};

export const STEP_COLORS: Record<StepKind, { fill: string; stroke: string }> = {
  action: { fill: '#ffffff', stroke: '#98a2b3' },
  decision: { fill: '#fff8e6', stroke: '#b7791f' },
  evidence: { fill: '#fffdf6', stroke: '#a08447' },
  note: { fill: '#fef9c3', stroke: '#8d6e00' },
};

export const FLOW_COLORS: Record<FlowRole | 'failing', string> = {
  process: '#1f2937',
  background: '#475569',
  drawing: '#8a94a6',
  failing: FAIL,
};

/** Dashes that tell the flows apart without colour. */
export const FLOW_DASHES: Record<FlowRole | 'failing', string | undefined> = {
  process: undefined,
  background: '8 6',
  drawing: undefined,
  failing: '10 5',
};

export const OUTCOME_COLORS: Record<ExitOutcome, string> = {
  completed: '#2e7d32',
  rejected: '#b42318',
  withdrawn: '#667085',
  complaint: '#b54708',
  referred: '#175cd3',
};

/** The three lines: solid, dashed, dotted, as on the canvas. */
export const LINE_DASHES = {
  interaction: undefined,
  visibility: '8 5',
  internalInteraction: '2 4',
} as const;
