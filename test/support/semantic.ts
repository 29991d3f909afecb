/** Helpers for the semantic-check tests: change the minimal blueprint, read the findings. */
import { type Blueprint, type Finding, loadBlueprintValue } from '../../src/model/index.ts';
import { minimalBlueprint } from './builders.ts';

export function findingsOf(change: (blueprint: Blueprint) => void): Finding[] {
  const blueprint = minimalBlueprint();
  change(blueprint);
  const result = loadBlueprintValue(JSON.parse(JSON.stringify(blueprint)));
  if (!result.ok) throw new Error(`structural: ${JSON.stringify(result.findings)}`);
  return result.findings;
}

export function summary(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.code} ${f.path}: ${f.message}`);
}

/** Adds a second branch out of "serve", to a new exit "advise". */
export function addBranchTargets(blueprint: Blueprint): void {
  blueprint.steps.push({
    id: 'advise',
    kind: 'action',
    lane: 'frontstage',
    label: 'Advise',
    exit: { outcome: 'completed' },
  });
  blueprint.flows.push({ id: 'f3', from: 'serve', to: 'advise' });
}
