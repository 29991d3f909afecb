/**
 * The live checks that concern one place, shown where the designer fixes them: the
 * selected step (an unreachable step, branches that do not sum to 1), or one entry of a
 * pool's list (a pool listed twice among those it also serves).
 */
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../model/index.ts';
import { useFindingText } from '../findings/findingText.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { isBatchFinding } from './batchForm.ts';
import { isSameUnitFinding } from './sameUnitFindings.ts';

/** The findings that `concerns` picks, as a list; nothing when there are none. */
export function FindingsList({ concerns }: { concerns: (finding: Finding) => boolean }) {
  const { t } = useTranslation();
  const findings = useBlueprintStore((state) => state.document?.findings);
  const text = useFindingText(useBlueprintStore((state) => state.document?.blueprint));
  const mine = (findings ?? []).filter(concerns);
  if (mine.length === 0) return null;
  return (
    <ul className="inspector-findings" aria-label={t('details.findingsHeading')}>
      {mine.map((finding, index) => (
        <li
          key={index}
          className={`inspector-findings__item inspector-findings__item--${finding.severity}`}
        >
          <strong>{t(`details.severity.${finding.severity}`)}:</strong> {text(finding)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The step's findings, but for its batch's and its same unit's: those show beside their
 * fields (BatchEditor, StepResource).
 */
export function StepFindings({ stepId }: { stepId: string }) {
  return (
    <FindingsList
      concerns={(finding) =>
        finding.stepId === stepId && !isBatchFinding(finding) && !isSameUnitFinding(finding)
      }
    />
  );
}
