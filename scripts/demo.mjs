#!/usr/bin/env node
// `npm start`: the CLI on the two example projects. examples/valid must pass (exit 0) and
// examples/broken must fail with problems (exit 1). Plain Node, so it runs the same on Windows.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const expectations = [['examples/valid', 0], ['examples/broken', 1]];
let failed = false;
for (const [dir, expected] of expectations) {
  const { status } = spawnSync(process.execPath, [cli, 'check', dir], { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  if (status !== expected) {
    console.error(`check ${dir}: exit ${status}, expected ${expected} · 退出码 ${status}，应为 ${expected}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
