import { describe, expect, it } from 'vitest';
import { validateAppJson } from '../index.js';
import { memo, withMemo } from './memo.js';

describe('memo', () => {
  it('computes once per subject and kind inside a scope', () => {
    let calls = 0;
    const count = (o: object) => ++calls + Object.keys(o).length;
    const a = { x: 1 };
    const b = { x: 1 };
    withMemo(() => {
      expect(memo('k', a, count)).toBe(memo('k', a, count));
      memo('k', b, count);
      memo('other', a, count);
    });
    expect(calls).toBe(3);
  });

  it('caches nothing outside a scope, so a mutated value is seen afresh', () => {
    let calls = 0;
    const a = { x: 1 };
    memo('k', a, () => ++calls);
    memo('k', a, () => ++calls);
    expect(calls).toBe(2);
  });

  it('lets a validator see a value that changed since the last validation', () => {
    const app = { pages: ['pages/a/index'] as string[] };
    expect(validateAppJson(app).valid).toBe(true);
    app.pages.push('pages/a/index');
    expect(validateAppJson(app).diagnostics.map((d) => d.code)).toContain('duplicate-page');
  });
});
