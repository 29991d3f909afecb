/**
 * Writes the synthetic logs of data/logs/ (all SYNTHETIC, generated from known
 * parameters; docs/calibration-logs.md states them):
 *
 *   counter-deposit-tickets.csv  queue-ticket log for blueprints/counter-deposit.json
 *   loan-application-events.csv  event log for blueprints/loan-application.json
 *   messy-tickets-gbk.csv        a messy queue log in GBK, each problem on a known row
 *   messy-tickets-bom.csv        a messy queue log in UTF-8 with a byte-order mark
 *
 *   npx tsx scripts/generate-logs.ts            write them (the same bytes every time)
 *   npx tsx scripts/generate-logs.ts --check    exit 1 when a file differs from its generator
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOG_FILES } from './logs/logFiles.ts';

const DIR = join(import.meta.dirname, '..', 'data', 'logs');

const check = process.argv.includes('--check');
let stale = 0;
for (const [name, make] of Object.entries(LOG_FILES)) {
  const path = join(DIR, name);
  const bytes = make();
  if (check) {
    let current: Uint8Array | undefined;
    try {
      current = readFileSync(path);
    } catch {
      current = undefined;
    }
    if (current === undefined || Buffer.compare(Buffer.from(current), Buffer.from(bytes)) !== 0) {
      console.error(`${name}: differs from its generator (npx tsx scripts/generate-logs.ts)`);
      stale++;
    }
  } else {
    writeFileSync(path, bytes);
    console.log(`${name}: ${bytes.length} bytes`);
  }
}
if (stale > 0) process.exit(1);
