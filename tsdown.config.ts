import { defineConfig } from 'tsdown';

// The library ships ESM and CJS, each with its own declarations; bundlers targeting browsers get an ESM
// build of the root without `node:` imports (same declarations); the CLI is an ESM-only executable.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      code2session: 'src/code2session/index.ts',
      errcodes: 'src/errcodes/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'node',
    target: 'node20',
    clean: true,
  },
  {
    entry: { 'index.browser': 'src/index.browser.ts' },
    format: ['esm'],
    dts: false,
    platform: 'browser',
    target: 'es2022',
    clean: false,
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    // One self-contained file: Node's ES module loader links zod's many small modules slowly, and a
    // cold `check` pays for that on every CI run. jsonc-parser's default build is UMD; use its ESM one.
    noExternal: [/.*/],
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    platform: 'node',
    target: 'node20',
    clean: false,
  },
]);
