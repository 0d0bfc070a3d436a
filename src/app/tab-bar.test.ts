import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics.js';
import { expectDocumented } from '../page/expect-documented.js';
import { themeablePaths } from '../validate/theme.js';
import { validateConfig } from '../validate/validate.js';
import { tabBarItemSchema, tabBarSchema } from './tab-bar.js';

const check = (value: unknown) => validateConfig({ schema: tabBarSchema }, value).diagnostics;
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.severity}:${d.code}:${d.path.join('.')}`);
const tab = (n: number) => ({ pagePath: `pages/tab${n}/index`, text: `Tab ${n}` });
const tabs = (count: number) => Array.from({ length: count }, (_, i) => tab(i));

describe('tabBarSchema', () => {
  it('documents every field in both languages, with a link and one doc per enum value', () => {
    expectDocumented(tabBarSchema);
  });

  it('accepts a complete tab bar', () => {
    expect(check({
      color: '#7A7E83', selectedColor: '#3cc51f', backgroundColor: '#ffffff', borderStyle: 'white', position: 'bottom', custom: false,
      list: [
        { pagePath: 'pages/index/index', text: '首页', iconPath: 'images/home.png', selectedIconPath: 'images/home-on.png' },
        { pagePath: 'pages/me/index', text: '我的', iconPath: 'images/me.png', selectedIconPath: 'images/me-on.png', renderer: 'skyline' },
      ],
    })).toEqual([]);
  });

  // WeChat's schema requires only `list` and item `pagePath` (reference §12): the colours and text may be left out.
  it('requires list and each pagePath, as WeChat does', () => {
    expect(check({ list: [{ pagePath: 'a' }, { pagePath: 'b' }] })).toEqual([]);
    expect(codes(check({ color: '#000000' }))).toEqual(['error:missing-key:list']);
    expect(codes(check({ list: [{ text: 'a' }, tab(1)] }))).toEqual(['error:missing-key:list.0.pagePath']);
  });

  it('bounds the list at 2 to 10 tabs (10 is the custom tab bar limit)', () => {
    expect(codes(check({ list: tabs(1) }))).toEqual(['error:too-small:list']);
    expect(codes(check({ list: tabs(11), custom: true }))).toEqual(['error:too-big:list']);
    expect(check({ list: tabs(10), custom: true })).toEqual([]);
  });

  it('reports wrong types and enum values as errors, colour formats as warnings (WeChat does not check them)', () => {
    expect(codes(check({ list: tabs(2), borderStyle: 'gray', position: 'left', custom: 'true', color: 'gray' }))).toEqual([
      'warning:invalid-color:color', 'error:invalid-value:borderStyle', 'error:invalid-value:position', 'error:invalid-type:custom',
    ]);
    expect(codes(check({ list: tabs(2), color: 1 }))).toEqual(['error:invalid-type:color']);
    expect(codes(check({ list: [{ pagePath: 1, text: 'a' }, tab(2)] }))).toEqual(['error:invalid-type:list.0.pagePath']);
  });

  it('warns on unknown keys in the bar and in a tab', () => {
    expect(codes(check({ list: [{ ...tab(0), badge: '1' }, tab(1)], 'box-shadow': '0 0 6px 0' }))).toEqual([
      'warning:unknown-key:list.0.badge', 'warning:unknown-key:box-shadow',
    ]);
  });

  it('accepts @variables exactly on the DarkMode fields', () => {
    expect(themeablePaths(tabBarSchema).map((p) => p.join('.')).sort()).toEqual(
      ['backgroundColor', 'borderStyle', 'color', 'list.*.iconPath', 'list.*.selectedIconPath', 'selectedColor'],
    );
    expect(check({
      color: '@c', selectedColor: '@s', backgroundColor: '@b', borderStyle: '@border',
      list: [{ pagePath: 'a', text: 'A', iconPath: '@i', selectedIconPath: '@si' }, tab(1)],
    })).toEqual([]);
    expect(codes(check({ list: [{ pagePath: '@page', text: 'A' }, tab(1)], position: '@pos' }))).toEqual(['error:theme-variable-not-allowed:position']);
  });

  it('offers editor snippets for a tab and for a whole bar, which validate once filled in', () => {
    const fill = (body: unknown) => JSON.parse(JSON.stringify(body).replace(/\$\{\d+:([^}]*)\}/g, '$1'));
    const item = tabBarItemSchema.meta()?.snippets?.[0]?.body;
    expect(Object.keys(item as object)).toEqual(['pagePath', 'text', 'iconPath', 'selectedIconPath']);
    expect(tabBarItemSchema.safeParse(fill(item)).success).toBe(true);
    expect(check(fill(tabBarSchema.meta()?.snippets?.[0]?.body))).toEqual([]);
  });
});
