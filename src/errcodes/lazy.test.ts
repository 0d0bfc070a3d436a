import { describe, expect, it } from 'vitest';

// A fresh module graph per test: the catalogue must not be parsed until the first lookup.
describe('lazy loading', () => {
  it('parses the table on the first describeErrcode call only', async () => {
    const { ERRCODE, isCatalogueLoaded, describeErrcode } = await import('./index.js');
    expect(ERRCODE.INVALID_CODE).toBe(40029);
    expect(isCatalogueLoaded()).toBe(false);
    describeErrcode(ERRCODE.INVALID_CODE);
    expect(isCatalogueLoaded()).toBe(true);
  });
});
