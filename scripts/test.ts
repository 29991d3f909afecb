/**
 * `npm test`: every test suite, then one summary line "N passed, N failed".
 *   1. unit, property and CLI tests (vitest)
 *   2. browser tests (Playwright driving Debian's Chromium)
 * Options: --unit (vitest only), --e2e (browser tests only).
 * Debian's Chromium, CJK fonts and Inkscape (the vector editor the exported SVG is opened
 * in, test/app/export/vectorEditor.test.ts) are installed first when missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const INKSCAPE = '/usr/bin/inkscape';
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

/** What the tests need from Debian: a program each, and the package that brings it. */
const DEBIAN_TOOLS = [
  { program: CHROMIUM, packages: ['chromium', 'fonts-noto-cjk'] },
  { program: INKSCAPE, packages: ['inkscape'] },
];

/** As root on Debian we install what is missing, as the README says; otherwise we say how. */
function ensureDebianTools(): boolean {
  const missing = DEBIAN_TOOLS.filter((tool) => !existsSync(tool.program)).flatMap(
    (tool) => tool.packages,
  );
  if (missing.length === 0) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing Debian's ${missing.join(', ')} for the tests…`);
    if (
      run('apt-get', ['update', '-qq']) === 0 &&
      run('apt-get', ['install', '-y', '-qq', ...missing]) === 0
    )
      return true;
  }
  console.error(
    `The tests need Debian's ${missing.join(', ')}: run  sudo apt-get install -y ${missing.join(' ')}`,
  );
  return false;
}

function browserTests(): Tally {
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
if (!ensureDebianTools()) tallies.push({ passed: 0, failed: 1 });
else {
  if (only !== '--e2e') tallies.push(unitTests());
  if (only !== '--unit') tallies.push(browserTests());
}
const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
const failed = tallies.reduce((sum, t) => sum + t.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
