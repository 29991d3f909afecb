/**
 * A synthetic event log (one row per activity instance) for the loan-application
 * example, generated from the known parameters below. SYNTHETIC: no real bank's data.
 * docs/calibration-logs.md states the same parameters.
 *
 * Applications arrive as a Poisson stream during opening hours on weekdays. Each runs
 * through intake, a document check (failed with DOC_REWORK: the applicant gathers the
 * documents and the check is done again), credit scoring (repeated with SCORING_RETRY),
 * underwriting, then approve / decline / refer (referred files go to a senior
 * underwriter, who approves or declines), then offer, countersigning and disbursement
 * for approved files or a decline talk. Durations are those of the example's steps.
 * Between activities a file waits (GAP means, exponential); staff are not modelled as
 * queues, and clocks run on through evenings (no working-hours calendar).
 */
import { Random } from '../../src/sim/random.ts';
import { Sampler } from '../../src/sim/distributions.ts';
import type { Distribution } from '../../src/model/index.ts';
import { clockText, dateText } from './csvText.ts';

type Activity = { name: string; step: string; duration: Distribution; resources: string[] };

const OFFICERS = ['LO-01', 'LO-02', 'LO-03'];

export const LOAN_LOG = {
  seed: 20261204,
  firstDay: '2026-03-02',
  weeks: 2,
  open: 9 * 60,
  close: 17 * 60,
  perHour: 3,
  /** Stated offset of the timestamps: the log is written with +08:00. */
  offset: '+08:00',
  activities: {
    intake: {
      name: 'Application intake',
      step: 'f-intake',
      duration: { type: 'triangular', min: 8, mode: 12, max: 20 },
      resources: OFFICERS,
    },
    docCheck: {
      name: 'Document check',
      step: 'f-doc-check',
      duration: { type: 'lognormal', mean: 8, sd: 4 },
      resources: OFFICERS,
    },
    scoring: {
      name: 'Credit scoring',
      step: 's-credit-score',
      duration: { type: 'triangular', min: 0.5, mode: 1, max: 3 },
      resources: ['SCORECARD'],
    },
    underwrite: {
      name: 'Underwriting',
      step: 'b-underwrite',
      duration: { type: 'lognormal', mean: 25, sd: 12 },
      resources: ['UW-01', 'UW-02'],
    },
    senior: {
      name: 'Senior review',
      step: 'b-senior-review',
      duration: { type: 'lognormal', mean: 40, sd: 20 },
      resources: ['SU-01'],
    },
    offer: {
      name: 'Offer',
      step: 'f-offer',
      duration: { type: 'triangular', min: 5, mode: 8, max: 15 },
      resources: OFFICERS,
    },
    countersign: {
      name: 'Countersign contract',
      step: 'f-countersign',
      duration: { type: 'triangular', min: 3, mode: 5, max: 8 },
      resources: OFFICERS,
    },
    decline: {
      name: 'Decline',
      step: 'f-decline',
      duration: { type: 'triangular', min: 3, mode: 5, max: 10 },
      resources: OFFICERS,
    },
    disburse: {
      name: 'Disbursement',
      step: 'b-disburse',
      duration: { type: 'triangular', min: 5, mode: 10, max: 20 },
      resources: ['BO-01'],
    },
  } satisfies Record<string, Activity>,
  docRework: 0.25,
  /** Gathering missing documents (the applicant's time, not logged as an activity). */
  gatherDocs: { type: 'lognormal', mean: 90, sd: 60 } satisfies Distribution,
  scoringRetry: 0.02,
  /** The example's class mix (60 % salaried, 40 % self-employed) folded into one chance each. */
  decision: { approve: 0.67, decline: 0.14, refer: 0.19 },
  referred: { approve: 0.6, decline: 0.4 },
  /** Mean wait (minutes, exponential) before each activity. */
  gap: {
    intake: 10,
    docCheck: 2,
    scoring: 5,
    underwrite: 60,
    senior: 120,
    offer: 30,
    countersign: 10,
    decline: 30,
    disburse: 45,
  },
};

export const LOAN_LOG_HEADER = [
  'case_id',
  'activity',
  'start_timestamp',
  'complete_timestamp',
  'resource',
];

type Key = keyof typeof LOAN_LOG.activities;

/** The log's rows (cells), header first, for `days` weekdays (default: the weeks above). */
export function* loanEventRows(
  days = LOAN_LOG.weeks * 5,
  seed = LOAN_LOG.seed,
): Generator<string[]> {
  yield LOAN_LOG_HEADER;
  const random = new Random(seed, 1, 'loan-event-log');
  const samplers = new Map<string, Sampler>(
    Object.entries(LOAN_LOG.activities).map(([key, activity]) => [
      key,
      Sampler.of(activity.duration),
    ]),
  );
  const gather = Sampler.of(LOAN_LOG.gatherDocs);
  const exponential = (mean: number): number => -Math.log(random.next()) * mean;
  let dayNumber = Date.parse(`${LOAN_LOG.firstDay}T00:00:00Z`) / 86_400_000;
  let caseCount = 0;
  for (let day = 0; day < days; day++) {
    let arrival = LOAN_LOG.open;
    for (;;) {
      arrival += exponential(60 / LOAN_LOG.perHour);
      if (arrival >= LOAN_LOG.close) break;
      caseCount++;
      const caseId = `LN${String(caseCount).padStart(5, '0')}`;
      let clock = dayNumber * 1440 + arrival;
      const rows: string[][] = [];
      const run = (key: Key): void => {
        const activity = LOAN_LOG.activities[key];
        const start = clock + exponential(LOAN_LOG.gap[key]);
        const end = start + samplers.get(key)!.sample(random);
        const resource = activity.resources[Math.floor(random.next() * activity.resources.length)]!;
        rows.push([caseId, activity.name, stamp(start), stamp(end), resource]);
        clock = end;
      };
      run('intake');
      run('docCheck');
      while (random.next() < LOAN_LOG.docRework) {
        clock += gather.sample(random);
        run('docCheck');
      }
      run('scoring');
      while (random.next() < LOAN_LOG.scoringRetry) run('scoring');
      run('underwrite');
      const u = random.next();
      let approved = u < LOAN_LOG.decision.approve;
      if (!approved && u >= LOAN_LOG.decision.approve + LOAN_LOG.decision.decline) {
        run('senior');
        approved = random.next() < LOAN_LOG.referred.approve;
      }
      if (approved) {
        run('offer');
        run('countersign');
        run('disburse');
      } else {
        run('decline');
      }
      yield* rows;
    }
    const weekday = ((dayNumber + 3) % 7) + 1; // ISO: Friday is 5, then Monday
    dayNumber += weekday === 5 ? 3 : 1;
  }
}

/** Wall-clock minutes since 1970-01-01 as «2026-03-02T09:15:30+08:00». */
function stamp(minutes: number): string {
  const dayNumber = Math.floor(minutes / 1440);
  return `${dateText(dayNumber)}T${clockText(minutes - dayNumber * 1440)}${LOAN_LOG.offset}`;
}
