// The list's module graph reaches the app store, which uses Vite's import.meta.glob; vitest
// runs it through Vite, so Vite's client types describe it.
/// <reference types="vite/client" />
import { describe, expect, it, vi } from 'vitest';
import { ImportProblemsDialog } from '../../../src/app/files/ImportProblemsDialog.tsx';
import { FindingsList } from '../../../src/app/sidebar/FindingsList.tsx';
import { loadBlueprintText } from '../../../src/model/index.ts';
import { minimalJson } from '../../support/builders.ts';
import { findingsOf } from '../../support/semantic.ts';
import { renderIn, textOf } from '../planning/render.tsx';

// The app's store reads the page address when it loads; the list only needs `select` from it.
vi.mock('../../../src/app/store/appStore.ts', () => ({
  useBlueprintStore: (pick: (state: { select: () => void }) => unknown) =>
    pick({ select: () => {} }),
}));

/** A misspelt flow target, a pool too small, a dead end and an unreachable step: what a designer meets while drawing. */
function semanticFindings() {
  return findingsOf((b) => {
    b.flows[1]!.to = 'leav';
    b.steps[1]!.resource = { pool: 'tellers', units: 3 };
  });
}

function structuralFindings() {
  const document = minimalJson();
  (document.steps as Record<string, unknown>[])[1]!.durtion = 3;
  const result = loadBlueprintText(JSON.stringify(document, null, 2));
  expect(result.ok).toBe(false);
  return result.findings;
}

describe('the problems list', () => {
  it('shows every finding in Chinese when the UI is Chinese', () => {
    const findings = semanticFindings();
    expect(findings.map((f) => f.code)).toEqual([
      'unknown-step',
      'units-over-capacity',
      'dead-end',
      'unreachable',
    ]);
    const text = textOf(renderIn('zh-CN', <FindingsList findings={findings} />));
    expect(text).toContain('步骤 "leav" 不存在（是不是 "leave"？）');
    expect(text).toContain('需要资源池 "tellers" 的 3 个单位，但它最多只有 2 个');
    expect(text).toContain('步骤 "serve" 没有流出的流程线，也没有标为出口');
    expect(text).toContain('没有客户能从起始步骤到达步骤 "leave"');
    expect(text).toContain('$.flows[1].to');
    for (const finding of findings) expect(text).not.toContain(finding.message);
  });

  it('shows the model’s own English messages when the UI is English', () => {
    const findings = semanticFindings();
    const text = textOf(renderIn('en', <FindingsList findings={findings} />));
    for (const finding of findings) expect(text).toContain(finding.message);
  });
});

describe('the import problems dialog', () => {
  it('says why a file was refused in Chinese, with the path and line', () => {
    const findings = structuralFindings();
    const html = renderIn(
      'zh-CN',
      <ImportProblemsDialog problems={{ fileName: 'bad.json', findings }} onClose={() => {}} />,
    );
    const text = textOf(html);
    expect(text).toContain('$.steps[1].durtion');
    expect(text).toContain('未知属性 "durtion"（是不是 "duration"？）');
    expect(text).toMatch(/第 \d+ 行/);
    expect(text).not.toContain(findings[0]!.message);
  });
});
