/**
 * Editing steps. Each command changes a blueprint draft (immer) in one go and is undone
 * as one step by the store's history. Commands never look at the screen: positions come
 * in as lane and y within the lane, already worked out by the canvas.
 */
import type { Blueprint, Step, StepKind } from '../../../model/index.ts';
import type { StepPlace } from '../../diagram/types.ts';
import { freshId } from './ids.ts';

/** A new step's name in each language until the designer names it (the inspector drops the other's when one is named). */
export const DEFAULT_LABELS: Record<StepKind, { en: string; 'zh-CN': string }> = {
  action: { en: 'New step', 'zh-CN': '新步骤' },
  decision: { en: 'Decision', 'zh-CN': '决策' },
  evidence: { en: 'Evidence', 'zh-CN': '有形展示' },
  note: { en: 'Note', 'zh-CN': '备注' },
};

function stepIds(blueprint: Blueprint): Set<string> {
  return new Set(blueprint.steps.map((step) => step.id));
}

/** Adds a step of a kind at a place; returns its id. */
export function addStep(draft: Blueprint, kind: StepKind, place: StepPlace): string {
  const id = freshId(kind === 'action' ? 'step' : kind, stepIds(draft));
  draft.steps.push({
    id,
    kind,
    lane: place.lane,
    label: { ...DEFAULT_LABELS[kind] },
    position: { x: Math.round(place.x), y: Math.max(0, Math.round(place.y)) },
    ...(place.phase !== undefined ? { phase: place.phase } : {}),
  });
  return id;
}

/** Moves steps; a step dropped in another lane or phase column now belongs to it. */
export function moveSteps(draft: Blueprint, moves: ReadonlyMap<string, StepPlace>): void {
  for (const step of draft.steps) {
    const place = moves.get(step.id);
    if (!place) continue;
    step.lane = place.lane;
    // The phase follows the column it was dropped in; outside every column it stays.
    if (place.phase !== undefined) step.phase = place.phase;
    step.position = { x: Math.round(place.x), y: Math.max(0, Math.round(place.y)) };
  }
}

/**
 * Deletes steps and every flow that touches them; failure targets, holds and same-unit
 * requests naming them are cleared.
 */
export function deleteSteps(draft: Blueprint, ids: ReadonlySet<string>): void {
  if (ids.size === 0) return;
  draft.steps = draft.steps.filter((step) => !ids.has(step.id));
  draft.flows = draft.flows.filter((flow) => !ids.has(flow.from) && !ids.has(flow.to));
  for (const step of draft.steps) {
    if (step.failure?.then.action === 'goto' && ids.has(step.failure.then.step)) {
      step.failure.then = { action: 'leave' };
    }
    if (step.resource?.keepUntil !== undefined && ids.has(step.resource.keepUntil)) {
      delete step.resource.keepUntil;
    }
    if (step.resource?.sameUnitAs !== undefined && ids.has(step.resource.sameUnitAs)) {
      delete step.resource.sameUnitAs;
    }
  }
}

/** Changes a step's fields. `undefined` in the patch removes a field. */
export function updateStep(draft: Blueprint, id: string, patch: Partial<Omit<Step, 'id'>>): void {
  const step = draft.steps.find((s) => s.id === id);
  if (!step) return;
  for (const [key, value] of Object.entries(patch) as [keyof Step, unknown][]) {
    if (value === undefined) Reflect.deleteProperty(step, key);
    else (step as Record<string, unknown>)[key] = value;
  }
}

/** Toggles the designer's F or W mark (Shostack's notation), keeping a note when marking. */
export function toggleMark(draft: Blueprint, id: string, mark: 'failPoint' | 'waitPoint'): void {
  const step = draft.steps.find((s) => s.id === id);
  if (!step) return;
  if (step[mark]) Reflect.deleteProperty(step, mark);
  else step[mark] = {};
}

/** Renames a step's id everywhere it is named (flows, gotos, holds, same units, arrivals). */
export function renameStep(draft: Blueprint, from: string, to: string): boolean {
  if (from === to || draft.steps.some((s) => s.id === to)) return false;
  const step = draft.steps.find((s) => s.id === from);
  if (!step) return false;
  step.id = to;
  for (const flow of draft.flows) {
    if (flow.from === from) flow.from = to;
    if (flow.to === from) flow.to = to;
  }
  for (const other of draft.steps) {
    if (other.failure?.then.action === 'goto' && other.failure.then.step === from)
      other.failure.then.step = to;
    if (other.resource?.keepUntil === from) other.resource.keepUntil = to;
    if (other.resource?.sameUnitAs === from) other.resource.sameUnitAs = to;
  }
  for (const arrivals of [draft.arrivals, ...(draft.classes ?? []).map((c) => c.arrivals)]) {
    if (arrivals?.entry === from) arrivals.entry = to;
  }
  return true;
}
