/**
 * What the report's tables of one row an item share (the batches, missed tickets, lobby
 * diversions, pools that also serve other queues): the figures as the report writes them,
 * and the frame — a blank line, the titled table lined up by terminal width (textTable:
 * a Chinese character takes two columns), or nothing at all when there is no item.
 */
import { textTable } from './textTable.ts';

/** A figure to `digits` decimals; "—" for one that is not a number. */
export const number = (value: number, digits = 1): string =>
  Number.isFinite(value) ? value.toFixed(digits) : '—';

/** Money to a number of decimals: whole units for a day's cost, cents for a visit's. */
export type Money = (value: number, digits: number) => string;

/**
 * Money in the blueprint's currency (ISO 4217) as the report's language writes it
 * ("¥1,612" in Chinese, "CN¥1,612" in English); without a currency the plain figure.
 */
export function moneyIn(language: string, currency: string | undefined): Money {
  return (value, digits) => {
    if (!Number.isFinite(value)) return '—';
    if (currency === undefined) return value.toFixed(digits);
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value);
  };
}

/** A share as a percentage to one decimal. */
export const percent = (value: number): string =>
  Number.isFinite(value) ? `${(value * 100).toFixed(1)} %` : '—';

/** A 95 % interval as "low–high", empty when there is none (a single replication). */
export function interval(
  ci: readonly [number, number] | null | undefined,
  format: (value: number) => string = number,
): string {
  return ci ? `${format(ci[0])}–${format(ci[1])}` : '';
}

/**
 * The lines of a titled table: a blank line, the title, the header and one row an item.
 * No lines when there is no item, so a blueprint without the lever shows no empty table.
 */
export function itemTable<Item>(
  title: string,
  header: readonly string[],
  items: readonly Item[],
  cells: (item: Item) => readonly string[],
): string[] {
  if (items.length === 0) return [];
  return ['', title, ...textTable([header, ...items.map(cells)])];
}
