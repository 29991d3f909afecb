/** The checks' errors and warnings, each with its JSON path, or a plain "no problems". */
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../model/index.ts';

export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
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
            <span className="finding__severity">{t(`details.severity.${finding.severity}`)}</span>
            <code className="finding__path">{finding.path}</code>
            {finding.line !== undefined && (
              <span className="finding__line">{t('details.line', { line: finding.line })}</span>
            )}
            {/* The checks word their messages in English for now; `code` will allow translations. */}
            <span className="finding__message" lang="en">
              {finding.message}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
