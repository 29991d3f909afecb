/**
 * The calibration report: what the log held, each fitted value with its interval and fit
 * quality (the chosen distribution, the runner-up by AICc, the K–S figure), what was
 * written where, the rows skipped by reason and what could not be matched. `--json`
 * prints the same as data (calibrationData).
 */
import { type DurationFit, formatTimeOfDay } from '../analysis/fit/index.ts';
import type { CalibrationFits, DayChoice } from '../calibrate/index.ts';
import { type LogSummary, describeRowIssue } from '../calibrate/logs/index.ts';
import { type Blueprint, textIn } from '../model/index.ts';
import { dayFactorLines, dayTypeLines } from './calibrateDayReport.ts';
import type { CalibrateLanguage } from './calibrateOptions.ts';
import { HEADINGS, NOTE_TEXT } from './calibrateText.ts';
import { dayTypeName, familyName, fitReason, wordedParams } from './calibrateWords.ts';
import { fill } from './fillText.ts';
import { printable } from './terminalText.ts';
import { textTable } from './textTable.ts';

export interface CalibrationReportInput {
  blueprint: Blueprint;
  calibrated: Blueprint;
  logName: string;
  encoding: string;
  summary: LogSummary;
  fits: CalibrationFits;
  /** The days the arrivals were fitted from (--day-type, --dates); all days without it. */
  days?: DayChoice;
  out?: string;
}

const fixed = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : '—');

/** Tables sit under their heading, four columns in; lined up by terminal width. */
function table(rows: string[][]): string[] {
  return textTable(rows, '    ');
}

function candidateLines(fit: DurationFit, language: CalibrateLanguage): string[] {
  if (!fit.ok) {
    const reason = fitReason(
      fit.reason,
      language,
      fit.value === undefined ? undefined : fixed(fit.value),
    );
    return [`    ${fill(HEADINGS.notFitted[language], { reason })}`];
  }
  return fit.candidates.map(
    (c) =>
      `    ${fill(HEADINGS.candidate[language], {
        family: familyName(c.family, language),
        mean: fixed(c.mean.value),
        meanLower: fixed(c.mean.lower),
        meanUpper: fixed(c.mean.upper),
        sd: fixed(c.sd.value),
        sdLower: fixed(c.sd.lower),
        sdUpper: fixed(c.sd.upper),
        delta: fixed(c.deltaAicc, 1),
        d: fixed(c.ks.statistic, 3),
        p: fixed(c.ks.pValue, 2),
      })}`,
  );
}

