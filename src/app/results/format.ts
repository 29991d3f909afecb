/** Numbers as the results show them: fixed decimals per unit, in the UI language's digits. */

/** What a figure measures, which decides its decimals and its unit text. */
export type Unit =
  | 'minutes'
  | 'share'
  | 'customers'
  | 'count'
  | 'units'
  | 'perHour'
  /** Unit-hours of a pool's work (overtime): two decimals, as a quarter hour is 0.25. */
  | 'unitHours'
  | 'money'
  /** A cost per visit or transaction: two decimals, as a few currency units a customer are read to the cent. */
  | 'moneyEach'
  /** A whole number without unit: totals over all replications, minutes of a run. */
  | 'whole';

/** Decimals per unit: a tenth of a minute and of a percent is what a designer reads. */
const DECIMALS: Record<Unit, number> = {
  minutes: 1,
  share: 1,
  customers: 1,
  count: 1,
  units: 1,
  perHour: 1,
  unitHours: 2,
  money: 0,
  moneyEach: 2,
  whole: 0,
};

/** The number alone (a share as a percentage), or "–" when there is none. */
export function formatAmount(
  value: number | null | undefined,
  unit: Unit,
  language: string,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const shown = unit === 'share' ? value * 100 : value;
  const digits = DECIMALS[unit];
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(shown);
}

/** "HH:MM" of minutes after midnight, past midnight wrapping to the next day's clock. */
export function clockTime(minutes: number): string {
  const whole = Math.round(minutes);
  const day = ((whole % 1440) + 1440) % 1440;
  const hours = Math.floor(day / 60);
  return `${String(hours).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
}
