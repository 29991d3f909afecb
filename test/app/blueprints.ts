/** Test helpers: the bundled example files and small hand-made blueprints. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Blueprint, loadBlueprintText, type Flow, type Step } from '../../src/model/index.ts';

const BLUEPRINTS_DIR = join(import.meta.dirname, '..', '..', 'blueprints');

/** Every blueprints/*.json as path → text, the shape Vite's glob import gives the app. */
export function exampleFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(BLUEPRINTS_DIR).filter((file) => file.endsWith('.json'))) {
    files[`../../blueprints/${name}`] = readFileSync(join(BLUEPRINTS_DIR, name), 'utf8');
  }
  return files;
}

/** The examples that load (the layout needs a blueprint), by file name. */
export function loadedExamples(): [string, Blueprint][] {
  return Object.entries(exampleFiles()).flatMap(([path, text]) => {
    const result = loadBlueprintText(text);
    return result.ok ? [[path.split('/').pop()!, result.blueprint] as [string, Blueprint]] : [];
  });
}

type StepInput = Pick<Step, 'id' | 'lane'> & Partial<Step>;

/** A valid blueprint from a few steps and flows; steps default to unplaced actions. */
export function makeBlueprint(
  steps: StepInput[],
  flows: (Pick<Flow, 'from' | 'to'> & Partial<Flow>)[] = [],
  extra: Partial<Blueprint> = {},
): Blueprint {
  return Blueprint.parse({
    format: 'blueprint-lab',
    version: 4,
    id: 'test',
    name: 'Test',
    steps: steps.map((step) => ({ kind: 'action', label: step.id, ...step })),
    flows: flows.map((flow) => ({ id: `${flow.from}--${flow.to}`, ...flow })),
    ...extra,
  });
}
