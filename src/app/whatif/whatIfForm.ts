/** The what-if panel's form: text drafts per pool and the multiplier, turned into a WhatIf. */
import type { Blueprint } from '../../model/index.ts';
import type { WhatIf } from './applyWhatIf.ts';

export const MAX_UNITS = 999;
export const MULTIPLIER_MIN = 0.5;
export const MULTIPLIER_MAX = 2;
export const MULTIPLIER_STEP = 0.1;

export interface WhatIfForm {
  /** What the user typed per pool id; absent: the blueprint's units. */
  units: Readonly<Record<string, string>>;
  multiplier: number;
}

export const INITIAL_FORM: WhatIfForm = { units: {}, multiplier: 1 };

/** A whole number of units from 0 to MAX_UNITS, or null. */
export function parseUnits(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const units = Number(trimmed);
  return units <= MAX_UNITS ? units : null;
}

/** The multiplier on the slider's grid (0.1 steps between 0.5 and 2). */
export function clampMultiplier(value: number): number {
  if (!Number.isFinite(value)) return 1;
  const stepped = Math.round(value / MULTIPLIER_STEP) * MULTIPLIER_STEP;
  return Math.round(Math.min(MULTIPLIER_MAX, Math.max(MULTIPLIER_MIN, stepped)) * 10) / 10;
}

/** The units shown for a pool: the typed text, or the blueprint's. */
export function unitsText(form: WhatIfForm, poolId: string, capacity: number): string {
  return form.units[poolId] ?? String(capacity);
}

/** One unit more or fewer than what is shown (an unreadable entry counts as the blueprint's). */
export function stepUnits(
  form: WhatIfForm,
  poolId: string,
  capacity: number,
  delta: 1 | -1,
): WhatIfForm {
  const current = parseUnits(unitsText(form, poolId, capacity)) ?? capacity;
  const next = Math.min(MAX_UNITS, Math.max(0, current + delta));
  return { ...form, units: { ...form.units, [poolId]: String(next) } };
}

/** Pool ids whose entry is not a valid number of units. */
export function invalidPools(blueprint: Blueprint, form: WhatIfForm): string[] {
  return (blueprint.resources ?? [])
    .filter(
      (pool) => form.units[pool.id] !== undefined && parseUnits(form.units[pool.id]!) === null,
    )
    .map((pool) => pool.id);
}

/** The what-if the form describes, for the blueprint's current pools. */
export function whatIfOf(blueprint: Blueprint, form: WhatIfForm): WhatIf {
  const units: Record<string, number> = {};
  for (const pool of blueprint.resources ?? []) {
    const typed = form.units[pool.id];
    const parsed = typed === undefined ? null : parseUnits(typed);
    if (parsed !== null && parsed !== pool.capacity) units[pool.id] = parsed;
  }
  return { units, arrivalMultiplier: clampMultiplier(form.multiplier) };
}
