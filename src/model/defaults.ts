/**
 * The values a reader assumes when a file leaves a field out. The schema has no
 * defaults (so a file round-trips exactly as written); the simulator, the editor and the
 * documentation all take them from here.
 */
export const DEFAULTS = {
  /** resource.units */
  units: 1,
  /** resource pool discipline */
  discipline: 'fifo',
  /** customer class priority: higher is served first */
  priority: 0,
  /** appointments: chance a booked customer does not come */
  noShow: 0,
  /** appointment slot: customers booked for the time */
  slotCount: 1,
  /** flow.probability of a background flow */
  backgroundProbability: 1,
  /** missedCall.then.after: tickets a recalled customer is put behind */
  recallAfter: 3,
  /** missedCall.then.returnProbability: chance a customer whose ticket was missed comes back */
  returnProbability: 1,
  /** run.replications */
  replications: 10,
  /** run absent: a business day from open to close */
  open: '09:00',
  close: '17:00',
  /** run.seed */
  seed: 1,
  /** steady-state run: minutes discarded at the start */
  warmup: 0,
  /** lane band height on the canvas */
  laneHeight: 128,
} as const;
