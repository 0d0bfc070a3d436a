import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function bundledInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((item) => item.path));
  return [...Object.keys(result.metafile.inputs), ...imports];
}

// Client bundles import the root: it must not pull node:crypto or the 1,870-code table.
describe('entry points', () => {
  it('the root entry reaches neither code2session, errcodes nor node:crypto', async () => {
    const inputs = await bundledInputs('src/index.ts');
    expect(inputs.filter((path) => /src\/(code2session|errcodes)\/|node:crypto|^crypto$/.test(path))).toEqual([]);
  });

  it('the code2session entry does use node:crypto (the check above can see it)', async () => {
    expect(await bundledInputs('src/code2session/index.ts')).toContain('node:crypto');
  });

  it('the errcodes entry does not need node:crypto or zod', async () => {
    const inputs = await bundledInputs('src/errcodes/index.ts');
    expect(inputs.filter((path) => /node:crypto|zod|src\/code2session\//.test(path))).toEqual([]);
  });
});
