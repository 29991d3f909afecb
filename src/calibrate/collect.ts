/**
 * Everything a calibration needs from a log, collected as the records stream past
 * (src/calibrate/logs hands them over one at a time): per business type or activity,
 * and per step and class it stands for, the fitting library's collectors. Memory is fixed
 * per name, per step, per class and per date, never per row, except an event log's: it
 * keeps each case's activities (their times and steps, three numbers each) until the
 * end, where it puts them in time order, to count which branch each case took next and
 * when it arrived, however the file is sorted.
 */
import {
  ArrivalCounts,
  CalledPatienceSample,
  DurationSample,
  PatienceSample,
  WindowActivity,
} from '../analysis/fit/index.ts';
import type { Blueprint } from '../model/index.ts';
import type { ActivityRecord, RecordHandlers, TicketRecord } from './logs/index.ts';
import { isoDate } from './logs/index.ts';

/** Per case, three numbers an activity: its time (minutes since 1970), its completion, its step's index (−1: none). */
type CaseActivities = number[];
import { type NameMap, type NameMatch, type NameMatcher, createNameMatcher } from './matching.ts';

export interface CalibrationOptions {
  /** Width of the arrival and staffing bins, whole minutes; default 30. */
  binMinutes?: number;
  /** Of every interval; default 0.95. */
  confidence?: number;
  /** Seed of the duration samples behind the K–S figures; default 1. */
  seed?: number;
}

/** One business type (tickets) or activity (event rows) as the log names it. */
export interface NameTally {
  readonly name: string;
  readonly match: NameMatch;
  /** Tickets (or activity rows) with this name. */
  rows: number;
  served: number;
  abandoned: number;
  transferred: number;
  readonly durations: DurationSample;
  readonly arrivals: ArrivalCounts;
}

export interface Collected {
  readonly binMinutes: number;
  readonly confidence: number;
  readonly names: Map<string, NameTally>;
  /** Per step: the durations of every name mapped to it, and those names. */
  readonly steps: Map<string, { durations: DurationSample; from: Set<string> }>;
  /**
   * Per step, then per class: the durations of the names the map gives that class (a
   * VIP's deposit and a retail one timed apart), for the class's own duration.
   */
  readonly classSteps: Map<string, Map<string, { durations: DurationSample; from: Set<string> }>>;
  /** Per class ('' for tickets of no class): waits to the call, abandoned or censored. */
  readonly patience: Map<
    string,
    { sample: PatienceSample; called: CalledPatienceSample; from: Set<string> }
  >;
  /** Abandoned tickets without a call time: how long they waited is not known. */
  abandonedWithoutCall: number;
  readonly windows: WindowActivity;
  /** Served tickets with start and end but no window or teller. */
  servedWithoutWindow: number;
  /**
   * Event logs: cases seen, their first activity's time as their arrival. Like
   * `transitions`, counted when first read, from each case's activities in time order.
   */
  readonly caseArrivals: ArrivalCounts;
  /** Event logs: per step, how many times a case went next to each step (itself: a repeat). */
  readonly transitions: Map<string, Map<string, number>>;
  /** Event logs: per step, the activity rows mapped to it (its attempts). */
  readonly visits: Map<string, number>;
}

export interface CalibrationCollector {
  readonly handlers: RecordHandlers;
  readonly collected: Collected;
}

const BLANK_NAME = '';

