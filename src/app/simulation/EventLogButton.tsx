/**
 * Downloads the event log of the latest run's first replication as CSV (the command
 * line's layout), made in a worker of its own so the page stays responsive.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../files/saveFile.ts';
import { exportEventLog } from './runClient.ts';
import type { RunRecord } from './runStore.ts';

/** The command line's cap: a million rows is about 50 MB of CSV. */
const MAX_ROWS = 1_000_000;

export function EventLogButton({ record, fileStem }: { record: RunRecord; fileStem: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'working' | { truncatedAt: number } | Error>('idle');

  const download = async () => {
    setState('working');
    try {
      const log = await exportEventLog(
        record.blueprint,
        {
          seed: record.results.run.seed,
          ...(record.results.run.dayType === undefined
            ? {}
            : { dayType: record.results.run.dayType }),
        },
        MAX_ROWS,
      );
      downloadBlob(new Blob([log.csv], { type: 'text/csv' }), `${fileStem}-events.csv`);
      setState(log.truncated ? { truncatedAt: log.rows } : 'idle');
    } catch (error) {
      setState(error instanceof Error ? error : new Error(String(error)));
    }
  };

  return (
    <span className="event-log">
      <button
        type="button"
        className="files-button"
        disabled={state === 'working'}
        onClick={() => void download()}
      >
        {state === 'working' ? t('simulation.eventLogWorking') : t('simulation.eventLog')}
      </button>
      <span role="status" className="event-log__note">
        {state instanceof Error
          ? t('simulation.failed', { message: state.message })
          : typeof state === 'object'
            ? t('simulation.eventLogTruncated', { rows: state.truncatedAt })
            : ''}
      </span>
    </span>
  );
}
