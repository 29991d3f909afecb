/**
 * Who the cost was for (results format 3.13) as the results dock shows it: one column per
 * customer class (when there are several) and one for all customers, one row per figure:
 * the cost, per transaction, the units in use and the idle share, each outcome's cost per
 * visit, those who gave up, background work. A row nobody has a value in is left out.
 * Absent (null) without prices, and for results kept before the cost was shared out.
 */
import type { Blueprint, ExitOutcome } from '../../model/index.ts';
import type { CostShares, Estimate, Results } from '../../sim/index.ts';
import { classRows } from './breakdown.ts';
import type { Unit } from './format.ts';

/** The cost figures of one column: a class's share, or all customers'. */
export interface CostColumnFigures extends CostShares {
  total: Estimate;
  perServed: Estimate;
}

export interface CostColumn {
  /** Null for all customers together. */
  classId: string | null;
  figures: CostColumnFigures;
}

export type CostRowId =
  | 'total'
  | 'perServed'
  | 'busy'
  | 'idle'
  | `outcome:${ExitOutcome}`
  | 'abandoned'
  | 'abandonedPerVisit'
  | 'background';

export interface CostRow {
  id: CostRowId;
  /** A cost per day or run ('money'), or per visit ('moneyEach'). */
  unit: Unit;
  /** Set for an outcome's row. */
  outcome?: ExitOutcome;
  /** One per column, in the columns' order; undefined where the column has none. */
  cells: (Estimate | undefined)[];
}

export interface CostTable {
  columns: CostColumn[];
  rows: CostRow[];
}

/** Something to show: a mean that is a number and not a zero nobody reads. */
function shown(estimate: Estimate | undefined): boolean {
  return estimate !== undefined && Number.isFinite(estimate.mean) && estimate.mean !== 0;
}

/** One figure of who the cost was for: its row id, unit and where it is in a column's figures. */
export interface CostFigure {
  id: CostRowId;
  /** A cost per day or run ('money'), or per visit ('moneyEach'). */
  unit: Unit;
  /** Set for an outcome's figure. */
  outcome?: ExitOutcome;
  pick: (figures: CostColumnFigures) => Estimate | undefined;
}

/**
 * The figures in the dock's order, each outcome of the run (`outcomes`) with its cost per
 * visit: one list for the dock's table and the CSV export (csv.ts).
 */
export function costFigures(outcomes: readonly ExitOutcome[]): CostFigure[] {
  return [
    { id: 'total', unit: 'money', pick: (f) => f.total },
    { id: 'perServed', unit: 'moneyEach', pick: (f) => f.perServed },
    { id: 'busy', unit: 'money', pick: (f) => f.busy },
    { id: 'idle', unit: 'money', pick: (f) => f.idle },
    ...outcomes.map((outcome): CostFigure => ({
      id: `outcome:${outcome}`,
      unit: 'moneyEach',
      outcome,
      pick: (f) => f.outcomes[outcome]?.perVisit,
    })),
    { id: 'abandoned', unit: 'money', pick: (f) => f.abandoned.cost },
    { id: 'abandonedPerVisit', unit: 'moneyEach', pick: (f) => f.abandoned.perVisit },
    { id: 'background', unit: 'money', pick: (f) => f.background },
  ];
}

/** All customers' cost shares, or null without prices (or for results kept before the sharing out). */
export function systemCostFigures(results: Results): CostColumnFigures | null {
  const system = results.system.cost;
  return system && 'busy' in system ? system : null;
}

export function costTable(results: Results, blueprint: Blueprint): CostTable | null {
  const system = systemCostFigures(results);
  if (!system) return null;
  const classes = classRows(results, blueprint).flatMap(({ classId, result }) =>
    result.cost ? [{ classId, figures: result.cost }] : [],
  );
  const columns: CostColumn[] = [
    // One class is all customers: its own column would repeat it.
    ...(classes.length > 1 ? classes : []),
    { classId: null, figures: system },
  ];
  const rows = costFigures(Object.keys(system.outcomes) as ExitOutcome[]).map(
    ({ id, unit, outcome, pick }): CostRow => ({
      id,
      unit,
      ...(outcome ? { outcome } : {}),
      cells: columns.map((column) => pick(column.figures)),
    }),
  );
  // The cost and per transaction always; the parts where some column has one.
  return {
    columns,
    rows: rows.filter(
      (r) => r.id === 'total' || r.id === 'perServed' || r.cells.some((cell) => shown(cell)),
    ),
  };
}
