import { describe, expect, it } from 'vitest';
import { closest } from './suggest.js';

describe('closest (did-you-mean)', () => {
  it('suggests a candidate within the distance limit, ignoring case', () => {
    expect(closest('windw', ['window', 'pages'])).toBe('window');
    expect(closest('WINDOW', ['window'])).toBe('window');
    expect(closest('navigationbartitletext', ['navigationBarTitleText'])).toBe('navigationBarTitleText');
  });

  it('allows one edit up to five letters, one per three letters beyond, never more than three', () => {
    // 4 letters: limit 1.
    expect(closest('wndw', ['window'])).toBeUndefined();
    expect(closest('pags', ['pages'])).toBe('pages');
    // 6 letters: limit 2.
    expect(closest('abcdxy', ['abcdef'])).toBe('abcdef');
    expect(closest('abcxyz', ['abcdef'])).toBeUndefined();
    // 9 letters: limit 3.
    expect(closest('abcdefxyz', ['abcdefghi'])).toBe('abcdefghi');
    expect(closest('abcdewxyz', ['abcdefghi'])).toBeUndefined();
    // 15 letters: still 3.
    expect(closest('abcdefghijkwxyz', ['abcdefghijklmno'])).toBeUndefined();
    expect(closest('abcdefghijklxyz', ['abcdefghijklmno'])).toBe('abcdefghijklmno');
  });

  it('picks the nearest candidate, the first of equals, and never the word itself', () => {
    expect(closest('colr', ['colour', 'color'])).toBe('color');
    expect(closest('cat', ['bat', 'hat'])).toBe('bat');
    expect(closest('window', ['window'])).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
});
