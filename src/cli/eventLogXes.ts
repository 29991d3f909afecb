/**
 * The event log as XES (IEEE 1849), the process-mining standard that pm4py and ProM read
 * without any mapping: one trace per customer (case), the standard concept, lifecycle,
 * time and org extensions, and the engine's own fields as plain attributes. A trace must
 * hold its events together, while a run interleaves its customers: events are kept per
 * open case and a trace is written when its customer and all the background work they
 * started have left, so memory holds only the cases under way.
 */
import type { Blueprint } from '../model/index.ts';
import { textIn } from '../model/localized.ts'; // not the index: the worker threads stay without zod
import { type EventLogContext, type LogEvent, logEvent } from '../sim/eventLogFormat.ts';
import type { EventRow } from '../sim/simulate.ts';
import type { ChunkedOutput, LogOutcome, LogWriter } from './eventLog.ts';

/** Characters XML 1.0 cannot hold at all, even as references: shown as `\u001b`. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to replace
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Text as an XML attribute value: markup escaped, line breaks kept, the unholdable shown. */
export function xmlAttribute(text: string): string {
  return text
    .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c]!);
}

const attribute = (type: string, key: string, value: string) =>
  `<${type} key="${xmlAttribute(key)}" value="${xmlAttribute(value)}"/>`;

function header(blueprint: Blueprint, language: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1849-2016" xmlns="http://www.xes-standard.org/">
  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
  <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>
  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>
  <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>
  <global scope="trace">
    ${attribute('string', 'concept:name', '')}
  </global>
  <global scope="event">
    ${attribute('string', 'concept:name', '')}
    ${attribute('string', 'lifecycle:transition', 'complete')}
    ${attribute('date', 'time:timestamp', '1970-01-01T00:00:00.000Z')}
  </global>
  <classifier name="Activity" keys="concept:name"/>
  <classifier name="Activity and transition" keys="concept:name lifecycle:transition"/>
  ${attribute('string', 'concept:name', textIn(blueprint.name, language) || blueprint.id)}
  ${attribute('string', 'lifecycle:model', 'standard')}
  ${attribute('string', 'blueprint', blueprint.id)}
`;
}

interface OpenCase {
  events: LogEvent[];
  /** The customer and the pieces of background work of this case still inside. */
  inside: number;
}

export class XesLog implements LogWriter {
  private readonly cases = new Map<string, OpenCase>();
  private readonly labels: Map<string, string>;
  private rows = 0;
  private truncated = false;

  constructor(
    private readonly output: ChunkedOutput,
    private readonly context: EventLogContext,
    blueprint: Blueprint,
    language: string,
    private readonly maxRows: number,
  ) {
    this.labels = new Map(blueprint.steps.map((step) => [step.id, textIn(step.label, language)]));
    output.write(header(blueprint, language));
  }

  add(row: EventRow): void {
    if (this.rows >= this.maxRows) {
      this.truncated = true;
      return;
    }
    this.rows++;
    const event = logEvent(row, this.context);
    let open = this.cases.get(event.caseId);
    if (!open) {
      open = { events: [], inside: 0 };
      this.cases.set(event.caseId, open);
    }
    open.events.push(event);
    // An item left on a batch step's pile is work of the case still to come.
    if (row.event === 'arrive' || row.event === 'background' || row.event === 'pile') open.inside++;
    else if (row.event === 'exit' || row.event === 'abandon' || row.event === 'stuck')
      open.inside--;
    if (open.inside <= 0) {
      this.cases.delete(event.caseId);
      this.writeTrace(open.events);
    }
  }

  /** Writes the cases still open (inside when the run ended, or cut by the cap) and closes the log. */
  finish(): LogOutcome {
    for (const open of this.cases.values()) this.writeTrace(open.events);
    this.cases.clear();
    this.output.write('</log>\n');
    this.output.flush();
    return { rows: this.rows, truncated: this.truncated };
  }

  private writeTrace(events: readonly LogEvent[]): void {
    const first = events[0]!;
    const lines = [
      '  <trace>',
      `    ${attribute('string', 'concept:name', first.caseId)}`,
      `    ${attribute('string', 'class', first.classId)}`,
      `    ${attribute('int', 'replication', String(first.replication))}`,
    ];
    const left = events.find((event) => event.outcome !== '' && !event.background);
    if (left) lines.push(`    ${attribute('string', 'outcome', left.outcome)}`);
    for (const event of events) {
      lines.push(
        '    <event>',
        `      ${attribute('string', 'concept:name', event.activity)}`,
        `      ${attribute('string', 'lifecycle:transition', event.lifecycle)}`,
        `      ${attribute('date', 'time:timestamp', event.timestamp)}`,
        ...(event.resource ? [`      ${attribute('string', 'org:resource', event.resource)}`] : []),
        `      ${attribute('string', 'step', event.stepId)}`,
        `      ${attribute('string', 'label', this.labels.get(event.stepId) ?? '')}`,
        `      ${attribute('string', 'event', event.event)}`,
        `      ${attribute('boolean', 'background', String(event.background))}`,
        `      ${attribute('float', 'time_min', event.timeMin)}`,
        ...(event.outcome ? [`      ${attribute('string', 'outcome', event.outcome)}`] : []),
        '    </event>',
      );
    }
    lines.push('  </trace>\n');
    this.output.write(lines.join('\n'));
  }
}
