/** What every semantic check receives, and a helper to write findings tersely. */
import type { Finding, Locate, PathSegment, Severity } from '../findings.ts';
import { jsonPath } from '../findings.ts';
import { stepsById } from '../graph.ts';
import type { Blueprint } from '../schema/blueprint.ts';
import type { Step } from '../schema/step.ts';

export interface CheckContext {
  blueprint: Blueprint;
  steps: Map<string, Step>;
  report(finding: {
    severity: Severity;
    code: string;
    path: PathSegment[];
    message: string;
    params?: Record<string, string | number>;
    stepId?: string;
  }): void;
}

export type Check = (context: CheckContext) => void;

export function createContext(
  blueprint: Blueprint,
  findings: Finding[],
  locate?: Locate,
): CheckContext {
  return {
    blueprint,
    steps: stepsById(blueprint),
    report({ path, ...rest }) {
      findings.push({ ...rest, level: 'semantic', path: jsonPath(path), ...locate?.(path) });
    },
  };
}

/** The index of a step in `steps`, for paths. */
export function stepIndex(blueprint: Blueprint, id: string): number {
  return blueprint.steps.findIndex((step) => step.id === id);
}
