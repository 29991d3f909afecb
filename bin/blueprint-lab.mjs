#!/usr/bin/env node
// The command line is written in TypeScript; tsx compiles it on the fly so that
// `npx blueprint-lab` works straight after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

// Exit statuses documented in src/cli/io.ts (EXIT) and the README.
const CLOSED_PIPE = 141;
const OUTPUT_FAILED = 4;
const INTERNAL = 70;

// A reader that stops early (`blueprint-lab schema | head -1`) closes the pipe: end at
// once and quietly, with the status a shell gives a program killed by SIGPIPE (Node
// ignores that signal and reports EPIPE instead). Any other failure to write is exit 4.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(CLOSED_PIPE);
    if (stream === process.stdout)
      process.stderr.write(`blueprint-lab: cannot write the output: ${error.message}\n`);
    process.exit(OUTPUT_FAILED);
  });
}

try {
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
  });
} catch (error) {
  // main() reports its own errors; this is for the program failing to load at all.
  process.stderr.write(`blueprint-lab: internal error: ${error?.message ?? error}\n`);
  if (process.env.BLUEPRINT_LAB_DEBUG === '1' && error?.stack)
    process.stderr.write(`${error.stack}\n`);
  process.exitCode = INTERNAL;
}
