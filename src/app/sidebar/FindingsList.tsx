/** The checks' errors and warnings, each with its JSON path, or a plain "no problems". */
import '../styles/files.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../model/index.ts';
import { stepNamesIn, useFindingText } from '../findings/findingText.ts';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { useBlueprintStore } from '../store/appStore.ts';

export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const select = useBlueprintStore((state) => state.select);
  // The findings are the open document's: its steps are named by their names.
  const blueprint = useBlueprintStore((state) => state.document?.blueprint ?? null);
  const text = useFindingText(blueprint);
  const language = useUiLanguage();
  const names = useMemo(
    () => (blueprint ? stepNamesIn(blueprint, language) : new Map<string, string>()),
    [blueprint, language],
  );
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
          // Focusable from code (the header's "Cannot run" button takes you to an error).
          <li key={index} className={`finding finding--${finding.severity}`} tabIndex={-1}>
            {finding.stepId === undefined ? (
              <FindingText finding={finding} text={text} />
            ) : (
              // A finding about a step takes you to it: selecting shows it on the canvas.
              <button
                type="button"
                className="finding__go"
                title={t('files.goToStep', {
                  step: names.get(finding.stepId) ?? finding.stepId,
                })}
                onClick={() => select({ steps: [finding.stepId!], flows: [] })}
              >
                <FindingText finding={finding} text={text} />
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function FindingText({ finding, text }: { finding: Finding; text: (f: Finding) => string }) {
  const { t } = useTranslation();
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
