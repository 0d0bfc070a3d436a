import { defineConfig } from 'tsdown';

// The library ships ESM and CJS, each with its own declarations, one output file per source module
// (`unbundle`): with `"sideEffects": false` a bundler then keeps only the modules a program imports,
// so `import { validateSitemapJson }` does not carry app.json's schemas and rules. `index.browser` is
// the root without `node:` imports, for bundlers targeting browsers (same declarations as the root).
// The CLI is an ESM-only executable.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'index.browser': 'src/index.browser.ts',
      code2session: 'src/code2session/index.ts',
      errcodes: 'src/errcodes/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    unbundle: true,
    platform: 'node',
    target: 'node20',
    clean: true,
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
