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

/**
 * Decimals per unit: a tenth of a minute and of a percent is what a designer reads. The
 * fewest a figure gets; a unit whose figures can be small next to their whole units
 * (money) gets more, up to MOST_DECIMALS, until the figure has SIGNIFICANT digits: a cost
 * of 5.15 a transaction is not "5".
 */
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

/** The most decimals a figure of the unit gets: money to the cent; the rest as DECIMALS. */
const MOST_DECIMALS: Partial<Record<Unit, number>> = { money: 2 };

/** The digits a figure needs to be read for what it is (5.15, 40,009, 123). */
const SIGNIFICANT = 3;

/** The decimals a figure of this size gets in the unit (shares as percentages). */
export function decimalsFor(value: number, unit: Unit): number {
  const fewest = DECIMALS[unit];
  const most = MOST_DECIMALS[unit] ?? fewest;
  const shown = Math.abs(unit === 'share' ? value * 100 : value);
  if (most === fewest || !Number.isFinite(shown) || shown === 0) return fewest;
  const integerDigits = Math.floor(Math.log10(shown)) + 1;
  return Math.min(most, Math.max(fewest, SIGNIFICANT - integerDigits));
}

/** A unit whose figures are money: shown with the blueprint's currency when it has one. */
export function isMoney(unit: Unit): boolean {
  return unit === 'money' || unit === 'moneyEach';
}

/**
 * The number alone (a share as a percentage), or "–" when there is none. `like` is the
 * figure whose decimals it takes (an interval's bound takes its figure's); by default its own.
 * `currency` (an ISO 4217 code, the blueprint's `currency`): money is shown as money in it,
 * the symbol as the language writes it ("¥1,230" in Chinese, "CN¥1,230" in English), with
 * the same decimals as without.
 */
export function formatAmount(
  value: number | null | undefined,
  unit: Unit,
  language: string,
  like?: number,
  currency?: string,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const shown = unit === 'share' ? value * 100 : value;
  const digits = decimalsFor(like ?? value, unit);
  return new Intl.NumberFormat(language, {
    ...(currency !== undefined && isMoney(unit) ? { style: 'currency', currency } : {}),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(shown);
}

/** A difference's number with its sign, "+2.3" or "-2.3" (a share's in percentage points). */
export function signedAmount(
  value: number | null | undefined,
  unit: Unit,
  language: string,
  like?: number,
  currency?: string,
): string {
  const text = formatAmount(value, unit, language, like, currency);
  return text !== '–' && value! > 0 ? `+${text}` : text;
}

/**
 * A 95 % interval's bounds, both with the decimals of the figure it belongs to (its
 * midpoint, the mean, unless the figure is given): "5.05" and "5.25", never "5" and "5".
 */
export function formatInterval(
  interval: readonly [number, number],
  unit: Unit,
  language: string,
  figure?: number | null,
  currency?: string,
): { low: string; high: string } {
  const like = figure ?? (interval[0] + interval[1]) / 2;
  return {
    low: formatAmount(interval[0], unit, language, like, currency),
    high: formatAmount(interval[1], unit, language, like, currency),
  };
}

/** "HH:MM" of minutes after midnight, past midnight wrapping to the next day's clock. */
export function clockTime(minutes: number): string {
  const whole = Math.round(minutes);
  const day = ((whole % 1440) + 1440) % 1440;
  const hours = Math.floor(day / 60);
  return `${String(hours).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
}
