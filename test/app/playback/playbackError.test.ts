/** Playback stopped by the engine's run budget is worded in the user's language, like a run. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../support/translator.ts';
import {
  playbackErrorReply,
  playbackFailureText,
} from '../../../src/app/playback/playbackError.ts';
import type { PlaybackInfo } from '../../../src/app/playback/playbackProtocol.ts';
import { type BudgetProblem, RunBudgetError } from '../../../src/sim/index.ts';

const problem: BudgetProblem = {
  code: 'present',
  params: { limit: 1_000_000, replication: 0, minute: 700 },
};
const started = { mode: 'day' } as PlaybackInfo;

describe('playbackErrorReply', () => {
  it('carries a budget stop as its code and numbers', () => {
    const reply = playbackErrorReply(new RunBudgetError(problem), 7);
    expect(reply).toMatchObject({ type: 'error', request: 7, budget: problem });
  });

  it('carries any other failure as its message only', () => {
    const reply = playbackErrorReply(new Error('boom'), 3);
    expect(reply).toEqual({ type: 'error', request: 3, message: 'boom' });
    expect(playbackErrorReply('text', 4).message).toBe('text');
  });
});

describe('playbackFailureText', () => {
  it('words a budget stop in English and Chinese, never the engine message', async () => {
    const status = { error: 'run budget reached: present 1000000', budget: problem, info: started };
    const english = playbackFailureText(await translator('en'), status);
    expect(english).toMatch(/^Playback stopped: The run could not finish: more than 1000000/);
    const chinese = playbackFailureText(await translator('zh-CN'), status);
    expect(chinese).toMatch(/^演示已停止：运行无法完成：同时在系统中的客户和工作超过 1000000 个/);
    expect(chinese).not.toContain('budget');
  });

  it('says a failure before the first frame as "cannot be played", with its message', async () => {
    const status = { error: 'no arrivals', budget: null, info: null };
    expect(playbackFailureText(await translator('en'), status)).toBe(
      'This blueprint cannot be played: no arrivals',
    );
  });
});
