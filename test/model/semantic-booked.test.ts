/** A booked step (`resource.booked`): ignored, and said, where nobody waits in person. */
import { describe, expect, it } from 'vitest';
import { findingsOf, summary } from '../support/semantic.ts';

describe('a booked step', () => {
  it('is fine where the customer waits for the pool in person', () => {
    expect(findingsOf((b) => (b.steps[1]!.resource!.booked = true))).toEqual([]);
  });

  it('is ignored where only the file waits or the step is a batch, each said at its path', () => {
    expect(
      summary(
        findingsOf((b) => {
          b.steps[1]!.resource!.booked = true;
          b.steps[1]!.customerPresent = false;
        }),
      ),
    ).toEqual([
      'warning booked-ignored $.steps[1].resource.booked: ignored: only the file waits here (customerPresent: false), and a file keeps no appointment; it never gives up anyway',
    ]);
    const batch = findingsOf((b) => {
      b.steps[1]!.resource!.booked = true;
      b.steps[1]!.batch = { at: '16:00' };
    });
    expect(batch.map((f) => `${f.severity} ${f.code} ${f.path} ${f.params?.variant}`)).toEqual([
      'warning booked-ignored $.steps[1].resource.booked batch',
    ]);
  });
});
