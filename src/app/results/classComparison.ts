/**
 * The customer classes in a scenario comparison: each class's outcomes, those who gave up,
 * its share within target and, where the pools have prices, its cost and cost per
 * transaction (who the cost was for, results format 3.13), judged like the whole process's (paired replication by
 * replication where the runs share seed and replications). Only what can differ is shown:
 * no class rows when the runs have one class (it is the whole process), and no row for an
 * outcome or for giving up that happened in neither run.
 */
import { OUTCOMES, ownValue } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';
import {
  type ComparisonRow,
  type Side,
  comparisonRow,
  figureValues,
  finite,
  perReplicationOf,
} from './comparisonRow.ts';
import { type ClassKpiId, type Kpi, classKpis } from './kpis.ts';
import type { Scenario } from './scenario.ts';

/** Outcomes in their usual order, then giving up, the share within target, the cost. */
const ORDER: readonly string[] = [
  ...OUTCOMES,
  'abandoned',
  'withinTarget',
  'classCost',
  'costPerServed',
];

function kpisOf(results: Results, classId: string): Map<ClassKpiId, Kpi<ClassKpiId>> {
  const result = ownValue(results.classes, classId);
  const kpis = result ? classKpis(result, results.run.mode) : [];
  return new Map(kpis.map((kpi) => [kpi.id, kpi]));
}

/** A count that is 0 (or absent) on both sides says nothing about the class. */
function happened(id: ClassKpiId, left: Kpi | undefined, right: Kpi | undefined): boolean {
  if (id === 'withinTarget' || id === 'classCost' || id === 'costPerServed') return true;
  return (finite(left?.value) ?? 0) > 0 || (finite(right?.value) ?? 0) > 0;
}

function side(results: Results, classId: string, id: ClassKpiId, kpi: Kpi | undefined): Side {
  const figures = perReplicationOf(results)?.classes?.[classId];
  // The class's cost arrays are named as in the results (`cost`), not as the system's.
  const values =
    id === 'classCost'
      ? figures?.cost
      : id === 'costPerServed'
        ? figures?.costPerServed
        : figureValues(figures, id, results.run.mode);
  return { kpi: kpi ?? null, values, results };
}

export function classComparisonRows(left: Scenario, right: Scenario): ComparisonRow[] {
  const classIds = [
    ...new Set([...Object.keys(left.results.classes), ...Object.keys(right.results.classes)]),
  ];
  if (classIds.length < 2) return [];
  return classIds.flatMap((classId) => {
    const leftKpis = kpisOf(left.results, classId);
    const rightKpis = kpisOf(right.results, classId);
    const ids = [...new Set([...leftKpis.keys(), ...rightKpis.keys()])].sort(
      (a, b) => ORDER.indexOf(a) - ORDER.indexOf(b),
    );
    return ids
      .filter((id) => happened(id, leftKpis.get(id), rightKpis.get(id)))
      .map((id) => {
        const kpi = (leftKpis.get(id) ?? rightKpis.get(id))!;
        return comparisonRow(
          { key: `class:${classId}:${id}`, metric: id, classId },
          side(left.results, classId, id, leftKpis.get(id)),
          side(right.results, classId, id, rightKpis.get(id)),
          kpi.unit,
          kpi.better,
        );
      });
  });
}
