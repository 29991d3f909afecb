/**
 * What the checks report. Every finding names the place as a JSON path
 * ("$.steps[3].duration.mean") and says what is wrong in plain words, worded from the
 * catalogue in wording/: `code` picks the template, `params` fill it, in English for
 * `message` and in the user's language in the app.
 */

export type Severity = 'error' | 'warning';

/**
 * structural: the file cannot be read as a blueprint at all (not JSON, wrong types).
 * semantic: it reads, but parts do not fit together (unknown step, probabilities).
 */
export type FindingLevel = 'structural' | 'semantic';

export type PathSegment = string | number;

/** Finds the line and column (1-based) of the value at a path in the file's text. */
export type Locate = (path: readonly PathSegment[]) => { line: number; column: number } | undefined;

export interface Finding {
  severity: Severity;
  level: FindingLevel;
  /** Stable identifier of the kind of finding, e.g. "unknown-step". */
  code: string;
  /** JSON path of the place, e.g. "$.steps[3].duration.mean"; "$" is the whole file. */
  path: string;
  /** The English message, without the path: the code's English template, filled in. */
  message: string;
  /**
   * Values the wording is filled from: ids and names as they are, numbers as numbers,
   * and `variant` when the code has several wordings (which one).
   */
  params?: Record<string, string | number>;
  /** The step the finding is about, so an editor can select it. */
  stepId?: string;
  /** 1-based line and column in the file's text, when known. */
  line?: number;
  column?: number;
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats path segments as a JSON path: ["steps", 3, "duration"] → "$.steps[3].duration". */
export function jsonPath(segments: readonly PathSegment[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

/**
 * "$.steps[3].duration.mean: must be greater than 0 (line 40, column 9)": the form the
 * command line prints. The position goes last so that the path-colon-message prefix is
 * stable for scripts.
 */
export function formatFinding(finding: Finding): string {
  const where =
    finding.line === undefined ? '' : ` (line ${finding.line}, column ${finding.column ?? 1})`;
  const severity = finding.severity === 'warning' ? 'warning: ' : '';
  return `${finding.path}: ${severity}${finding.message}${where}`;
}

/** Orders findings errors first, keeping the order of the checks within each severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const errors = findings.filter((finding) => finding.severity === 'error');
  return [...errors, ...findings.filter((finding) => finding.severity !== 'error')];
}
