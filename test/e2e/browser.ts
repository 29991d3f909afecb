/**
 * How to start Chromium here: Debian's own build (Playwright's download cannot be used
 * offline) with the flags a container and CI need. Shared by playwright.config.ts and
 * scripts/screenshot.ts so the two never drift apart.
 */
import type { LaunchOptions } from 'playwright-core';

export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
