/**
 * A ticket's outcome as queue systems write it in their status column. Values are
 * compared trimmed and in lower case; a map file can add a system's own words
 * (`outcomes` in the map, docs/calibration-logs.md).
 */
export type TicketOutcome = 'served' | 'abandoned' | 'transferred';

export const TICKET_OUTCOMES: readonly TicketOutcome[] = ['served', 'abandoned', 'transferred'];

const KNOWN_VALUES: Record<TicketOutcome, readonly string[]> = {
  served: [
    '已办结',
    '办结',
    '已完成',
    '完成',
    '已办理',
    '办理完成',
    '已服务',
    '正常',
    '成功',
    'served',
    'completed',
    'complete',
    'done',
    'finished',
    'ok',
  ],
  abandoned: [
    '过号',
    '已过号',
    '弃号',
    '放弃',
    '离开',
    '未办理',
    '取消',
    '已取消',
    '超时',
    'abandoned',
    'no show',
    'no-show',
    'noshow',
    'missed',
    'left',
    'skipped',
    'cancelled',
    'canceled',
    'timeout',
  ],
  transferred: [
    '转移',
    '转办',
    '转窗',
    '转柜',
    '转出',
    '已转移',
    'transferred',
    'transfer',
    'forwarded',
  ],
};

function outcomeKey(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase();
}

/** The lookup of status values: the known ones, then the user's own on top. */
export function outcomeTable(
  userValues: Readonly<Record<string, TicketOutcome>> = {},
): Map<string, TicketOutcome> {
  const table = new Map<string, TicketOutcome>();
  for (const outcome of TICKET_OUTCOMES) {
    for (const value of KNOWN_VALUES[outcome]) table.set(outcomeKey(value), outcome);
  }
  for (const [value, outcome] of Object.entries(userValues)) table.set(outcomeKey(value), outcome);
  return table;
}

export function lookUpOutcome(
  table: ReadonlyMap<string, TicketOutcome>,
  value: string,
): TicketOutcome | undefined {
  return table.get(value) ?? table.get(outcomeKey(value));
}
