/** Shares with their intervals: customer classes, or the flows out of a step. */
import { useTranslation } from 'react-i18next';
import type { Shares } from '../../analysis/fit/index.ts';
import { percent } from './format.ts';

export function SharesFit({
  shares,
  nameOf,
  kind,
}: {
  shares: Shares;
  nameOf: (id: string) => string;
  kind: 'classShares' | 'branch';
}) {
  const { t } = useTranslation();
  return (
    <ul className="calibrate-fit__list">
      {shares.shares.map((estimate) => (
        <li key={estimate.key}>
          {t(kind === 'branch' ? 'calibrate.fit.branch.item' : 'calibrate.fit.classShares.item', {
            name: nameOf(estimate.key),
            share: percent(estimate.share.value),
            low: percent(estimate.share.lower),
            high: percent(estimate.share.upper),
            // A count of cases, a whole number: "24", never "24.0".
            count: estimate.count,
          })}
        </li>
      ))}
    </ul>
  );
}
