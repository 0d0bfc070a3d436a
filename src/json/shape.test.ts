import { describe, expect, it } from 'vitest';
import { measureValue, offsetBeyondDepth, pathBeyondDepth } from './shape.js';

describe('measureValue', () => {
  it('counts keys at every level, including __proto__ as a plain key', () => {
    expect(measureValue(JSON.parse('{"a":{"b":1,"c":[{"d":2}]},"__proto__":{"e":3}}'))).toEqual({ keys: 6, tooDeep: false });
    expect(measureValue('text')).toEqual({ keys: 0, tooDeep: false });
  });

  it('flags nesting beyond the limit and cycles', () => {
    expect(measureValue([[[1]]], 3).tooDeep).toBe(false);
    expect(measureValue([[[[1]]]], 3).tooDeep).toBe(true);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(measureValue(cyclic).tooDeep).toBe(true);
  });
});

describe('pathBeyondDepth', () => {
  it('gives the path of the first container past the limit', () => {
    expect(pathBeyondDepth({ a: 1, b: [{ c: { d: {} } }] }, 3)).toEqual(['b', 0, 'c']);
    expect(pathBeyondDepth({ a: { b: 1 } }, 3)).toBeUndefined();
  });
});

describe('offsetBeyondDepth', () => {
  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(offsetBeyondDepth('{"a":"[[[\\"[["}', 1)).toBe(-1);
    expect(offsetBeyondDepth('{"a":[{}]}', 2)).toBe(6);
    expect(offsetBeyondDepth('[[[', 2)).toBe(2);
  });
});
