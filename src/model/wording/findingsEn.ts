/**
 * The findings' English wording (docs/blueprint-format.md, section 5.4): the model's
 * `message` is this template filled from the finding's `params` (findingText.ts), so the
 * command line prints it and the app shows it to English readers. Every finding code the
 * model or the app reports has a template here: FindingCode is their union.
 *
 * Ids and names of things (`id`, `suggestion`, `key`, `pool`, `class`, `step`,
 * `keepUntil`) arrive in double quotes; numbers arrive formatted by the reader.
 */
import type { FindingTemplates } from './findingTemplates.ts';

export const FINDINGS_EN = {
  codes: {
    // Text and format
    'too-large': 'the file is {{size}} MB; blueprints are limited to {{limit}} MB',
    empty: 'the file is empty',
    'too-deep': 'the JSON is nested more than {{limit}} levels deep; a blueprint never is',
    'json-syntax': {
      default: 'not valid JSON: {{problemText}}',
      nested: 'the JSON is nested too deeply to read',
    },
    'duplicate-key': 'property {{key}} appears twice in the same object',
    'not-an-object': 'a blueprint file must hold a JSON object { … }',
    'wrong-format': {
      missing: 'is required: "{{expected}}" (is this a Blueprint Lab file?)',
      wrong: 'must be "{{expected}}", not {{format}}: this is not a Blueprint Lab blueprint',
    },
    'bad-version': 'must be a whole number from 1 (the format version)',
    'newer-version':
      'this file uses format version {{version}}, written by a newer Blueprint Lab; this one reads format versions up to {{current}}. Please update Blueprint Lab.',
    'no-migration': 'cannot upgrade format version {{version}}: no migration',
    internal: 'could not be checked ({{error}}); please report this file',
    'unreadable-file': 'the file could not be read ({{error}})',
    // Schema
    required: { default: 'is required', options: 'is required: one of {{options}}' },
    'unknown-property': 'unknown property {{key}}{{hint}}',
    'wrong-type': 'must be {{expectedTypes}}, not {{receivedValue}}',
    'too-small': {
      items: 'must have at least {{limit}} items',
      'one-item': 'must have at least {{limit}} item',
      characters: 'must be at least {{limit}} characters',
      'not-empty': 'must not be empty',
      'at-least': 'must be at least {{limit}}',
      'greater-than': 'must be greater than {{limit}}',
    },
    'too-big': {
      items: 'must have at most {{limit}} items',
      characters: 'must be at most {{limit}} characters',
      'at-most': 'must be at most {{limit}}',
      'less-than': 'must be less than {{limit}}',
    },
    'not-allowed': {
      exactly: 'must be {{allowed}}',
      'one-of': 'must be one of {{allowed}}, not {{receivedValue}}{{hint}}',
      tag: 'must be one of {{allowed}}, not {{value}}{{hint}}',
    },
    'bad-pattern': '{{ruleText}}',
    inconsistent: '{{ruleText}}',
    'not-multiple': 'must be a multiple of {{divisor}}',
    invalid: '{{detail}}',
    // Semantic errors
    'duplicate-id': 'id {{id}} is already used by {{list}}[{{first}}]',
    'unknown-step': 'step {{id}} does not exist{{hint}}',
    'unknown-phase': 'phase {{id}} does not exist{{hint}}',
    'unknown-pool': 'pool {{id}} does not exist{{hint}}',
    'unknown-class': 'class {{id}} does not exist{{hint}}',
    'not-a-process-step': {
      note: 'step {{id}} is a note, which customers do not pass through',
      evidence: 'step {{id}} is evidence, which customers do not pass through',
    },
    'branch-probability-missing': {
      one: 'give every branch{{forClass}} a probability, or none: {{flows}} has none',
      many: 'give every branch{{forClass}} a probability, or none: {{flows}} have none',
    },
    'branch-probabilities-sum':
      'branch probabilities{{forClass}} add up to {{sum}}, not 1 ({{parts}})',
    'pool-empty':
      'pool {{pool}} has capacity 0 all day, so no customer is ever served at this step',
    'day-type-pool-empty':
      'on day type {{dayType}} pool {{pool}} has capacity 0 all day, so its steps serve nobody that day',
    'units-over-capacity':
      'needs {{units}} units of pool {{pool}}, which never has more than {{peak}}',
    'period-backwards': 'the period must end after it starts ({{from}}–{{to}})',
    'periods-overlap': '{{from}}–{{to}} overlaps {{otherFrom}}–{{otherTo}} (item {{item}})',
    'shares-sum': 'class shares add up to {{sum}}, not 1',
    'shares-missing': 'there are classes and shared arrivals: give each class its share of them',
    'closes-before-opening': 'closing time {{close}} must be after opening time {{open}}',
    'missed-call-without-pool':
      'has missed tickets but needs no pool: only a queue for a pool calls tickets; give the step a resource or remove missedCall',
    'missed-call-without-customer':
      'has missed tickets but the customer is not here (customerPresent: false): only a customer can miss a call',
    'batch-without-pool':
      'is done as one batch a day but needs no pool: a batch is worked by a pool; give the step a resource or remove batch',
    'batch-with': {
      failure:
        'a step done as one batch a day cannot fail: its items are filed without the customer, once each; remove the failure or the batch',
      missedCall:
        'a step done as one batch a day calls no tickets: nobody waits for it; remove missedCall or the batch',
      keepUntil:
        'a step done as one batch a day keeps no units beyond itself: each item is done on its own; remove keepUntil or the batch',
      sameUnitAs:
        'a step done as one batch a day is done without the customer, by whichever unit is free: remove sameUnitAs or the batch',
    },
    'same-unit-other-pool': {
      'no-pool':
        'the same unit as step {{step}}, which needs no pool: name an earlier step of pool {{pool}}',
      other:
        'the same unit as step {{step}}, which uses pool {{other}}, not {{pool}}: name an earlier step of pool {{pool}}',
    },
    'same-unit-batch':
      'the same unit as step {{step}}, which is done as one batch a day without the customer: name a step the customer is served at',
    'endless-recall':
      'a customer class misses every call and always comes back, so it is called for ever: lower the chance or the return chance, or make the ticket void (gone)',
    'endless-retry': 'fails every time and retries without limit, so no customer ever gets past it',
    'background-multiplies':
      'the work this flow starts leads back to step {{step}} and starts, on average, at least as much new work as itself, so it never ends',
    'condition-queue-without-pool':
      'step {{step}} needs no pool and is not a waiting step before one, so no queue forms there to read',
    'condition-with-chance':
      'a flow taken by the length of a queue has no chance of its own: remove the probability, or the condition',
    'condition-on-background-flow':
      'background work is not a branch the customer takes, so it cannot be taken by the length of a queue',
    'condition-conflict':
      'flows {{flow}} and {{other}} both leave step {{step}} by the length of a queue{{forClass}}: a step may have one such flow per class (put a second rule on a decision after the first)',
    'condition-without-fallback':
      'no other flow out of step {{step}} is open{{forClass}} for when the queue is shorter',
    'also-serves-itself':
      'pool {{pool}} serves its own queue first anyway: list other pools whose queues it takes when idle',
    'also-serves-twice': 'pool {{pool}} is listed twice',
    'serves-first-itself':
      'pool {{pool}} cannot call its own queue before itself: list other pools whose queues it calls first',
    'serves-first-twice':
      'pool {{pool}} is listed twice (a pool is served either first, in servesFirst, or when idle, in alsoServes)',
    'arrival-rate-too-high':
      "more than {{limit}} arrivals an hour, the simulator's limit (the rate is per hour)",
    'too-many-bookings':
      "{{count}} customers are booked in a day; the simulator's limit is {{limit}}",
    // Semantic warnings
    'branches-without-probability':
      '{{count}} branches without probabilities{{forClass}}: each is taken with equal chance',
    'no-branch-for-class':
      'no flow out of this step is open to class {{class}}: their visit ends here',
    'ignored-on-drawing-flow':
      'ignored: this flow touches evidence or a note, which customers do not pass through',
    'ignored-on-drawing-step': 'ignored: a step of kind {{kind}} is drawn, not simulated',
    'failing-background-flow': 'ignored: background work is not a branch the customer takes',
    unreachable: 'no customer can reach step {{step}} from an entry',
    'dead-end': 'step {{step}} has no flow out and is not marked as an exit: the visit ends here',
    'exit-with-flows': 'step {{step}} is an exit, so its flows out are never taken',
    'no-way-to-end': 'customers at step {{step}} can never leave: every path from it loops back',
    'keep-until-unreachable':
      'customers cannot get from step {{step}} to {{keepUntil}}, so the units are kept until they leave',
    'hold-and-wait-cycle':
      'step {{step}} keeps pool {{pool}} while its customers queue for pool {{waitPool}} at step {{waitStep}}, and other holds close the circle {{cycle}}: once every unit is kept by a customer who waits, they all wait for ever (deadlock)',
    'also-serves-kept-step':
      'step {{step}} keeps its unit of pool {{pool}} to a later step, so this pool leaves its customers to {{pool}} (a unit is lent for one step only)',
    'same-unit-not-before':
      'customers can reach this step without passing step {{step}}: they take any unit of the pool here',
    'batch-customer-present':
      'ignored: the customer does not wait for a step done as one batch a day, they go on at once',
    'booked-ignored': {
      batch: 'ignored: nobody books a step done as one batch a day, the customer goes on at once',
      'customer-away':
        'ignored: only the file waits here (customerPresent: false), and a file keeps no appointment; it never gives up anyway',
    },
    'batch-outside-day': {
      before:
        'the batch at {{at}} comes before opening ({{open}}): nothing has piled up yet, so each item is done as it comes',
      after:
        'the batch at {{at}} comes after closing ({{close}}): the day’s items wait until then, all of it after hours',
    },
    'pool-without-duration': 'needs a pool but has no duration, so it holds the pool for no time',
    'share-without-arrivals': 'ignored: the blueprint has no shared arrivals to take a share of',
    'class-never-arrives':
      'class {{class}} has neither arrivals nor a share, so no such customer comes',
    'appointments-in-steady-run':
      'appointments are times of one day; a steady-state run repeats them every 24 hours',
    'certain-loop': {
      flow: 'every customer leaving step {{step}} takes this flow back to it, so they go round until they are stopped',
      fallback:
        'every customer leaving step {{step}} whom its queue rule does not send on takes this flow back to it, so while that line is short they go round until they are stopped',
      rule: 'while the line at step {{waitStep}} is long, every customer leaving step {{step}} takes this flow back to it at once; the step takes no time, so the line cannot change and they go round until they are stopped',
      failure:
        'step {{step}} fails every time and sends the customer back to itself, so they go round until they are stopped',
    },
    'outside-opening-hours': {
      period:
        '{{from}}–{{to}} is outside the opening hours {{open}}–{{close}}: nobody arrives then',
      appointment:
        'the appointment at {{at}} is outside the opening hours {{open}}–{{close}}: it is not kept',
    },
  },
  parts: {
    didYouMean: ' (did you mean {{suggestion}}?)',
    forClass: ' for class {{class}}',
    or: ' or ',
    types: {
      string: 'text',
      number: 'a number',
      int: 'a whole number',
      boolean: 'true or false',
      array: 'a list',
      object: 'an object',
      record: 'an object',
    },
    values: {
      null: 'null',
      array: 'a list',
      string: 'the text {{value}}',
      object: 'an object',
      number: 'the number {{value}}',
      boolean: 'boolean {{value}}',
      other: '{{received}} {{value}}',
    },
    jsonSyntax: {
      InvalidSymbol: 'unexpected character',
      InvalidNumberFormat: 'malformed number',
      PropertyNameExpected: 'expected a property name in double quotes',
      ValueExpected: 'expected a value',
      ColonExpected: 'expected ":"',
      CommaExpected: 'expected "," between items',
      CloseBraceExpected: 'expected "}"',
      CloseBracketExpected: 'expected "]"',
      EndOfFileExpected: 'unexpected text after the end of the JSON value',
      InvalidCommentToken: 'comments are not allowed in JSON',
      UnexpectedEndOfComment: 'unfinished comment',
      UnexpectedEndOfString: 'unfinished string',
      UnexpectedEndOfNumber: 'unfinished number',
      InvalidUnicode: 'invalid \\u escape',
      InvalidEscapeCharacter: 'invalid escape character',
      InvalidCharacter: 'control character in a string (use \\n or \\t)',
    },
    rules: {
      id: 'must be an id: a letter or _ then letters, digits, _ or -, at most 64 characters',
      'reserved-id': 'must not be "__proto__": that name is reserved',
      'time-of-day': 'must be a time of day "HH:MM" from 00:00 to 24:00',
      'language-tag': 'must be a language tag such as "en" or "zh-CN"',
      colour: 'must be a colour "#RRGGBB"',
      currency: 'must be a currency code of three capital letters (ISO 4217), e.g. "CNY"',
      timestamp:
        'must be an ISO 8601 date or date-time, e.g. "2026-11-23" or "2026-11-23T09:30:00Z"',
      'text-language': 'must give the text in at least one language',
      'min-max': 'min must not be greater than max',
      triangle: 'needs min ≤ mode ≤ max and min < max',
      'weights-count': 'must have one weight per value',
      'weights-positive': 'must have at least one weight greater than 0',
      other: '{{detail}}',
    },
  },
} satisfies FindingTemplates;

/** Every finding code, from the model's checks and the app's own (unreadable-file). */
export type FindingCode = keyof typeof FINDINGS_EN.codes;
