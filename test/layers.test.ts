/** Imports in src/ point down the layers (ARCHITECTURE.md) and no two folders import each other. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without declarations
import { checkLayers, layerOf } from '../scripts/check-layers.mjs';

describe('module layers', () => {
  const { unlayered, upward, cycles } = checkLayers();

  it('places every module of src/ in a layer', () => {
    expect(unlayered).toEqual([]);
  });

  it('has no import from a lower layer to a higher one', () => {
    expect(upward).toEqual([]);
  });

  it('has no import cycle between src/ folders', () => {
    expect(cycles).toEqual([]);
  });

  it('tells a kind folder\'s schemas, rules and validator apart', () => {
    expect(['app/window.ts', 'app/rules.ts', 'app/rules/pages-empty.ts', 'app/validate.ts', 'validate/validate.ts', 'zod-adapter.ts'].map(layerOf))
      .toEqual(['schemas', 'rules', 'rules', 'validators', 'engine', 'foundation']);
  });
});

describe('zod internals', () => {
  it('are read in src/zod-adapter.ts only', () => {
    const src = new URL('../src/', import.meta.url);
    const readers = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'zod-adapter.ts')
      .filter((file) => /\._zod\b|\['~standard'\]|globalRegistry/.test(readFileSync(new URL(file, src), 'utf8')));
    expect(readers).toEqual([]);
  });
});
