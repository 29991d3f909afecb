import type { CalibrationNoteCode } from '../../calibrate/index.ts';

/** The English wording of the fits in the Calibrate dialog; messagesFitsZhCN.ts has the same keys. */
export const calibrateFitsEn = {
  family: {
    exponential: 'exponential',
    lognormal: 'lognormal',
    gamma: 'gamma',
    empirical: 'empirical',
  },
  arrivals: {
    title: 'Arrivals by time of day',
    summary:
      '{{total}} arrivals over {{days}} days, {{bins}} bins of {{minutes}} min; busiest {{peakFrom}}–{{peakTo}} at {{peak}} per hour ({{low}}–{{high}}).',
    chart: 'Arrivals per hour by time of day, with {{confidence}} % intervals',
    axisX: 'Time of day',
    axisY: 'Per hour',
    rate: 'Per hour',
    interval: 'Interval',
    noEntry: 'the blueprint has no walk-in arrivals to write them into',
  },
  dayFactor: {
    title: 'Arrival factor of {{name}}',
    value:
      '× {{factor}} ({{low}}–{{high}}) the other days’ arrivals a day: {{arrivals}} arrivals on its {{days}}, {{otherArrivals}} on the other {{otherDays}}. Written to the day type’s arrival factor (now × {{current}}).',
    why: 'an arrival factor must be above 0 and at most 100',
  },
  classService: {
    title: 'Service time at {{step}} for {{class}}',
    why: 'the blueprint has no such step or class',
  },
  service: {
    title: 'Service time at {{step}}',
    from: 'From {{names}}',
    best: '{{family}} by AICc, mean {{mean}} min ({{low}}–{{high}}), sd {{sd}} min, {{count}} durations.',
    quality: 'Kolmogorov–Smirnov D {{d}}, p {{p}}: {{verdict}}.',
    good: 'a good fit',
    poor: 'a poor fit, the shape differs from the data',
    candidates: 'Candidates',
    deltaAic: 'ΔAICc',
    ksD: 'K–S D',
    qq: 'Q–Q plot',
    histogram: 'Histogram with fit',
    plot: 'Plot',
    qqChart: 'Quantiles of the {{family}} fit against the observed durations',
    histogramChart: 'Histogram of the durations with the {{family}} density over it',
    observed: 'Observed (min)',
    fitted: 'Fitted (min)',
    minutes: 'Minutes',
    density: 'Density',
    span: 'Written over the held span from {{holder}} to {{until}}: each of its {{steps}} steps’ durations × {{scale}}.',
    tooFew: 'not fitted: fewer than two durations',
    noSpread: 'not fitted: every duration is {{value}} min',
  },
  patience: {
    title: 'Patience of {{class}}',
    noClass: 'tickets of no class',
    value:
      'Exponential, mean {{mean}} min ({{low}}–{{high}}): {{abandoned}} gave up of {{waits}} waits; the served customers’ waits count as censored (they would have waited longer).',
    noAbandonments: 'not fitted: nobody gave up ({{waits}} waits)',
    allAbandoned: 'not fitted: nobody was served',
    noClassWhy: 'the tickets belong to no customer class of the blueprint',
  },
  windows: {
    title: 'Windows open over the day',
    summary: 'Median day of {{days}}; {{count}} windows seen; written to pool {{pool}}.',
    summaryNoPool: 'Median day of {{days}}; {{count}} windows seen.',
    chart: 'Windows open (median day) by time of day',
    open: 'Open',
    busy: 'Busy',
    noPool: 'no pool is named for the windows: choose one above',
  },
  classShares: { title: 'Customer class shares', item: '{{name}}: {{share}} % ({{low}}–{{high}})' },
  branch: {
    title: 'Branches after {{step}}',
    item_one: 'to {{name}}: {{share}} % ({{low}}–{{high}}), {{count}} case',
    item_other: 'to {{name}}: {{share}} % ({{low}}–{{high}}), {{count}} cases',
  },
  failure: {
    title: 'Failure rate of {{step}}',
    value:
      '{{share}} % ({{low}}–{{high}}): the step was done again {{repeats}} times in {{attempts}} attempts; written to its failure probability.',
  },
  notes: 'Not matched or not written',
  // Typed by the codes, so a new code of src/calibrate/fits.ts needs its wording here.
  note: {
    'no-step': '{{name}} ({{rows}} rows) matches no step: choose one above',
    'unknown-step': '{{name}} is mapped to step {{step}}, which this blueprint does not have',
    'unknown-class': '{{name}} is mapped to class {{class}}, which this blueprint does not have',
    'unknown-pool': 'the map names pool {{pool}}, which this blueprint does not have',
    'no-pool': '{{windows}} windows were seen but no pool is named for them',
    'no-entry': 'arrivals were counted but the blueprint has no entry step',
    'appointments-kept': 'the blueprint’s arrivals are appointments: they are kept',
    'left-out': '{{name}} ({{rows}} rows) has no class: left out of the arrivals',
    'no-class': 'the waits of {{waits}} tickets have no class: patience fitted, not written',
    'no-abandonments': 'nobody of {{class}} gave up: patience is at least {{meanAtLeast}} min',
    'service-not-fitted': 'the service time of {{step}} could not be fitted',
    'held-span':
      'the log’s service time covers the held span from {{holder}} to {{until}} ({{steps}} steps, {{spanMean}} min with their durations): each step’s duration × {{scale}}, so the span takes {{mean}} min on average',
    'class-service-in-span':
      'the log times {{step}} for {{classes}} classes, but it lies in a held span, whose steps are scaled by one factor for all: the classes’ own times are not written',
    'held-span-empty':
      'the held span from {{holder}} to {{until}} has no step durations: the log’s service time is written to {{step}}',
    'no-call-time':
      '{{tickets}} abandoned tickets have no call time: how long they waited is unknown',
    'no-window': '{{tickets}} served tickets have no window or teller',
    'transition-without-flow':
      '{{count}} cases went from {{from}} to {{to}}, with no flow between them',
    'ambiguous-route':
      '{{count}} cases went from {{from}} to {{to}} by one of two routes as short: their branches are not counted',
    'repeat-without-failure':
      '{{step}} was done again {{repeats}} times, and no failure brings a case back to it (retry or go to): not written',
    'class-probability-replaced':
      'the branches after {{step}} had chances per class; the log has no class, so one share for all replaces them',
    'no-days-of-type':
      'the log has no days of the kind “{{dayType}}”: the arrival profile is not written',
    'no-days-of-day-type':
      'no day of the log is ticked as {{dayType}}: its arrival factor is not fitted',
    'no-other-days':
      'every day of the log is ticked as {{dayType}}: no other day is left to fit the profile and the factor from',
  } satisfies Record<CalibrationNoteCode, string>,
};
