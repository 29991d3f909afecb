/** The what-if form: steppers, the multiplier, and the panel as rendered. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WhatIfPanel } from '../../../src/app/whatif/WhatIfPanel.tsx';
import {
  INITIAL_FORM,
  clampMultiplier,
  invalidPools,
  parseUnits,
  stepUnits,
  unitsText,
  whatIfOf,
} from '../../../src/app/whatif/whatIfForm.ts';
import type { Blueprint } from '../../../src/model/index.ts';
import { renderIn, textOf } from './render.tsx';

const deposit = JSON.parse(
  readFileSync(new URL('../../../blueprints/counter-deposit.json', import.meta.url), 'utf8'),
) as Blueprint;
const reception = JSON.parse(
  readFileSync(new URL('../../../blueprints/client-reception.json', import.meta.url), 'utf8'),
) as Blueprint;

describe('whatIfForm', () => {
  it('steps units from the blueprint’s, never below 0', () => {
    let form = stepUnits(INITIAL_FORM, 'tellers', 4, 1);
    expect(unitsText(form, 'tellers', 4)).toBe('5');
    form = stepUnits(stepUnits(INITIAL_FORM, 'back-office', 1, -1), 'back-office', 1, -1);
    expect(unitsText(form, 'back-office', 1)).toBe('0');
  });

  it('reads whole numbers from 0 to 999 only', () => {
    expect(parseUnits('3')).toBe(3);
    expect(parseUnits(' 0 ')).toBe(0);
    expect(parseUnits('2.5')).toBeNull();
    expect(parseUnits('-1')).toBeNull();
    expect(parseUnits('')).toBeNull();
    expect(parseUnits('1000')).toBeNull();
  });

  it('keeps the multiplier on the slider’s 0.1 grid between 0.5 and 2', () => {
    expect(clampMultiplier(1.23)).toBe(1.2);
    expect(clampMultiplier(0.1)).toBe(0.5);
    expect(clampMultiplier(7)).toBe(2);
    expect(clampMultiplier(Number.NaN)).toBe(1);
  });

  it('makes a what-if of only what changed, and flags unreadable entries', () => {
    const form = {
      units: { tellers: '5', 'back-office': '1', 'ticket-machine': 'x' },
      multiplier: 1.2,
    };
    expect(whatIfOf(deposit, form)).toEqual({ units: { tellers: 5 }, arrivalMultiplier: 1.2 });
    expect(invalidPools(deposit, form)).toEqual(['ticket-machine']);
    expect(whatIfOf(deposit, INITIAL_FORM)).toEqual({ units: {}, arrivalMultiplier: 1 });
  });
});

describe('WhatIfPanel', () => {
  const noRun = () => undefined;

  it('has a labelled stepper per pool and the arrival multiplier', () => {
    const html = renderIn('en', <WhatIfPanel blueprint={deposit} busy={false} onRun={noRun} />);
    const text = textOf(html);
    expect(text).toContain('Tellers (units)');
    expect(text).toContain('Back-office clerk (units)');
    expect(text).toContain('Arrival rate (× as drawn)');
    expect(text).toContain('×1.0');
    expect(html).toContain('aria-label="One more: Tellers"');
    expect(html).toContain('aria-label="One fewer: Tellers"');
    expect(html).toMatch(/type="number"[^>]*value="4"/);
    expect(html).toMatch(/type="range" min="0.5" max="2" step="0.1"/);
    expect(html).not.toContain('Booked appointments');
    expect(html).toMatch(/<button type="submit" class="planning-primary">Run what-if<\/button>/);
  });

  it('disables the run while busy', () => {
    const html = renderIn('en', <WhatIfPanel blueprint={deposit} busy onRun={noRun} />);
    expect(html).toMatch(
      /<button type="submit" class="planning-primary" disabled="">Run what-if<\/button>/,
    );
  });

  it('says that appointments stay as booked, in Chinese too', () => {
    expect(
      textOf(renderIn('en', <WhatIfPanel blueprint={reception} busy={false} onRun={noRun} />)),
    ).toContain('Booked appointments stay as booked');
    const text = textOf(
      renderIn('zh-CN', <WhatIfPanel blueprint={reception} busy={false} onRun={noRun} />),
    );
    expect(text).toContain('已预约的客户保持不变');
    expect(text).toContain('客户专员（数量）');
  });
});