export function formatCalibrationReport(
  input: CalibrationReportInput,
  language: CalibrateLanguage,
) {
  const { blueprint, calibrated, summary, fits } = input;
  const h = (key: keyof typeof HEADINGS, values: Record<string, string | number> = {}) =>
    fill(HEADINGS[key][language], values);
  const lines: string[] = [];
  const name = `${textIn(blueprint.name, language)} (${blueprint.id})`;
  lines.push(h('title', { blueprint: name, log: input.logName }));
  lines.push(
    h('log', {
      kind: h(summary.kind),
      encoding: input.encoding,
      first: summary.firstDay ?? '—',
      last: summary.lastDay ?? '—',
      days: summary.days,
      rows: summary.rows,
      used: summary.used,
      skipped: summary.skipped,
    }),
  );
  if (summary.excelSerialColumns !== undefined)
    lines.push(`  ${h('excelSerial', { columns: summary.excelSerialColumns.join(', ') })}`);
  const confidence = Math.round(fits.confidence * 100);

  const days = input.days ?? { kind: 'calendar', dayType: fits.dayType };
  if (fits.arrivals !== undefined) {
    const { group } = fits.arrivals;
    const values = { bin: fits.binMinutes, days: group.dates.length, confidence };
    lines.push(
      '',
      days.kind === 'blueprint'
        ? h('arrivalsOthers', { ...values, dayType: days.dayType })
        : h('arrivals', { ...values, dayType: dayTypeName(fits.dayType, language) }),
    );
    const bins = group.bins;
    const first = bins.findIndex((b) => b.count > 0);
    const last = bins.length - 1 - [...bins].reverse().findIndex((b) => b.count > 0);
    const rows = [h('arrivalsColumns').split(' ')];
    for (const b of bins.slice(first, last + 1)) {
      rows.push([
        formatTimeOfDay(b.from),
        formatTimeOfDay(b.to),
        fixed(b.perHour.value, 1),
        `${fixed(b.perHour.lower, 1)} – ${fixed(b.perHour.upper, 1)}`,
        String(b.count),
      ]);
    }
    lines.push(...table(rows));
    const written = calibrated.calibration?.values.find((v) => v.target === 'arrivals');
    const entry =
      calibrated.arrivals !== undefined && calibrated.arrivals.type !== 'appointments'
        ? calibrated.arrivals.entry
        : undefined;
    lines.push(
      written?.mean !== undefined && entry !== undefined
        ? `  ${h('arrivalsMean', {
            value: fixed(written.mean.value, 1),
            lower: fixed(written.mean.lower, 1),
            upper: fixed(written.mean.upper, 1),
            count: group.total,
            entry,
          })}`
        : `  ${h('arrivalsNotWritten')}`,
    );
  }

  const factor = dayFactorLines(fits, calibrated, language);
  if (factor.length > 0) lines.push('', ...factor);
  if (fits.dayTypes.length > 1) lines.push('', ...dayTypeLines(fits, days, language));

  lines.push('', h('services'));
  for (const fit of fits.names) {
    const count = fit.service.count;
    const step = fit.step === undefined ? h('noStep') : h('toStep', { step: fit.step });
    lines.push(`  ${h('serviceRows', { name: fit.name || '—', rows: fit.rows, count, step })}`);
    lines.push(...candidateLines(fit.service, language));
  }
  const stepValues = calibrated.calibration?.values.filter((v) => v.quantity === 'service') ?? [];
  if (stepValues.length > 0) {
    lines.push('', h('steps'));
    for (const value of stepValues) {
      // "steps.<id>.duration", or "steps.<id>.classDuration.<class>" for a class's own.
      const [, stepId = '', field, classId] = value.target.split('.');
      const step = calibrated.steps.find((s) => s.id === stepId);
      const duration =
        field === 'classDuration' ? step?.classDuration?.[classId ?? ''] : step?.duration;
      if (value.span !== undefined) {
        lines.push(
          `  ${h('spanLine', {
            step: stepId,
            until: value.span.until,
            count: value.span.steps.length,
            from: (value.from ?? []).join(', '),
            mean: fixed(value.mean?.value ?? NaN),
            lower: fixed(value.mean?.lower ?? NaN),
            upper: fixed(value.mean?.upper ?? NaN),
            distribution: familyName(value.distribution ?? '—', language),
            d: fixed(value.ksDistance ?? NaN, 3),
            scale: fixed(value.span.scale, 3),
          })}`,
        );
        for (const id of value.span.steps) {
          const scaled = calibrated.steps.find((s) => s.id === id)?.duration;
          if (scaled !== undefined) lines.push(`    ${id}: ${JSON.stringify(scaled)}`);
        }
        continue;
      }
      lines.push(
        `  ${h('stepLine', {
          step: field === 'classDuration' ? `${stepId} · ${classId}` : stepId,
          from: (value.from ?? []).join(', '),
          distribution: JSON.stringify(duration),
          runnerUp: familyName(value.runnerUp ?? '—', language),
          delta: fixed(value.deltaAic ?? NaN, 1),
          d: fixed(value.ksDistance ?? NaN, 3),
        })}`,
      );
    }
  }

  const patience = fits.patience.filter((p) => p.patience.ok);
  if (patience.length > 0) {
    lines.push('', h('patience'));
    for (const { class: id, patience: fit, leftAtCall } of patience) {
      if (!fit.ok) continue;
      lines.push(
        `  ${h('patienceLine', {
          class: id === '' ? h('noClassName') : id,
          mean: fixed(fit.mean.value, 1),
          lower: fixed(fit.mean.lower, 1),
          upper: fixed(fit.mean.upper, 1),
          abandoned: fit.abandoned,
          waits: fit.abandoned + fit.served,
          atCall: fixed(leftAtCall.ok ? leftAtCall.mean.value : NaN, 1),
        })}`,
      );
    }
  }

  if (fits.windows !== undefined) {
    const { group, count, pool } = fits.windows;
    lines.push('', h('windows', { days: group.dates.length, windows: count }));
    const open = group.bins.filter((b) => b.open.max > 0);
    lines.push(`    ${open.map((b) => `${formatTimeOfDay(b.from)} ${b.open.median}`).join('  ')}`);
    const written = calibrated.resources?.find((p) => p.id === pool);
    if (written !== undefined) {
      const schedule = (written.schedule ?? [])
        .map((s) => `${s.from}–${s.to} ${s.capacity}`)
        .join(', ');
      lines.push(
        `  ${h('windowsPool', { pool: written.id, capacity: written.capacity })}${schedule ? `; ${schedule}` : ''}`,
      );
    }
  }

  const shareBlocks: [string, NonNullable<CalibrationFits['classShares']>][] = [];
  if (fits.classShares !== undefined) shareBlocks.push([h('shares'), fits.classShares]);
  for (const branch of fits.branches)
    shareBlocks.push([`${h('branches')}: ${branch.step}`, branch.shares]);
  for (const [heading, shares] of shareBlocks) {
    lines.push('', heading);
    for (const s of shares.shares) {
      lines.push(
        `  ${h('shareLine', {
          key: s.key,
          share: fixed(s.share.value, 3),
          lower: fixed(s.share.lower, 3),
          upper: fixed(s.share.upper, 3),
          count: s.count,
          total: shares.total,
        })}`,
      );
    }
  }

  if (fits.failures.length > 0) {
    lines.push('', h('failures'));
    for (const f of fits.failures)
      lines.push(
        `  ${h('failureLine', {
          step: f.step,
          share: fixed(f.probability.value, 3),
          lower: fixed(f.probability.lower, 3),
          upper: fixed(f.probability.upper, 3),
          repeats: f.repeats,
          attempts: f.attempts,
        })}`,
      );
  }

  lines.push('', h('skipped'), ...skippedLines(summary, language));

  lines.push('', h('notes'));
  // The held span is shown where its steps are written.
  const notes = fits.notes.filter((note) => note.code !== 'held-span');
  if (notes.length === 0) lines.push(`  ${h('none')}`);
  for (const note of notes)
    lines.push(`  - ${fill(NOTE_TEXT[note.code][language], wordedParams(note.params, language))}`);

  lines.push('', input.out === undefined ? h('notWritten') : h('written', { file: input.out }));
  return `${lines.map(printable).join('\n')}\n`;
}

