/** The checks' errors and warnings, each with its JSON path, or a plain "no problems". */
import '../styles/files.css';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../model/index.ts';
import { useFindingText } from '../findings/findingText.ts';
import { useBlueprintStore } from '../store/appStore.ts';

export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const select = useBlueprintStore((state) => state.select);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;

  if (findings.length === 0) {
    return (
      <p className="findings-summary findings-summary--clean" data-testid="findings-summary">
        <span aria-hidden="true">✓ </span>
        {t('details.noProblems')}
      </p>
    );
  }
  return (
    <>
      <p className="findings-summary" data-testid="findings-summary">
        {[
          errors > 0 ? t('details.errorCount', { count: errors }) : undefined,
          warnings > 0 ? t('details.warningCount', { count: warnings }) : undefined,
        ]
          .filter((part) => part !== undefined)
          .join(' · ')}
      </p>
      <ul className="findings">
        {findings.map((finding, index) => (
          <li key={index} className={`finding finding--${finding.severity}`}>
            {finding.stepId === undefined ? (
              <FindingText finding={finding} />
            ) : (
              // A finding about a step takes you to it: selecting shows it on the canvas.
              <button
                type="button"
                className="finding__go"
                title={t('files.goToStep', { step: finding.stepId })}
                onClick={() => select({ steps: [finding.stepId!], flows: [] })}
              >
                <FindingText finding={finding} />
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function FindingText({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const text = useFindingText();
  return (
    <>
      <span className="finding__severity">{t(`details.severity.${finding.severity}`)}</span>
      <code className="finding__path">{finding.path}</code>
      {finding.line !== undefined && (
        <span className="finding__line">{t('details.line', { line: finding.line })}</span>
      )}
      <span className="finding__message">{text(finding)}</span>
    </>
  );
}
