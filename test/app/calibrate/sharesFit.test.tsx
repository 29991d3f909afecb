/**
 * The Calibrate dialog's shares: a branch's cases are a count, a whole number in both
 * languages ("24 cases", "24 个案例"; it once showed "24.0"), one case in the singular.
 */
import { describe, expect, it } from 'vitest';
import { fitShares } from '../../../src/analysis/fit/index.ts';
import { SharesFit } from '../../../src/app/calibrate/SharesFit.tsx';
import { renderHtml, textOf } from '../results/support.tsx';

const shares = fitShares({ offer: 24, decline: 1, review: 155 });
const names: Record<string, string> = { offer: 'Offer', decline: 'Decline', review: 'Review' };
const nameOf = (id: string) => names[id] ?? id;

describe('a branch’s shares in the Calibrate dialog', () => {
  it('count the cases in whole numbers, a single case in the singular', () => {
    const text = textOf(renderHtml(<SharesFit shares={shares} nameOf={nameOf} kind="branch" />));
    expect(text).toContain('to Offer: 13.3 % (');
    expect(text).toMatch(/to Offer: [^,]+, 24 cases/);
    expect(text).toMatch(/to Decline: [^,]+, 1 case\b(?!s)/);
    expect(text).toMatch(/to Review: [^,]+, 155 cases/);
    expect(text).not.toMatch(/\d\.0 cases/);
  });

  it('in Chinese too', () => {
    const html = renderHtml(<SharesFit shares={shares} nameOf={nameOf} kind="branch" />, 'zh-CN');
    const text = textOf(html);
    expect(text).toMatch(/去往「Offer」：13\.3%（[^）]+），24 个案例/);
    expect(text).toMatch(/，1 个案例/);
    expect(text).not.toMatch(/\d\.0 个案例/);
  });

  it('leave the class shares without a count', () => {
    const text = textOf(
      renderHtml(<SharesFit shares={shares} nameOf={nameOf} kind="classShares" />),
    );
    expect(text).toMatch(/^Offer: 13\.3 % \([^)]+\) Decline: /);
  });
});
