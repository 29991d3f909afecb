/**
 * A synthetic queue-ticket log (排队叫号机 export) for the counter-deposit example,
 * generated from the known parameters below by simulating the branch ticket by ticket.
 * SYNTHETIC: no real branch's data. docs/calibration-logs.md states the same parameters.
 *
 * One FIFO queue for all business types; a free window calls the next ticket. A
 * customer whose patience ran out before the call has left: the ticket is still called,
 * shows 过号 (abandoned) and holds the window NO_SHOW_MINUTES. Otherwise the customer
 * walks up (WALK_UP) and is served (start to end). Windows follow WINDOWS' hours; tickets
 * are issued from open to close and everyone holding one is called, after close too.
 * No balking, the same rates every weekday, no transfers.
 */
import { Random } from '../../src/sim/random.ts';
import { Sampler } from '../../src/sim/distributions.ts';
import type { Distribution } from '../../src/model/index.ts';
import { clockText, dateText } from './csvText.ts';

export const QUEUE_LOG = {
  seed: 20261203,
  /** Monday 2 March 2026; weekdays only. */
  firstDay: '2026-03-02',
  weeks: 3,
  open: 9 * 60,
  close: 17 * 60,
  /** Tickets per hour, all business types together (the example's arrival profile). */
  arrivalsPerHour: [
    { from: 9 * 60, to: 11.5 * 60, perHour: 40 },
    { from: 11.5 * 60, to: 13.5 * 60, perHour: 56 },
    { from: 13.5 * 60, to: 17 * 60, perHour: 44 },
  ],
  businessTypes: [
    { name: '存款', prefix: 'A', share: 0.6, service: { type: 'lognormal', mean: 4.7, sd: 2 } },
    { name: '取款', prefix: 'B', share: 0.25, service: { type: 'gamma', mean: 3.5, cv: 0.5 } },
    {
      name: '转账汇款',
      prefix: 'C',
      share: 0.15,
      service: { type: 'lognormal', mean: 7, sd: 3.5 },
    },
  ] satisfies { name: string; prefix: string; share: number; service: Distribution }[],
  patience: { type: 'exponential', mean: 30 } satisfies Distribution,
  /** From the call to the customer at the window. */
  walkUp: { type: 'uniform', min: 0.1, max: 0.5 } satisfies Distribution,
  noShowMinutes: 0.5,
  /** Window 4 closes for lunch 11:30–13:30 (the example's three tellers at lunch). */
  windows: [
    { id: '1', teller: 'G1021', closed: [] as [number, number][] },
    { id: '2', teller: 'G1022', closed: [] as [number, number][] },
    { id: '3', teller: 'G1023', closed: [] as [number, number][] },
    { id: '4', teller: 'G1024', closed: [[11.5 * 60, 13.5 * 60]] as [number, number][] },
  ],
};

export const QUEUE_LOG_HEADER = [
  '日期',
  '票号',
  '业务类型',
  '取号时间',
  '叫号时间',
  '开始办理时间',
  '办结时间',
  '窗口号',
  '柜员号',
  '状态',
];

interface Ticket {
  type: (typeof QUEUE_LOG.businessTypes)[number];
  number: string;
  at: number;
  patience: number;
}

/** The first time from `time` on when the window is open. */
function openFrom(closed: readonly [number, number][], time: number): number {
  let at = time;
  for (const [from, to] of closed) if (at >= from && at < to) at = to;
  return at;
}

function dayTickets(random: Random, samplers: Map<string, Sampler>): Ticket[] {
  const tickets: Ticket[] = [];
  const counts = new Map<string, number>();
  const patience = samplers.get('patience')!;
  for (const period of QUEUE_LOG.arrivalsPerHour) {
    let at = period.from;
    for (;;) {
      at += -Math.log(random.next()) * (60 / period.perHour);
      if (at >= period.to) break;
      let u = random.next();
      const type =
        QUEUE_LOG.businessTypes.find((candidate) => (u -= candidate.share) < 0) ??
        QUEUE_LOG.businessTypes[0]!;
      const count = (counts.get(type.prefix) ?? 0) + 1;
      counts.set(type.prefix, count);
      const number = `${type.prefix}${String(count).padStart(3, '0')}`;
      tickets.push({ type, number, at, patience: patience.sample(random) });
    }
  }
  return tickets;
}

/**
 * The log's rows (cells), header first, for `days` weekdays from the first day
 * (default: the weeks above). More days than the committed file's make a large log for
 * streaming tests and the benchmark, never written to the repository.
 */
export function* queueTicketRows(
  days = QUEUE_LOG.weeks * 5,
  seed = QUEUE_LOG.seed,
): Generator<string[]> {
  yield QUEUE_LOG_HEADER;
  const random = new Random(seed, 1, 'queue-ticket-log');
  const samplers = new Map<string, Sampler>([
    ['patience', Sampler.of(QUEUE_LOG.patience)],
    ['walkUp', Sampler.of(QUEUE_LOG.walkUp)],
    ...QUEUE_LOG.businessTypes.map((type) => [type.name, Sampler.of(type.service)] as const),
  ]);
  let dayNumber = Date.parse(`${QUEUE_LOG.firstDay}T00:00:00Z`) / 86_400_000;
  for (let day = 0; day < days; day++) {
    const date = dateText(dayNumber);
    const freeAt = QUEUE_LOG.windows.map(() => QUEUE_LOG.open);
    for (const ticket of dayTickets(random, samplers)) {
      let window = 0;
      let callAt = Infinity;
      QUEUE_LOG.windows.forEach((candidate, index) => {
        const at = openFrom(candidate.closed, Math.max(freeAt[index]!, ticket.at));
        if (at < callAt) [window, callAt] = [index, at];
      });
      const { id, teller } = QUEUE_LOG.windows[window]!;
      const common = [
        date,
        ticket.number,
        ticket.type.name,
        clockText(ticket.at),
        clockText(callAt),
      ];
      if (callAt > ticket.at + ticket.patience) {
        freeAt[window] = callAt + QUEUE_LOG.noShowMinutes;
        yield [...common, '', '', id, teller, '过号'];
        continue;
      }
      const start = callAt + samplers.get('walkUp')!.sample(random);
      const end = start + samplers.get(ticket.type.name)!.sample(random);
      freeAt[window] = end;
      yield [...common, clockText(start), clockText(end), id, teller, '已办结'];
    }
    const weekday = ((dayNumber + 3) % 7) + 1; // ISO: Friday is 5, then Monday
    dayNumber += weekday === 5 ? 3 : 1;
  }
}
