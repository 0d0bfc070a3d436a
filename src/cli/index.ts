#!/usr/bin/env node
/** The `miniprogram-schema` executable (built to dist/cli.js). */
import { localeFromEnv } from '../locales/index.js';
import { run } from './run.js';

// `miniprogram-schema check | head` closes the pipe early: stop quietly instead of crashing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  locale: localeFromEnv(process.env),
});
process.exitCode = code;
await flushed(process.stdout);
await flushed(process.stderr);
// Left to itself, Node waits for V8's background work (concurrent GC sweeping, compilation) before it
// exits: 50–100 ms after a big check on a busy machine. The output is written by now, so leave.
process.exit(code);

/** Resolves once everything written to `stream` so far has been handed to the system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write('', () => resolve());
  });
}
