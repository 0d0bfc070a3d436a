// Packs the package as npm would and checks the tarball with publint and @arethetypeswrong/cli:
// every export must resolve, in ESM and CJS, with its own types. Zero problems or a non-zero exit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'pipe', encoding: 'utf8', ...opts });
const dir = mkdtempSync(path.join(tmpdir(), 'mps-pack-'));
let failed = false;
try {
  const [{ filename, files }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir]));
  const tarball = path.join(dir, filename);
  console.log(`packed ${filename}: ${files.length} files`);
  for (const [name, args] of [
    ['publint', ['publint', 'run', tarball, '--strict']],
    // All resolutions, node10 included (served by `typesVersions`).
    ['attw', ['attw', tarball, '--format', 'table-flipped']],
  ]) {
    try {
      const out = run('npx', ['--no-install', ...args]);
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