export function createCalibrationCollector(
  blueprint: Blueprint,
  map: NameMap = {},
  options: CalibrationOptions = {},
): CalibrationCollector {
  const binMinutes = options.binMinutes ?? 30;
  const seed = options.seed ?? 1;
  const match: NameMatcher = createNameMatcher(blueprint, map);
  const classes = blueprint.classes ?? [];
  // Without a map of classes, a blueprint of one class gets every ticket's patience.
  const onlyClass = map.classes === undefined && classes.length === 1 ? classes[0]!.id : undefined;
  const caseArrivals = new ArrivalCounts({ binMinutes });
  const transitions = new Map<string, Map<string, number>>();
  const cases = new Map<string, CaseActivities>();
  const stepIds: string[] = [];
  const stepIndex = new Map<string, number>();

  /**
   * Each case's activities sorted by start (a completion alone: its time), then by
   * completion, ties in file order (the sort is stable); its first is its arrival, and
   * each next step is a transition. Done once, when the counts are first read.
   */
  function settleCases(): void {
    for (const activities of cases.values()) {
      const order = Array.from({ length: activities.length / 3 }, (_, i) => i);
      order.sort(
        (a, b) =>
          activities[3 * a]! - activities[3 * b]! ||
          activities[3 * a + 1]! - activities[3 * b + 1]!,
      );
      const at = activities[3 * order[0]!]!;
      const dayNumber = Math.floor(at / 1440);
      caseArrivals.add(isoDate(dayNumber), at - dayNumber * 1440);
      for (let i = 1; i < order.length; i++) {
        const previous = activities[3 * order[i - 1]! + 2]!;
        const next = activities[3 * order[i]! + 2]!;
        if (previous < 0 || next < 0) continue;
        const from = stepIds[previous]!;
        let counts = transitions.get(from);
        if (counts === undefined) {
          counts = new Map();
          transitions.set(from, counts);
        }
        const to = stepIds[next]!;
        counts.set(to, (counts.get(to) ?? 0) + 1);
      }
    }
    cases.clear();
  }

  const collected: Collected = {
    binMinutes,
    confidence: options.confidence ?? 0.95,
    names: new Map(),
    steps: new Map(),
    classSteps: new Map(),
    patience: new Map(),
    abandonedWithoutCall: 0,
    windows: new WindowActivity({ binMinutes }),
    servedWithoutWindow: 0,
    get caseArrivals() {
      settleCases();
      return caseArrivals;
    },
    get transitions() {
      settleCases();
      return transitions;
    },
    visits: new Map(),
  };

  function tallyOf(name: string): NameTally {
    let tally = collected.names.get(name);
    if (tally === undefined) {
      tally = {
        name,
        match: match(name),
        rows: 0,
        served: 0,
        abandoned: 0,
        transferred: 0,
        durations: new DurationSample({ seed }),
        arrivals: new ArrivalCounts({ binMinutes }),
      };
      collected.names.set(name, tally);
    }
    return tally;
  }

  function addDuration(tally: NameTally, minutes: number): void {
    tally.durations.add(minutes);
    const step = tally.match.step;
    if (step === undefined) return;
    let entry = collected.steps.get(step);
    if (entry === undefined) {
      entry = { durations: new DurationSample({ seed }), from: new Set() };
      collected.steps.set(step, entry);
    }
    entry.durations.add(minutes);
    entry.from.add(tally.name);
    const customerClass = tally.match.class;
    if (customerClass === undefined) return;
    let byClass = collected.classSteps.get(step);
    if (byClass === undefined) collected.classSteps.set(step, (byClass = new Map()));
    let ofClass = byClass.get(customerClass);
    if (ofClass === undefined) {
      ofClass = { durations: new DurationSample({ seed }), from: new Set() };
      byClass.set(customerClass, ofClass);
    }
    ofClass.durations.add(minutes);
    ofClass.from.add(tally.name);
  }

  function addWait(tally: NameTally, wait: number, abandoned: boolean): void {
    const key = tally.match.class ?? onlyClass ?? '';
    let entry = collected.patience.get(key);
    if (entry === undefined) {
      entry = { sample: new PatienceSample(), called: new CalledPatienceSample(), from: new Set() };
      collected.patience.set(key, entry);
    }
    entry.sample.add(wait, abandoned);
    entry.called.add(wait, abandoned);
    entry.from.add(tally.name);
  }

  function addService(record: TicketRecord, start: number, end: number): void {
    const window = record.window ?? record.teller;
    if (window === undefined) {
      collected.servedWithoutWindow++;
      return;
    }
    // A service past midnight belongs to two dates: the part after it to the next.
    collected.windows.add(record.day, start, Math.min(end, 1440), window);
    if (end > 1440)
      collected.windows.add(
        isoDate(record.dayNumber + 1),
        Math.max(0, start - 1440),
        end - 1440,
        window,
      );
  }

  function onTicket(record: TicketRecord): void {
    const tally = tallyOf(record.businessType ?? BLANK_NAME);
    tally.rows++;
    tally.arrivals.add(record.day, record.ticketAt);
    collected.windows.addDay(record.day);
    const called = record.calledAt ?? record.startAt;
    if (record.outcome === 'abandoned') {
      tally.abandoned++;
      if (record.calledAt === undefined) collected.abandonedWithoutCall++;
      else addWait(tally, record.calledAt - record.ticketAt, true);
      return;
    }
    if (record.outcome === 'transferred') {
      tally.transferred++;
      return;
    }
    tally.served++;
    if (called !== undefined) addWait(tally, called - record.ticketAt, false);
    if (record.startAt !== undefined && record.endAt !== undefined) {
      addDuration(tally, record.endAt - record.startAt);
      addService(record, record.startAt, record.endAt);
    }
  }

  function stepIndexOf(step: string | undefined): number {
    if (step === undefined) return -1;
    let index = stepIndex.get(step);
    if (index === undefined) {
      index = stepIds.length;
      stepIds.push(step);
      stepIndex.set(step, index);
    }
    return index;
  }

  function onActivity(record: ActivityRecord): void {
    const tally = tallyOf(record.activity);
    tally.rows++;
    tally.served++;
    const step = tally.match.step;
    if (step !== undefined) collected.visits.set(step, (collected.visits.get(step) ?? 0) + 1);
    if (record.startAt !== undefined) addDuration(tally, record.completeAt - record.startAt);
    const at = record.startAt ?? record.completeAt;
    tally.arrivals.add(record.day, at);
    const dayStart = record.dayNumber * 1440;
    let activities = cases.get(record.caseId);
    if (activities === undefined) {
      activities = [];
      cases.set(record.caseId, activities);
    }
    activities.push(dayStart + at, dayStart + record.completeAt, stepIndexOf(step));
  }

  return {
    collected,
    // The reader calls the one its log's kind has.
    handlers: { onTicket, onActivity },
  };
}
