/**
 * The frame the results' lists of facts share (the day's batches, missed tickets, the lobby
 * manager's diversions): a heading and caption over one row an item, each row selecting
 * its step. Nothing at all when there is no item, so a blueprint without the lever shows
 * no empty section.
 */
import { FactRow, type FactRowCells } from './FactRow.tsx';
import { ResultsSection } from './ResultsSection.tsx';

/** A row's React key: the step or flow it is about, each listed once. */
const rowKey = ({ data }: FactRowCells): string =>
  'data-step-id' in data ? data['data-step-id'] : data['data-flow-id'];

export function FactSection<Item>({
  heading,
  caption,
  testId,
  listClass,
  items,
  cells,
  onSelectStep,
}: {
  heading: string;
  caption: string;
  /** The list's data-testid. */
  testId: string;
  /** A modifier class for a list laid out its own way. */
  listClass?: string;
  items: readonly Item[];
  /** What an item's row shows. */
  cells: (item: Item) => FactRowCells;
  onSelectStep: (stepId: string) => void;
}) {
  if (items.length === 0) return null;
  const rows = items.map(cells);
  return (
    <ResultsSection heading={heading} caption={caption}>
      <ul
        className={listClass ? `results-ranked ${listClass}` : 'results-ranked'}
        data-testid={testId}
      >
        {rows.map((row) => (
          <FactRow key={rowKey(row)} {...row} onSelectStep={onSelectStep} />
        ))}
      </ul>
    </ResultsSection>
  );
}
