/**
 * `npm test`: every test suite, then one summary line "N passed, N failed".
 *   1. unit, property and CLI tests (vitest)
 *   2. browser tests (Playwright driving Debian's Chromium)
 * Options: --unit (vitest only), --e2e (browser tests only).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const results = 'test-results';
const only = process.argv.find((arg) => arg === '--unit' || arg === '--e2e');

interface Tally {
  passed: number;
  failed: number;
}

function run(command: string, args: string[]): number {
  const child = spawnSync(command, args, { stdio: 'inherit' });
  return child.status ?? 1;
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

function unitTests(): Tally {
  const exitCode = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}/unit.json`,
  ]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(
    `${results}/unit.json`,
  );
  if (!report) return { passed: 0, failed: 1 };
  // A crash outside any test (a file that fails to import) still counts as a failure.
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests || (exitCode === 0 ? 0 : 1),
  };
}

/** Browser tests need Debian's Chromium; as root on Debian we install it, as the README says. */
function ensureChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium and CJK fonts for the browser tests…');
    if (
      run('apt-get', ['update', '-qq']) === 0 &&
      run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk']) === 0
    )
      return true;
  }
  console.error(
    `Browser tests need ${CHROMIUM}: run  sudo apt-get install -y chromium fonts-noto-cjk`,
  );
  return false;
}

function browserTests(): Tally {
  if (!ensureChromium()) return { passed: 0, failed: 1 };
  const exitCode = run('npx', ['playwright', 'test']);
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(
    `${results}/e2e.json`,
  );
  if (!report) return { passed: 0, failed: 1 };
  const failed = report.stats.unexpected + report.stats.flaky;
  return { passed: report.stats.expected, failed: failed || (exitCode === 0 ? 0 : 1) };
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const tallies: Tally[] = [];
if (only !== '--e2e') tallies.push(unitTests());
if (only !== '--unit') tallies.push(browserTests());
const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
const failed = tallies.reduce((sum, t) => sum + t.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
