/** What every semantic check receives, and a helper to write findings tersely. */
import type { Finding, Locate, PathSegment, Severity } from '../findings.ts';
import { jsonPath } from '../findings.ts';
import { stepsById } from '../graph.ts';
import { type FindingParams, englishMessage } from '../wording/findingText.ts';
import type { FindingCode } from '../wording/findingsEn.ts';
import type { Blueprint } from '../schema/blueprint.ts';
import type { Step } from '../schema/step.ts';

export interface CheckContext {
  blueprint: Blueprint;
  steps: Map<string, Step>;
  /** Adds a finding; its English message comes from the catalogue (wording/findingsEn.ts). */
  report(finding: {
    severity: Severity;
    code: FindingCode;
    path: PathSegment[];
    params?: FindingParams;
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
    report({ severity, code, path, params, stepId }) {
      findings.push({
        severity,
        code,
        message: englishMessage(code, params),
        ...(params === undefined ? {} : { params }),
        ...(stepId === undefined ? {} : { stepId }),
        level: 'semantic',
        path: jsonPath(path),
        ...locate?.(path),
      });
    },
  };
}

/** The index of a step in `steps`, for paths. */
export function stepIndex(blueprint: Blueprint, id: string): number {
  return blueprint.steps.findIndex((step) => step.id === id);
}
