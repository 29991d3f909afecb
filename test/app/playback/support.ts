/** Shared by the playback tests: the counter-deposit example and a token table's state in the snapshot's terms. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Blueprint, loadBlueprintText } from '../../../src/model/index.ts';
import type { Snapshot } from '../../../src/sim/index.ts';
import type { PlaybackInfo } from '../../../src/app/playback/playbackProtocol.ts';
import { type TokenTable, tokenKey } from '../../../src/app/playback/tokenModel.ts';

export function example(name: string): Blueprint {
  const path = join(import.meta.dirname, '..', '..', '..', 'blueprints', `${name}.json`);
  const loaded = loadBlueprintText(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(`${name} does not load`);
  return loaded.blueprint;
}

/** "case@step:waiting" lines, sorted, from the tokens still inside. */
export function tokenLines(table: TokenTable, info: PlaybackInfo): string[] {
  const lines: string[] = [];
  for (const token of table.tokens.values()) {
    if (token.status === 'leaving') continue;
    const kind = token.background ? 'work' : 'customer';
    const doing = token.status === 'waiting' ? 'waiting' : 'inside';
    lines.push(`${kind} ${token.caseId}@${info.steps[token.step]!.id}:${doing}`);
  }
  return lines.sort();
}

/** The same lines from the engine's snapshot. */
export function snapshotLines(state: Snapshot): string[] {
  const lines = state.customers.map((view) => {
    const kind = view.state === 'background' ? 'work' : 'customer';
    const inQueue = state.queues[view.stepId]?.includes(view.caseId) ?? false;
    const waitingCustomer = state.customers.some(
      (other) =>
        other.caseId === view.caseId && other.stepId === view.stepId && other.state === 'waiting',
    );
    const waiting =
      view.state === 'background' ? inQueue && !waitingCustomer : view.state === 'waiting';
    return `${kind} ${view.caseId}@${view.stepId}:${waiting ? 'waiting' : 'inside'}`;
  });
  return lines.sort();
}

/** Case ids waiting per step, front first, from the tokens. */
export function tokenQueues(table: TokenTable, info: PlaybackInfo): Record<string, number[]> {
  const queues: Record<string, number[]> = {};
  table.queues.forEach((keys, s) => {
    if (keys.length > 0) queues[info.steps[s]!.id] = keys.map((key) => Math.floor(key / 2));
  });
  return queues;
}

export { tokenKey };
