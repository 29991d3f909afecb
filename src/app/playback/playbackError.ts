/**
 * A failure in the playback worker, as the reply the page receives. A stop by the engine's
 * run budget travels as its code and numbers, so the page words it in the user's language
 * like a run's (runFailureText); anything else travels as its message.
 */
import type { TFunction } from 'i18next';
import { RunBudgetError } from '../../sim/index.ts';
import { runFailureText } from '../simulation/runFailure.ts';
import type { PlaybackStatus } from './playbackDriver.ts';
import type { PlaybackError } from './playbackProtocol.ts';

export function playbackErrorReply(error: unknown, request: number): PlaybackError {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RunBudgetError)
    return { type: 'error', request, message, budget: error.problem };
  return { type: 'error', request, message };
}

/** The sentence shown when playback stopped or could not start, in the UI's language. */
export function playbackFailureText(
  t: TFunction,
  status: Pick<PlaybackStatus, 'error' | 'budget' | 'info'>,
): string {
  const reason = status.budget ? runFailureText(t, null, status.budget) : status.error;
  return status.info ? t('playback.error', { reason }) : t('playback.cannotRun', { reason });
}