/** Each reason rows were skipped or noted for: its count and its first row, in words. */
export function skippedLines(summary: LogSummary, language: CalibrateLanguage): string[] {
  const h = (key: keyof typeof HEADINGS, values: Record<string, string | number> = {}) =>
    fill(HEADINGS[key][language], values);
  if (summary.reasons.length === 0) return [`  ${h('none')}`];
  return summary.reasons.map((reason) => {
    const example = reason.examples[0];
    return `  ${h('skippedLine', {
      code: reason.code,
      count: reason.count,
      what: reason.skipped ? h('skippedWord') : h('notedWord'),
      row: example?.row ?? '—',
      example: example === undefined ? '' : describeRowIssue(example, language),
    })}`;
  });
}

/**
 * The report as data for `--json`: the log's summary, the fits without their plot data
 * (Q–Q points, histograms, Kaplan–Meier curves, which the app draws), the provenance
 * written into the blueprint, and the file written.
 */
export function calibrationData(input: CalibrationReportInput) {
  const serviceData = (fit: DurationFit) =>
    fit.ok
      ? {
          ok: true,
          count: fit.count,
          refused: fit.refused,
          min: fit.min,
          max: fit.max,
          candidates: fit.candidates.map((c) => ({
            family: c.family,
            aic: c.aic,
            deltaAic: c.deltaAic,
            aicc: c.aicc,
            deltaAicc: c.deltaAicc,
            mean: c.mean,
            sd: c.sd,
            cv: c.cv,
            ks: c.ks,
            distribution: c.distribution,
          })),
        }
      : fit;
  const { fits } = input;
  return {
    log: { file: input.logName, encoding: input.encoding, summary: input.summary },
    binMinutes: fits.binMinutes,
    confidence: fits.confidence,
    names: fits.names.map((n) => ({ ...n, service: serviceData(n.service) })),
    steps: fits.steps.map((s) => ({ ...s, service: serviceData(s.service) })),
    classSteps: fits.classSteps.map((s) => ({ ...s, service: serviceData(s.service) })),
    arrivals: fits.arrivals ?? null,
    dayFactor: fits.dayFactor ?? null,
    patience: fits.patience.map((p) => {
      if (!p.leftAtCall.ok) return p;
      // The curve is plot data, as the Q–Q points are.
      return { ...p, leftAtCall: { ...p.leftAtCall, kaplanMeier: undefined } };
    }),
    windows: fits.windows ?? null,
    classShares: fits.classShares ?? null,
    branches: fits.branches,
    failures: fits.failures,
    notes: fits.notes,
    calibration: input.calibrated.calibration,
    out: input.out ?? null,
  };
}
