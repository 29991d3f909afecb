/**
 * What the browser measurement scripts share: a Vite dev server of their own (the
 * development hook exists in dev builds only), generated big blueprints and frame-time
 * recording in the page.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Blueprint, LaneId } from '../src/model/index.ts';
import { createServer, type ViteDevServer } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function startDevServer(): Promise<{ url: string; server: ViteDevServer }> {
  const server = await createServer({
    root,
    logLevel: 'warn',
    server: { port: 4191, strictPort: false, open: false },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Vite started without a local address');
  return { url, server };
}

const LANES: LaneId[] = ['evidence', 'customer', 'frontstage', 'backstage', 'support'];

/** Steps in columns across the five lanes, each flowing to the next: a long busy canvas. */
export function generatedBlueprint(count: number): Blueprint {
  const steps = Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    kind: 'action' as const,
    lane: LANES[i % LANES.length]!,
    label: { en: `Step ${i}`, 'zh-CN': `步骤 ${i}` },
    position: { x: 40 + Math.floor(i / LANES.length) * 240, y: 48 },
    duration: { type: 'exponential' as const, mean: 2 },
  }));
  const flows = steps.slice(1).map((step, i) => ({
    id: `s${i}--${step.id}`,
    from: `s${i}`,
    to: step.id,
  }));
  return {
    format: 'blueprint-lab',
    version: 4,
    id: 'measure-drag',
    name: { en: `${count} steps`, 'zh-CN': `${count} 个步骤` },
    steps,
    flows,
  } as Blueprint;
}

/**
 * Starts recording requestAnimationFrame deltas in the page. Passed as text: tsx would
 * wrap a named function in a helper the page does not have.
 */
export async function startFrameRecorder(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const record = { deltas: [], running: true };
    window.__frames = record;
    let last = performance.now();
    const tick = (now) => {
      record.deltas.push(now - last);
      last = now;
      if (record.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
}

/** Stops the recorder; the frame deltas in ms (the first, waiting for its first frame, dropped). */
export async function stopFrameRecorder(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const record = (window as unknown as { __frames: { deltas: number[]; running: boolean } })
      .__frames;
    record.running = false;
    return record.deltas.slice(1);
  });
}

export interface FrameStats {
  frames: number;
  mean: number;
  p95: number;
  max: number;
  fps: number;
}

export function frameStats(deltas: readonly number[]): FrameStats {
  const sorted = [...deltas].sort((a, b) => a - b);
  const mean = deltas.reduce((a, b) => a + b, 0) / deltas.length;
  return {
    frames: deltas.length,
    mean,
    p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!,
    max: sorted[sorted.length - 1]!,
    fps: 1000 / mean,
  };
}

export function describeFrames(result: FrameStats): string {
  return (
    `frames ${result.frames}, mean ${result.mean.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ` +
    `max ${result.max.toFixed(1)} ms, ${result.fps.toFixed(1)} fps`
  );
}
