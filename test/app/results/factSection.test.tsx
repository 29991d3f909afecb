/**
 * The frame the results' lists of facts share (batches, missed tickets, diversions):
 * nothing at all without an item; with items the heading, the caption and one row an
 * item, each a button naming the step it selects.
 */
import { describe, expect, it } from 'vitest';
import { type FactRowCells, stepFact } from '../../../src/app/results/FactRow.tsx';
import { FactSection } from '../../../src/app/results/FactSection.tsx';
import { renderHtml, textOf } from './support.tsx';

/** The section with a fixed heading and caption, the items and their cells given. */
function section<Item>(items: Item[], cells: (item: Item) => FactRowCells): string {
  return renderHtml(
    <FactSection
      heading="Lobby"
      caption="Sent on when the line is long."
      testId="facts"
      listClass="results-ranked--diversions"
      items={items}
      cells={cells}
      onSelectStep={() => {}}
    />,
    'zh-CN',
  );
}

describe('FactSection', () => {
  it('renders nothing without an item: no heading over an empty list', () => {
    const html = section([], () => {
      throw new Error('no row without an item');
    });
    expect(html).toBe('');
  });

  it('shows the heading and caption over a row an item, a step’s or a flow’s', () => {
    const html = section(['teller', 'flow-1'], (id) =>
      id === 'teller'
        ? { ...stepFact('teller', 'Teller'), value: '3 items', details: ['a', null, 'b'] }
        : {
            stepId: 'greet',
            stepName: 'Greet',
            name: 'Greet → Machine',
            value: '5 sent',
            details: [],
            data: { 'data-flow-id': 'flow-1' },
          },
    );
    expect(html).toContain(
      '<ul class="results-ranked results-ranked--diversions" data-testid="facts">',
    );
    expect(textOf(html)).toBe(
      'Lobby Sent on when the line is long. Teller 3 items a · b Greet → Machine 5 sent',
    );
    expect(html).toMatch(
      /<button[^>]*data-step-id="teller"[^>]*aria-label="[^"]*Teller[^"]*: 3 items"/,
    );
    expect(html).toMatch(
      /<button[^>]*data-flow-id="flow-1"[^>]*aria-label="[^"]*Greet[^"]*: 5 sent"/,
    );
    // The heading labels the section for screen readers.
    const id = /<h3 id="([^"]+)"/.exec(html)![1];
    expect(html).toContain(`aria-labelledby="${id}"`);
  });
});
