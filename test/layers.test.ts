/** Imports in src/ point down the layers (ARCHITECTURE.md) and no two folders import each other. */
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
    expect(['app/window.ts', 'app/rules.ts', 'app/validate.ts', 'validate/validate.ts', 'zod-adapter.ts'].map(layerOf))
      .toEqual(['schemas', 'rules', 'validators', 'engine', 'foundation']);
  });
});
