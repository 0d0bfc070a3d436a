/**
 * The API reference (docs/api/, TypeDoc + typedoc-plugin-markdown, settings in typedoc.json), generated
 * into a temporary folder for the freshness check. Fix when stale: `npm run build:api`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const API_DIR = 'docs/api';

function typedocBin() {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('typedoc/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  return path.join(path.dirname(manifest), typeof bin === 'string' ? bin : bin.typedoc);
}

function filesUnder(dir) {
  if (!existsSync(dir)) return new Map();
  return new Map(readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return [path.relative(dir, full).split(path.sep).join('/'), readFileSync(full, 'utf8')];
    }));
}

/** `{ file, problem }` for each file of docs/api that is missing, outdated or no longer generated. */
export function staleApiDocs(root) {
  const out = mkdtempSync(path.join(tmpdir(), 'mps-api-'));
  try {
    execFileSync(process.execPath, [typedocBin(), '--out', out, '--logLevel', 'Error'], { cwd: root, stdio: 'pipe' });
    const expected = filesUnder(out);
    const committed = filesUnder(path.join(root, API_DIR));
    const stale = [];
    for (const [file, text] of expected) {
      const name = `${API_DIR}/${file}`;
      if (!committed.has(file)) stale.push({ file: name, problem: 'missing' });
      else if (committed.get(file) !== text) stale.push({ file: name, problem: 'outdated' });
    }
    for (const file of committed.keys()) if (!expected.has(file)) stale.push({ file: `${API_DIR}/${file}`, problem: 'orphan' });
    return stale;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
