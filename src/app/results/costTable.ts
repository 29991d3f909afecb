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
interface CostColumnFigures extends CostShares {
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

export function costTable(results: Results, blueprint: Blueprint): CostTable | null {
  const system = results.system.cost;
  if (!system || !('busy' in system)) return null;
  const classes = classRows(results, blueprint).flatMap(({ classId, result }) =>
    result.cost ? [{ classId, figures: result.cost }] : [],
  );
  const columns: CostColumn[] = [
    // One class is all customers: its own column would repeat it.
    ...(classes.length > 1 ? classes : []),
    { classId: null, figures: system },
  ];
  const row = (
    id: CostRowId,
    unit: Unit,
    pick: (figures: CostColumnFigures) => Estimate | undefined,
    outcome?: ExitOutcome,
  ): CostRow => ({
    id,
    unit,
    ...(outcome ? { outcome } : {}),
    cells: columns.map((column) => pick(column.figures)),
  });
  const outcomes = Object.keys(system.outcomes) as ExitOutcome[];
  const rows = [
    row('total', 'money', (f) => f.total),
    row('perServed', 'moneyEach', (f) => f.perServed),
    row('busy', 'money', (f) => f.busy),
    row('idle', 'money', (f) => f.idle),
    ...outcomes.map((outcome) =>
      row(`outcome:${outcome}`, 'moneyEach', (f) => f.outcomes[outcome]?.perVisit, outcome),
    ),
    row('abandoned', 'money', (f) => f.abandoned.cost),
    row('abandonedPerVisit', 'moneyEach', (f) => f.abandoned.perVisit),
    row('background', 'money', (f) => f.background),
  ];
  // The cost and per transaction always; the parts where some column has one.
  return {
    columns,
    rows: rows.filter(
      (r) => r.id === 'total' || r.id === 'perServed' || r.cells.some((cell) => shown(cell)),
    ),
  };
}
