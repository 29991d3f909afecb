/** A run the engine's budget stopped is said in plain words, in English and Chinese. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../support/translator.ts';
import { runFailureText } from '../../../src/app/simulation/runFailure.ts';
import type { BudgetProblem } from '../../../src/sim/index.ts';

const present: BudgetProblem = {
  code: 'present',
  params: { limit: 1_000_000, replication: 2, minute: 1234.5 },
};
const events: BudgetProblem = {
  code: 'events',
  params: { limit: 200_000_000, replication: 0, minute: 600 },
};

describe('runFailureText', () => {
  it('words the budget stop from its code and numbers, counting replications from 1', async () => {
    const t = await translator('en');
    expect(runFailureText(t, 'run budget reached: present', present)).toBe(
      'The run could not finish: more than 1000000 customers and pieces of work were inside at once (replication 3). A queue or background work grows without end.',
    );
    expect(runFailureText(t, 'x', events)).toContain('replication 1 handled more than 200000000');
  });

  it('says it in Chinese too', async () => {
    const t = await translator('zh-CN');
    expect(runFailureText(t, 'x', present)).toBe(
      '运行无法完成：同时在系统中的客户和工作超过 1000000 个（第 3 次重复）。有队列或后台工作在无限增长。',
    );
    expect(runFailureText(t, 'x', events)).toMatch(
      /^运行无法完成：第 1 次重复处理了超过 200000000/,
    );
  });

  it('shows any other failure with its message', async () => {
    const t = await translator('en');
    expect(runFailureText(t, 'pool tellers has no capacity', null)).toBe(
      'The run stopped with an error: pool tellers has no capacity',
    );
  });
});
