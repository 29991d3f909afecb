/** Day periods (from, to, a number) as the periods table edits them. */

export interface Period {
  from: string;
  to: string;
  value: number;
}

/** A new row starts where the last one ends. */
export function nextPeriod(periods: readonly Period[]): Period {
  const from = periods.at(-1)?.to ?? '09:00';
  return { from, to: from < '17:00' ? '17:00' : '24:00', value: periods.at(-1)?.value ?? 1 };
}
