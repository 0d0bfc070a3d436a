// Packs the package as npm would and checks the tarball with publint and @arethetypeswrong/cli:
// every export must resolve, in ESM and CJS, with its own types. Zero problems or a non-zero exit.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'pipe', encoding: 'utf8', ...opts });
// No shell, on Windows too: npm and the checkers are run as Node scripts (npm.cmd needs a shell there).
const node = (script, args) => run(process.execPath, [script, ...args]);
const require = createRequire(import.meta.url);

/** The JS file behind a devDependency's executable (found like `require` would; its `exports` may hide package.json). */
function binOf(pkg, name) {
  const manifest = require.resolve.paths(pkg).map((dir) => path.join(dir, pkg, 'package.json')).find((file) => existsSync(file));
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  return path.join(path.dirname(manifest), typeof bin === 'string' ? bin : bin[name]);
}

/** npm's own CLI script: the one running us (`npm run`), else the one beside this Node. */
function npmCli() {
  if (process.env.npm_execpath?.endsWith('.js')) return process.env.npm_execpath;
  return path.join(path.dirname(process.execPath), process.platform === 'win32' ? '' : '../lib', 'node_modules/npm/bin/npm-cli.js');
}
const dir = mkdtempSync(path.join(tmpdir(), 'mps-pack-'));
let failed = false;
try {
  const [{ filename, files }] = JSON.parse(node(npmCli(), ['pack', '--json', '--pack-destination', dir]));
  const tarball = path.join(dir, filename);
  console.log(`packed ${filename}: ${files.length} files`);
  for (const [name, args] of [
    ['publint', [binOf('publint', 'publint'), 'run', tarball, '--strict']],
    // All resolutions, node10 included (served by `typesVersions`).
    ['attw', [binOf('@arethetypeswrong/cli', 'attw'), tarball, '--format', 'table-flipped']],
  ]) {
    try {
      const [script, ...rest] = args;
      const out = node(script, rest);
      console.log(`${name}: ok\n${out.trim()}`);
    } catch (error) {
      failed = true;
      console.error(`${name}: problems\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
