/** The inspector's choice of a step's day's batch, turned into the step's field and back. */
import { describe, expect, it } from 'vitest';
import {
  batchChoice,
  chosenBatch,
  DEFAULT_BATCH_TIME,
  isBatchFinding,
  offersBatch,
} from '../../../src/app/inspector/batchForm.ts';
import { loadBlueprintValue, type Step } from '../../../src/model/index.ts';
import { loadExample } from '../results/support.tsx';

describe('a step’s day’s batch in the inspector', () => {
  it('reads the choice from the field and writes the field from the choice', () => {
    expect(batchChoice(undefined)).toBe('none');
    expect(batchChoice({ at: '16:00' })).toBe('time');
    expect(batchChoice({ at: 'closing' })).toBe('closing');
    expect(chosenBatch('none', { at: '16:00' })).toBeUndefined();
    expect(chosenBatch('closing', { at: '15:30' })).toEqual({ at: 'closing' });
    expect(chosenBatch('time', { at: '15:30' })).toEqual({ at: '15:30' });
    expect(chosenBatch('time', { at: 'closing' })).toEqual({ at: DEFAULT_BATCH_TIME });
    expect(chosenBatch('time', undefined)).toEqual({ at: DEFAULT_BATCH_TIME });
  });

  it('is offered on a step with a pool, or one that already is a batch', () => {
    const blueprint = loadExample('counter-deposit.json');
    const step = (id: string): Step => blueprint.steps.find((s) => s.id === id)!;
    expect(offersBatch(step('b-file'))).toBe(true);
    expect(offersBatch(step('c-fill-slip'))).toBe(false);
    expect(offersBatch({ ...step('c-fill-slip'), batch: { at: 'closing' } })).toBe(true);
  });

  it('shows the batch’s own checks in its section: a batch without a pool', () => {
    const blueprint = loadExample('counter-deposit.json');
    const slip = blueprint.steps.find((s) => s.id === 'c-fill-slip')!;
    slip.batch = { at: '16:00' };
    const loaded = loadBlueprintValue(JSON.parse(JSON.stringify(blueprint)));
    const findings = loaded.ok ? loaded.findings : loaded.findings;
    const batch = findings.filter((f) => f.stepId === 'c-fill-slip' && isBatchFinding(f));
    expect(batch.map((f) => f.code)).toEqual(['batch-without-pool']);
  });
});
