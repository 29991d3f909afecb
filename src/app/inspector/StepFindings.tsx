/**
 * The live checks that concern the selected step (an unreachable step, branches that do
 * not sum to 1), so the designer sees them where they fix them.
 */
import { useTranslation } from 'react-i18next';
import { useFindingText } from '../findings/findingText.ts';
import { useBlueprintStore } from '../store/appStore.ts';

export function StepFindings({ stepId }: { stepId: string }) {
  const { t } = useTranslation();
  const text = useFindingText();
  const findings = useBlueprintStore((state) => state.document?.findings);
  const mine = (findings ?? []).filter((finding) => finding.stepId === stepId);
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
