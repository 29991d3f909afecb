/**
 * What the editor's shortcuts do to the store. Each edit is one undo step; selection
 * changes are not history. The clipboard is app state (a module variable), not the
 * system clipboard: a fragment of a blueprint means nothing to other programs.
 */
import { copySteps, PASTE_OFFSET, pasteFragment, type Fragment } from '../commands/clipboard.ts';
import { deleteFlows } from '../commands/flows.ts';
import { announceDelete } from '../deleteNotice.ts';
import { deleteSteps, moveSteps } from '../commands/steps.ts';
import type { StepPlace } from '../../diagram/types.ts';
import { placeAt } from '../../diagram/placeAt.ts';
import { dropPlaces, firstFreeSpotBelow, movesNothing } from '../../diagram/dropPlaces.ts';
import { LANE_BOTTOM_PADDING, STEP_HEIGHT } from '../../diagram/geometry.ts';
import { layoutBlueprint } from '../../canvas/layout.ts';
import { placeSteps } from '../../diagram/placement.ts';
import type { LaneBand } from '../../diagram/types.ts';
import type { Blueprint } from '../../../model/index.ts';
import { NOTHING_SELECTED, redo, undo, type BlueprintStore } from '../../store/blueprintStore.ts';
import type { EditorShortcut, NudgeShortcut } from './shortcutFor.ts';

let clipboard: { fragment: Fragment; pastes: number } | undefined;

/** Runs a shortcut; returns false when it had nothing to act on (the key stays the browser's). */
export function runShortcut(store: BlueprintStore, shortcut: EditorShortcut): boolean {
  switch (shortcut) {
    case 'undo':
      undo(store);
      return true;
    case 'redo':
      redo(store);
      return true;
    case 'delete':
      return deleteSelection(store);
    case 'copy':
      return copySelection(store);
    case 'paste':
      return pasteClipboard(store);
    case 'duplicate':
      return duplicateSelection(store);
    case 'selectAll':
      return selectAll(store);
    default:
      return nudgeSelection(store, shortcut);
  }
}

/** A nudge is a grid step; a far one crosses most of a step's width. */
const NUDGE = 10;
const NUDGE_FAR = 50;

/**
 * Moves the selected steps: Left/Right along the lane, Up/Down within it (its bottom
 * gives way, as lanes fit their steps), Shift+Up/Down into the lane above or below. A
 * step in the way stops a nudge rather than being jumped.
 */
function nudgeSelection(store: BlueprintStore, shortcut: NudgeShortcut): boolean {
  const { document, selection, edit } = store.getState();
  const blueprint = document?.blueprint;
  if (!blueprint || selection.steps.length === 0) return false;
  const far = shortcut.endsWith('-far');
  const distance = far ? NUDGE_FAR : NUDGE;
  const direction = shortcut.split('-')[1];
  const dx = direction === 'left' ? -distance : direction === 'right' ? distance : 0;
  const vertical = direction === 'up' ? -1 : direction === 'down' ? 1 : 0;
  const { nodes, lanes } = layoutBlueprint(blueprint);
  const chosen = new Set(selection.steps);
  const dropped = nodes
    .filter((node) => chosen.has(node.id))
    .map((node) => ({
      stepId: node.id,
      x: Math.max(0, node.position.x + dx),
      y: far
        ? hopTop(lanes, node.data.step.lane, node.position.y, vertical)
        : node.position.y + vertical * NUDGE,
    }));
  const moves = dropPlaces(blueprint, lanes, dropped);
  // Sliding past (or below) a step in the way, as a drop does, would make a key press jump
  // a whole step's width: the nudge stops instead.
  const blocked = dropped.some((step) => {
    const wanted = placeAt(lanes, step.x, step.y);
    const got = moves.get(step.stepId)!;
    return got.x !== wanted.x || got.y !== wanted.y;
  });
  if (!blocked && !movesNothing(blueprint, moves)) edit((draft) => moveSteps(draft, moves));
  return true;
}

/** The top of a step moved into the next lane up or down, at the same height within it. */
function hopTop(lanes: readonly LaneBand[], laneId: string, top: number, by: number): number {
  const index = lanes.findIndex((band) => band.id === laneId);
  const from = lanes[index]!;
  const to = lanes[index + by];
  if (by === 0 || !to) return top;
  const within = Math.min(
    top - from.top,
    Math.max(0, to.height - LANE_BOTTOM_PADDING - STEP_HEIGHT),
  );
  return to.top + within;
}

function deleteSelection(store: BlueprintStore): boolean {
  const { document, selection, edit, select } = store.getState();
  if (selection.steps.length === 0 && selection.flows.length === 0) return false;
  edit((draft) => {
    deleteFlows(draft, new Set(selection.flows));
    deleteSteps(draft, new Set(selection.steps));
  });
  select(NOTHING_SELECTED);
  if (document?.blueprint) announceDelete(document.blueprint, store.getState().document?.blueprint);
  return true;
}

function copySelection(store: BlueprintStore): boolean {
  const { document, selection } = store.getState();
  if (!document?.blueprint || selection.steps.length === 0) return false;
  clipboard = { fragment: copySteps(document.blueprint, new Set(selection.steps)), pastes: 0 };
  return true;
}

/** Each paste of the same copy lands a little further along, so copies never stack up. */
function pasteClipboard(store: BlueprintStore): boolean {
  if (!clipboard) return false;
  clipboard.pastes += 1;
  pasteAndSelect(store, clipboard.fragment, PASTE_OFFSET * clipboard.pastes);
  return true;
}

function duplicateSelection(store: BlueprintStore): boolean {
  const { document, selection } = store.getState();
  if (!document?.blueprint || selection.steps.length === 0) return false;
  pasteAndSelect(store, copySteps(document.blueprint, new Set(selection.steps)), PASTE_OFFSET);
  return true;
}

function pasteAndSelect(store: BlueprintStore, fragment: Fragment, offset: number): void {
  const { edit, select } = store.getState();
  const ids = edit((draft) => {
    const pasted = pasteFragment(draft, fragment, offset);
    slideClear(draft, pasted);
    return pasted;
  });
  if (ids) select({ steps: ids, flows: [] });
}

/**
 * Pasted steps land a little down and right of their originals, which would half hide
 * them: each moves further down its lane until nothing is under it (the lane grows),
 * so the copy shows right below what it copies.
 */
function slideClear(draft: Blueprint, ids: readonly string[]): void {
  const placements = placeSteps(draft);
  const pasted = new Set(ids);
  const taken = draft.steps.flatMap((step, index) =>
    pasted.has(step.id) ? [] : [{ lane: step.lane, ...placements[index]! }],
  );
  const moves = new Map<string, StepPlace>();
  draft.steps.forEach((step, index) => {
    if (!pasted.has(step.id)) return;
    const others = taken.filter((other) => other.lane === step.lane);
    const spot = firstFreeSpotBelow(placements[index]!, others);
    moves.set(step.id, { lane: step.lane, ...spot });
    taken.push({ lane: step.lane, ...spot });
  });
  moveSteps(draft, moves);
}

function selectAll(store: BlueprintStore): boolean {
  const { document, select } = store.getState();
  if (!document?.blueprint) return false;
  select({
    steps: document.blueprint.steps.map((step) => step.id),
    flows: document.blueprint.flows.map((flow) => flow.id),
  });
  return true;
}
