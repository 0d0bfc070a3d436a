// The CLI ships as one self-contained file (faster cold start), so @babel/code-frame, picocolors and picomatch
// are build-time dependencies only. Runs on the build `npm test` makes first.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe.skipIf(!existsSync(CLI))('dist/cli.js', () => {
  it('imports nothing but Node built-ins', () => {
    const specifiers = [...readFileSync(CLI, 'utf8').matchAll(/^import\s[^'"]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]);
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.filter((s) => !s!.startsWith('node:'))).toEqual([]);
  });

  it('leaves the CLI-only libraries out of the runtime dependencies', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['image-size', 'jsonc-parser', 'zod']);
  });
});
