/**
 * The report's Estimates section, after the run's own figures: per pool its units, the
 * load the formulas find, the estimated mean wait beside the run's with its 95 % interval,
 * the formula's name and the caveats as codes; a line per priority group; the lobby
 * rules' estimated share beside the run's; and last each caveat code used, worded from
 * the one catalogue the app shares (src/sim/estimateText.ts).
 */
import { CAVEAT_TEXT, DIVERSION_CAVEAT_TEXT, METHOD_TEXT, estimateText } from '../sim/index.ts';
import type { DiversionBeside, EstimatesBeside, PoolBeside } from './estimatesBeside.ts';
import { ESTIMATE_WORDS } from './estimateWords.ts';
import { fill } from './fillText.ts';
import { interval, number, percent } from './reportTable.ts';
import type { ReportLanguage, ReportWords } from './reportWords.ts';
import { printable } from './terminalText.ts';
import { textTable } from './textTable.ts';

/** Below this (three seconds) a wait reads as none, and a caveat on it would only confuse (as in the app). */
const NO_WAIT_MINUTES = 0.05;

/** 99.96 % busy is not "100.0 %": that reads as overloaded, which the pool is not. */
const UNDER_FULL = 0.999;

/** Each caveat used, once, in the order met: its code (with the pool it names) and its sentence. */
type Legend = Map<string, string>;

function poolRows(
  pools: readonly PoolBeside[],
  language: ReportLanguage,
  words: ReportWords,
  legend: Legend,
): string[][] {
  const own = ESTIMATE_WORDS[language];
  const minutes = (value: number) => fill(words.minutes, { value: value.toFixed(2) });
  const columns = own.columns;
  const rows = [
    [
      columns.pool,
      columns.units,
      columns.load,
      columns.estimated,
      columns.measured,
      words.ci,
      columns.method,
      columns.caveats,
    ],
  ];
  for (const pool of pools) {
    const waits = pool.meanWaitMinutes === null || pool.meanWaitMinutes >= NO_WAIT_MINUTES;
    const caveats = waits ? pool.caveats : [];
    for (const caveat of caveats) legend.set(caveat, estimateText(CAVEAT_TEXT[caveat], language));
    const { utilization, measuredWait: measured } = pool;
    rows.push([
      pool.id,
      String(pool.units),
      utilization === null
        ? own.noUnits
        : percent(pool.overloaded ? utilization : Math.min(UNDER_FULL, utilization)),
      pool.meanWaitMinutes === null
        ? own.waitReason[pool.waitReason ?? 'out-of-range']
        : minutes(pool.meanWaitMinutes),
      measured ? minutes(measured.mean) : '',
      interval(measured?.ci95, (value) => value.toFixed(2)),
      METHOD_TEXT[pool.method][language],
      caveats.join(', '),
    ]);
  }
  return rows;
}

/** A line per priority group, once, from the first of its pools listed. */
function priorityLines(pools: readonly PoolBeside[], language: ReportLanguage): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const { priority } of pools) {
    if (!priority || seen.has(priority.pools.join())) continue;
    seen.add(priority.pools.join());
    const own = ESTIMATE_WORDS[language];
    const pools = priority.pools.join(own.listSeparator);
    lines.push(`  ${fill(own.priorityGroup, { pools, units: priority.units })}`);
  }
  return lines;
}

function diversionRows(
  rules: readonly DiversionBeside[],
  language: ReportLanguage,
  words: ReportWords,
  legend: Legend,
): string[][] {
  const columns = ESTIMATE_WORDS[language].diversionColumns;
  const rows = [
    [
      columns.flow,
      columns.rule,
      columns.estimated,
      columns.measured,
      words.ci,
      ESTIMATE_WORDS[language].columns.method,
    ],
  ];
  for (const rule of rules) {
    for (const caveat of rule.caveats) {
      const target = 'pool' in caveat ? caveat.pool : undefined;
      const busiest = rule.targets.find((t) => t.pool === target)?.busiestUtilization;
      legend.set(
        target === undefined ? caveat.code : `${caveat.code} (${target})`,
        estimateText(DIVERSION_CAVEAT_TEXT[caveat.code], language, {
          pool: target ?? '',
          percent: busiest === null || busiest === undefined ? '—' : number(busiest * 100, 0),
        }),
      );
    }
    const share = rule.measuredShare;
    rows.push([
      rule.flow,
      fill(words.queueRule, { step: rule.queueAt, count: String(rule.atLeast) }),
      percent(rule.share),
      share ? percent(share.mean) : '',
      interval(share?.ci95, percent),
      METHOD_TEXT[rule.method][language],
    ]);
  }
  return rows;
}

export function estimateLines(
  estimates: EstimatesBeside | undefined,
  language: ReportLanguage,
  words: ReportWords,
): string[] {
  if (!estimates) return [];
  const own = ESTIMATE_WORDS[language];
  if (!estimates.ok) return ['', printable(fill(own.unavailable, { reason: estimates.reason }))];
  if (estimates.pools.length === 0) return [];
  const legend: Legend = new Map();
  const lines = [
    '',
    own.heading,
    ...textTable(poolRows(estimates.pools, language, words, legend)),
    ...priorityLines(estimates.pools, language),
  ];
  if (estimates.diversions.length > 0)
    lines.push(
      '',
      own.diversions,
      ...textTable(diversionRows(estimates.diversions, language, words, legend)),
    );
  if (legend.size > 0)
    lines.push(
      '',
      own.caveats,
      ...[...legend].map(([code, text]) => `  ${fill(own.caveatLine, { code, text })}`),
    );
  return lines;
}
