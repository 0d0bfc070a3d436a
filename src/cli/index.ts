#!/usr/bin/env node
/** The `miniprogram-schema` executable (built to dist/cli.js). */
import { localeFromEnv } from '../locales/index.js';
import { run } from './run.js';

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  locale: localeFromEnv(process.env),
});
process.exitCode = code;
