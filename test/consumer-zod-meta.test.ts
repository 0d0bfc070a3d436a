/**
 * The package must leave the user's zod alone: a consumer with its own `GlobalMeta` augmentation
 * (`since?: number`) and its own `.meta({ en: 42 })` compiles with every entry of the built package imported,
 * and the package's docs do not land in zod's global registry.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { appJsonSchema, windowSchema } from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const ENTRIES = Object.keys((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports)
  .filter((entry) => !entry.includes('*') && !entry.endsWith('.json'))
  .map((entry) => `miniprogram-schema${entry.slice(1)}`);

const CONSUMER = `${ENTRIES.map((entry, i) => `import * as entry${i} from '${entry}';`).join('\n')}
import * as z from 'zod';

declare module 'zod' {
  interface GlobalMeta {
    since?: number;
  }
}

export const mine = z.string().meta({ since: 3, en: 42 });
export const used = [${ENTRIES.map((_, i) => `entry${i}`).join(', ')}];
`;

/** A throwaway project that installs the built package (package.json + dist) beside this repository's zod. */
function consumerProject(): string {
  const dir = path.join(ROOT, '.tmp', 'consumer-zod-meta');
  rmSync(dir, { recursive: true, force: true });
  const pkg = path.join(dir, 'node_modules', 'miniprogram-schema');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(path.join(pkg, 'package.json'), readFileSync(path.join(ROOT, 'package.json')));
  symlinkSync(DIST, path.join(pkg, 'dist'), 'dir');
  for (const dep of ['zod', '@types']) symlinkSync(path.join(ROOT, 'node_modules', dep), path.join(dir, 'node_modules', dep), 'dir');
  writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: ['node'] },
    files: ['consumer.ts'],
  }));
  return dir;
}

describe('the user\'s zod', () => {
  it('holds none of the package\'s docs in its global registry', () => {
    expect(z.globalRegistry.get(appJsonSchema)).toBeUndefined();
    expect(z.globalRegistry.get(windowSchema)).toBeUndefined();
  });

  it.skipIf(!existsSync(path.join(DIST, 'index.d.ts')))('keeps its own GlobalMeta augmentation working with every entry imported (tsc, skipLibCheck false)', () => {
    const dir = consumerProject();
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'lib', 'tsc.js');
    const run = spawnSync(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    expect(`${run.stdout}${run.stderr}`).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);
});
