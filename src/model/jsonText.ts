/**
 * Reads JSON text, keeping where every value stands so that findings can name the line
 * and column as well as the JSON path. Syntax errors say where and what; duplicate keys,
 * which JSON.parse silently resolves by keeping the last, are reported too.
 */
import {
  type Node as JsonNode,
  type ParseError,
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import type { Finding, Locate, PathSegment } from './findings.ts';
import { jsonPath } from './findings.ts';
import { type FindingParams, englishMessage } from './wording/findingText.ts';

export interface JsonDocument {
  value: unknown;
  /** Line and column of the value at a path, or of its nearest existing parent. */
  locate: Locate;
}

export type JsonReadResult =
  { ok: true; document: JsonDocument } | { ok: false; findings: Finding[] };

/** Maps offsets to 1-based line and column. */
function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

function syntaxFinding(
  error: ParseError,
  position: (offset: number) => { line: number; column: number },
): Finding {
  const where = position(error.offset);
  // `problem` is the parser's name for the error, which the wording keys on.
  const params = {
    problem: printParseErrorCode(error.error),
    line: where.line,
    column: where.column,
  };
  return {
    severity: 'error',
    level: 'structural',
    code: 'json-syntax',
    path: '$',
    message: englishMessage('json-syntax', params),
    params,
    ...where,
  };
}

function findDuplicateKeys(
  node: JsonNode,
  path: PathSegment[],
  position: (offset: number) => { line: number; column: number },
  findings: Finding[],
): void {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      if (seen.has(key)) {
        findings.push({
          severity: 'error',
          level: 'structural',
          code: 'duplicate-key',
          path: jsonPath([...path, key]),
          message: englishMessage('duplicate-key', { key }),
          params: { key },
          ...position(keyNode.offset),
        });
      }
      seen.add(key);
      if (valueNode) findDuplicateKeys(valueNode, [...path, key], position, findings);
    }
  } else if (node.type === 'array') {
    node.children?.forEach((child, index) =>
      findDuplicateKeys(child, [...path, index], position, findings),
    );
  }
}

/** No blueprint nests deeper than a dozen levels; far deeper input is refused before parsing. */
export const MAX_DEPTH = 256;

/** Deepest nesting of brackets outside strings: one linear pass, no recursion. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92)
        i++; // backslash: skip the escaped character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) deepest = Math.max(deepest, ++depth);
    else if (code === 125 || code === 93) depth--;
  }
  return deepest;
}

/** Parses JSON text. Never throws: every problem comes back as a finding. */
export function readJson(text: string): JsonReadResult {
  if (text.trim() === '') {
    return {
      ok: false,
      findings: [
        {
          severity: 'error',
          level: 'structural',
          code: 'empty',
          path: '$',
          message: englishMessage('empty'),
        },
      ],
    };
  }
  if (nestingDepth(text) > MAX_DEPTH) {
    return {
      ok: false,
      findings: [
        {
          severity: 'error',
          level: 'structural',
          code: 'too-deep',
          path: '$',
          message: englishMessage('too-deep', { limit: MAX_DEPTH }),
          params: { limit: MAX_DEPTH },
        },
      ],
    };
  }
  const position = lineIndex(text);
  const errors: ParseError[] = [];
  let tree: JsonNode | undefined;
  try {
    tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch {
    // The tree builder recurses; absurdly deep nesting can exhaust the stack.
    errors.length = 0;
  }
  // Only the first syntax error is reliable: the ones after it are usually its echoes.
  if (errors.length > 0) return { ok: false, findings: [syntaxFinding(errors[0]!, position)] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const params: FindingParams =
      error instanceof RangeError ? { variant: 'nested' } : { problem: String(error) };
    return {
      ok: false,
      findings: [
        {
          severity: 'error',
          level: 'structural',
          code: 'json-syntax',
          path: '$',
          message: englishMessage('json-syntax', params),
          params,
        },
      ],
    };
  }
  const duplicates: Finding[] = [];
  if (tree) findDuplicateKeys(tree, [], position, duplicates);
  if (duplicates.length > 0) return { ok: false, findings: duplicates };
  const root = tree;
  return {
    ok: true,
    document: {
      value,
      locate(path) {
        if (!root) return undefined;
        for (let length = path.length; length >= 0; length--) {
          const node = findNodeAtLocation(root, path.slice(0, length) as (string | number)[]);
          if (node)
            return position(node.parent?.type === 'property' ? node.parent.offset : node.offset);
        }
        return undefined;
      },
    },
  };
}
