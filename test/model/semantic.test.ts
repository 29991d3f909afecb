import { describe, expect, it } from 'vitest';
import { addBranchTargets, findingsOf, summary } from '../support/semantic.ts';

describe('semantic checks', () => {
  it('the base blueprint is clean', () => {
    expect(findingsOf(() => {})).toEqual([]);
  });

  it('duplicate ids are errors that point at the second use', () => {
    const findings = findingsOf((b) => {
      b.steps.push({ ...b.steps[0]!, label: 'Again' });
      b.flows.push({ ...b.flows[0]! });
    });
    expect(summary(findings)).toEqual(
      expect.arrayContaining([
        'error duplicate-id $.steps[3].id: id "arrive" is already used by steps[0]',
        'error duplicate-id $.flows[2].id: id "f1" is already used by flows[0]',
      ]),
    );
  });

  it('references to nothing are errors, with a suggestion', () => {
    const findings = findingsOf((b) => {
      b.flows[1]!.to = 'leav';
      b.steps[1]!.resource = { pool: 'teller' };
      b.steps[1]!.phase = 'serving';
      b.steps[1]!.failure = { probability: 0.1, then: { action: 'goto', step: 'nowhere' } };
      b.arrivals = { type: 'poisson', entry: 'door', perHour: 5 };
    });
    expect(summary(findings)).toEqual(
      expect.arrayContaining([
        'error unknown-step $.flows[1].to: step "leav" does not exist (did you mean "leave"?)',
        'error unknown-pool $.steps[1].resource.pool: pool "teller" does not exist (did you mean "tellers"?)',
        'error unknown-phase $.steps[1].phase: phase "serving" does not exist',
        'error unknown-step $.steps[1].failure.then.step: step "nowhere" does not exist',
        'error unknown-step $.arrivals.entry: step "door" does not exist',
      ]),
    );
  });

  it('a flow limited to an unknown class is an error', () => {
    const findings = findingsOf((b) => {
      b.classes = [{ id: 'retail', label: 'Retail', share: 1 }];
      b.flows[0]!.classes = ['vip'];
    });
    expect(summary(findings)).toContain(
      'error unknown-class $.flows[0].classes[0]: class "vip" does not exist',
    );
  });

  it('customers cannot enter at evidence', () => {
    const findings = findingsOf((b) => {
      b.steps.push({ id: 'ticket', kind: 'evidence', lane: 'evidence', label: 'Ticket' });
      b.arrivals = { type: 'poisson', entry: 'ticket', perHour: 5 };
    });
    expect(findings.map((f) => `${f.code} ${f.path}`)).toContain(
      'not-a-process-step $.arrivals.entry',
    );
  });

  describe('reachability', () => {
    it('warns about steps no customer can reach', () => {
      const findings = findingsOf((b) => {
        b.steps.push({
          id: 'island',
          kind: 'action',
          lane: 'backstage',
          label: 'Island',
          exit: { outcome: 'completed' },
        });
      });
      expect(summary(findings)).toEqual([
        'warning unreachable $.steps[3]: no customer can reach step "island" from an entry',
      ]);
    });

    it('warns about a dead end that is not an exit', () => {
      const findings = findingsOf((b) => {
        delete b.steps[2]!.exit;
      });
      expect(summary(findings)).toEqual([
        'warning dead-end $.steps[2]: step "leave" has no flow out and is not marked as an exit: the visit ends here',
      ]);
    });

    it('warns about an exit with flows out', () => {
      const findings = findingsOf((b) => {
        b.steps[1]!.exit = { outcome: 'completed' };
      });
      expect(findings.map((f) => f.code)).toEqual(['exit-with-flows']);
    });

    it('warns about a loop with no way out', () => {
      const findings = findingsOf((b) => {
        b.flows[1]!.to = 'arrive';
        b.steps.pop();
      });
      expect(findings.map((f) => `${f.code} ${f.stepId}`)).toEqual([
        'no-way-to-end arrive',
        'no-way-to-end serve',
      ]);
    });

    it('does not call the end of background work a dead end', () => {
      const findings = findingsOf((b) => {
        b.steps.push({ id: 'file', kind: 'action', lane: 'backstage', label: 'File' });
        b.flows.push({ id: 'bg', from: 'serve', to: 'file', background: true });
      });
      expect(findings).toEqual([]);
    });

    it('units kept until evidence is an error', () => {
      const findings = findingsOf((b) => {
        b.steps.push({ id: 'slip', kind: 'evidence', lane: 'evidence', label: 'Slip' });
        b.steps[1]!.resource = { pool: 'tellers', keepUntil: 'slip' };
      });
      expect(summary(findings)).toEqual([
        'error not-a-process-step $.steps[1].resource.keepUntil: step "slip" is evidence, which customers do not pass through',
      ]);
    });

    it('warns when units are kept until a step the customer cannot reach', () => {
      const findings = findingsOf((b) => {
        b.steps[1]!.resource = { pool: 'tellers', keepUntil: 'arrive' };
      });
      expect(findings.map((f) => f.code)).toEqual(['keep-until-unreachable']);
    });
  });

  describe('pools', () => {
    it('a pool with capacity 0 all day is an error at the step that needs it', () => {
      const findings = findingsOf((b) => {
        b.resources![0]!.capacity = 0;
      });
      expect(summary(findings)).toEqual([
        'error pool-empty $.steps[1].resource.pool: pool "tellers" has capacity 0 all day, so no customer is ever served at this step',
      ]);
    });

    it('capacity 0 outside a schedule that gives capacity is fine', () => {
      const findings = findingsOf((b) => {
        b.resources![0]!.capacity = 0;
        b.resources![0]!.schedule = [{ from: '09:00', to: '17:00', capacity: 2 }];
      });
      expect(findings).toEqual([]);
    });

    it('needing more units than the pool ever has is an error', () => {
      const findings = findingsOf((b) => {
        b.steps[1]!.resource = { pool: 'tellers', units: 3 };
      });
      expect(findings.map((f) => f.code)).toEqual(['units-over-capacity']);
    });

    it('schedule periods must run forwards and not overlap', () => {
      const findings = findingsOf((b) => {
        b.resources![0]!.schedule = [
          { from: '12:00', to: '13:00', capacity: 1 },
          { from: '12:30', to: '14:00', capacity: 1 },
          { from: '16:00', to: '15:00', capacity: 1 },
        ];
      });
      expect(summary(findings)).toEqual([
        'error period-backwards $.resources[0].schedule[2].to: the period must end after it starts (16:00–15:00)',
        'error periods-overlap $.resources[0].schedule[1].from: 12:30–14:00 overlaps 12:00–13:00 (item 0)',
      ]);
    });
  });

  describe('simulation settings', () => {
    it('class shares must sum to 1', () => {
      const findings = findingsOf((b) => {
        b.classes = [
          { id: 'a', label: 'A', share: 0.5 },
          { id: 'b', label: 'B', share: 0.4 },
        ];
      });
      expect(summary(findings)).toEqual([
        'error shares-sum $.classes: class shares add up to 0.9, not 1',
      ]);
    });

    it('classes sharing arrivals must say their share', () => {
      const findings = findingsOf((b) => {
        b.classes = [{ id: 'a', label: 'A' }];
      });
      expect(findings.map((f) => f.code)).toEqual(['shares-missing']);
    });

    it('a class that neither arrives nor shares is warned about', () => {
      const findings = findingsOf((b) => {
        delete b.arrivals;
        b.classes = [
          {
            id: 'booked',
            label: 'Booked',
            arrivals: { type: 'poisson', entry: 'arrive', perHour: 5 },
          },
          { id: 'ghost', label: 'Ghost' },
        ];
      });
      expect(summary(findings)).toEqual([
        'warning class-never-arrives $.classes[1]: class "ghost" has neither arrivals nor a share, so no such customer comes',
      ]);
    });

    it('opening hours default to 09:00–17:00 when the run is not given', () => {
      const findings = findingsOf((b) => {
        delete b.run;
        b.arrivals = {
          type: 'appointments',
          entry: 'arrive',
          slots: [{ at: '08:30' }, { at: '10:00' }],
        };
      });
      expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual([
        'outside-opening-hours $.arrivals.slots[0].at',
      ]);
    });

    it('a backwards period is not also reported as an overlap', () => {
      const findings = findingsOf((b) => {
        b.resources![0]!.schedule = [
          { from: '12:00', to: '11:00', capacity: 1 },
          { from: '11:30', to: '13:00', capacity: 1 },
        ];
      });
      expect(findings.map((f) => f.code)).toEqual(['period-backwards']);
    });

    it('closing before opening is an error', () => {
      const findings = findingsOf((b) => {
        b.run = { mode: 'day', open: '17:00', close: '09:00' };
      });
      expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual([
        'closes-before-opening $.run.close',
      ]);
    });

    it('arrivals outside the opening hours are warned about', () => {
      const findings = findingsOf((b) => {
        b.arrivals = {
          type: 'profile',
          entry: 'arrive',
          periods: [
            { from: '08:00', to: '09:00', perHour: 5 },
            { from: '09:00', to: '17:00', perHour: 20 },
          ],
        };
      });
      expect(summary(findings)).toEqual([
        'warning outside-opening-hours $.arrivals.periods[0]: 08:00–09:00 is outside the opening hours 09:00–17:00: nobody arrives then',
      ]);
    });

    it('a step that always fails and retries forever is an error', () => {
      const findings = findingsOf((b) => {
        b.steps[1]!.failure = { probability: 1, then: { action: 'retry' } };
      });
      expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual([
        'endless-retry $.steps[1].failure',
      ]);
    });

    it('a pool held until a later step needs no duration of its own', () => {
      const findings = findingsOf((b) => {
        delete b.steps[1]!.duration;
        b.steps[1]!.resource = { pool: 'tellers', keepUntil: 'leave' };
      });
      expect(findings).toEqual([]);
    });

    it('references in ignored settings of evidence are not checked', () => {
      const findings = findingsOf((b) => {
        b.steps.push({
          id: 'slip',
          kind: 'evidence',
          lane: 'evidence',
          label: 'Slip',
          resource: { pool: 'nowhere' },
        });
      });
      expect(findings.map((f) => f.code)).toEqual(['ignored-on-drawing-step']);
    });

    it('simulation settings on evidence are ignored, with a warning', () => {
      const findings = findingsOf((b) => {
        b.steps.push({
          id: 'slip',
          kind: 'evidence',
          lane: 'evidence',
          label: 'Slip',
          duration: { type: 'fixed', value: 1 },
        });
      });
      expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual([
        'ignored-on-drawing-step $.steps[3].duration',
      ]);
    });

    it('a pure drawing without simulation settings is valid', () => {
      const findings = findingsOf((b) => {
        delete b.arrivals;
        delete b.run;
        delete b.resources;
        for (const step of b.steps) {
          delete step.duration;
          delete step.resource;
        }
        addBranchTargets(b);
      });
      expect(findings).toEqual([]);
    });
  });
});
