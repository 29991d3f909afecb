/**
 * End-to-end tests of the app in Debian's Chromium (see test/e2e/browser.ts). The config
 * builds the app and serves the build on port 4173, so `npm start` on 5173 can keep
 * running. A build, not the dev server: each test opens a fresh page, and the dev server
 * made every one fetch and transform hundreds of modules (about 5 s a page, 4 s more for
 * the workers' first run), which pushed tests near their timeouts on a busy machine. The
 * build is a development build (NODE_ENV=development) so the test hooks of
 * src/app/canvas/devHook.ts stay in, as in `npm start`. E2E_DEV_SERVER=1 uses the dev
 * server instead, for quick edits while writing a test.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './test/e2e/browser.ts';

// E2E_PORT lets two checkouts or sessions run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const isCI = Boolean(process.env.CI);
const OUTPUT = process.env.E2E_OUTPUT ?? 'test-results';
// One build folder per port, so two checkouts testing side by side do not overwrite it.
const BUILD = `node_modules/.cache/e2e-build-${PORT}`;

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  forbidOnly: isCI,
  retries: 0,
  workers: 2,
  // A hang guard, not a speed test: the longest test takes under half of it, on a busy CI too.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `${OUTPUT}/e2e.json` }]],
  outputDir: OUTPUT,
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
    viewport: { width: 1440, height: 900 },
    // English unless a test asks otherwise, whatever the machine's locale.
    locale: 'en-US',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: process.env.E2E_DEV_SERVER
      ? `npx vite --port ${PORT} --strictPort`
      : `npx vite build --mode development --outDir ${BUILD} --emptyOutDir --logLevel warn` +
        ` && npx vite preview --outDir ${BUILD} --port ${PORT} --strictPort`,
    env: { NODE_ENV: 'development' },
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !isCI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
