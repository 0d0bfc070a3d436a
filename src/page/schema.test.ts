import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { windowShape } from '../app/window.js';
import type { Diagnostic } from '../diagnostics.js';
import { knownKeys } from '../validate/schema-walk.js';
import { themeablePaths } from '../validate/theme.js';
import { expectDocumented } from './expect-documented.js';
import { pageJsonSchema } from './schema.js';
import { validatePageJson } from './validate.js';

const check = (value: unknown) => validatePageJson(value).diagnostics;
/** `severity:code:path` of each diagnostic, sorted: the order of findings is not part of the contract. */
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.severity}:${d.code}:${d.path.join('.')}`).sort();

/** Top-level keys of WeChat's page schema (miniprogram-ci 2.1.42), without the two it builds internally. */
const WECHAT_PAGE_KEYS = [
  'enablePassiveEvent', 'style', 'componentPlaceholder', 'mini-ios', 'mini-android', 'mini-ohos', 'mini-weixin',
  'disableScroll', 'disableSwipeBack', 'usingComponents', 'renderer', 'rendererOptions', 'component', 'componentGenerics',
  'singlePage', 'componentFramework', 'styleIsolation', 'pureDataPattern', ...Object.keys(windowShape),
];

describe('pageJsonSchema', () => {
  it('knows every key of WeChat\'s page schema, and $schema for editors', () => {
    expect(knownKeys(pageJsonSchema).sort()).toEqual(['$schema', ...WECHAT_PAGE_KEYS].sort());
  });

  it('documents every field in both languages, with a link and one doc per enum value', () => {
    expectDocumented(pageJsonSchema);
    expect(() => expectDocumented(z.strictObject({ undocumented: z.string() }))).toThrow();
  });

  it('accepts a page that uses every page-only key', () => {
    expect(check({
      navigationBarTitleText: '详情', navigationStyle: 'custom', enablePullDownRefresh: true,
      usingComponents: { 'nav-bar': '/components/nav-bar/nav-bar', card: '../card/card', chart: 'plugin://charts/line' },
      style: 'v2', singlePage: { navigationBarFit: 'squeezed' }, disableScroll: true, disableSwipeBack: false,
      enablePassiveEvent: { touchstart: true, wheel: false }, renderer: 'skyline', componentFramework: 'glass-easel',
      rendererOptions: { skyline: { defaultDisplayBlock: true, sdkVersionBegin: '3.0.1', sdkVersionEnd: '15.255.255' } },
      componentPlaceholder: { card: 'view' }, component: true, componentGenerics: { selectable: true, item: { default: '/components/item/item' } },
      styleIsolation: 'page-apply-shared', pureDataPattern: '^_',
      'mini-ios': { navigationBarTitleText: 'iOS' }, 'mini-weixin': { disableScroll: false },
    })).toEqual([]);
    expect(check({ enablePassiveEvent: true, renderer: 'xr-frame' })).toEqual([]);
  });

  it('reports wrong types and values as errors, where WeChat does', () => {
    expect(codes(check({ usingComponents: { card: 1 }, disableScroll: 'true', component: 'true', onReachBottomDistance: '50' }))).toEqual([
      'error:invalid-type:usingComponents.card', 'error:invalid-type:disableScroll', 'error:invalid-type:component', 'error:invalid-type:onReachBottomDistance',
    ].sort());
    expect(codes(check({ style: 'default', renderer: 'native', styleIsolation: 'global', singlePage: { navigationBarFit: 'fixed' } }))).toEqual([
      'error:invalid-value:style', 'error:invalid-value:renderer', 'error:invalid-value:styleIsolation', 'error:invalid-value:singlePage.navigationBarFit',
    ].sort());
    expect(codes(check({ componentGenerics: { a: false } }))).toEqual(['error:invalid-value:componentGenerics.a']);
    expect(codes(check({ navigationBarBackgroundColor: 'white' }))).toEqual(['error:invalid-color:navigationBarBackgroundColor']);
  });

  // WeChat's schema lists null for a generic, but its compiler then stops: "should be boolean/object".
  it('rejects a null generic, as WeChat\'s compiler does', () => {
    expect(codes(check({ componentGenerics: { a: null } }))).toEqual(['error:invalid-value:componentGenerics.a']);
  });

  it('warns on unknown keys, also inside nested blocks and platform overrides', () => {
    expect(codes(check({
      enableShareAppMessage: true, singlePage: { x: 1 }, 'mini-wechat': {}, 'mini-weixin': { foo: 1 }, virtualHost: true, pageJSONDark: {},
    }))).toEqual([
      'warning:unknown-key:enableShareAppMessage', 'warning:unknown-key:mini-wechat', 'warning:unknown-key:virtualHost',
      'warning:unknown-key:pageJSONDark', 'warning:unknown-key:singlePage.x', 'warning:unknown-key:mini-weixin.foo',
    ].sort());
  });

  it('warns (not errors) on app-only keys such as tabBar or pages, saying they belong in app.json', () => {
    expect(codes(check({ pages: ['a'], tabBar: {} }))).toEqual(['warning:app-key-in-page:pages', 'warning:app-key-in-page:tabBar']);
  });

  it('accepts @variables on the window colour fields only', () => {
    const themeable = themeablePaths(pageJsonSchema).map((p) => p.join('.'));
    expect(themeable.filter((p) => !p.startsWith('mini-')).sort()).toEqual([
      'backgroundColor', 'backgroundColorBottom', 'backgroundColorContent', 'backgroundColorTop',
      'backgroundTextStyle', 'navigationBarBackgroundColor', 'navigationBarTextStyle',
    ]);
    expect(check({ navigationBarBackgroundColor: '@navBg', backgroundTextStyle: '@bgText' })).toEqual([]);
    expect(codes(check({ navigationStyle: '@nav', disableScroll: '@x' }))).toEqual([
      'error:theme-variable-not-allowed:navigationStyle', 'error:invalid-type:disableScroll',
    ].sort());
  });

  it('resolves @variables against theme.json in both modes', () => {
    const r = validatePageJson({ navigationBarBackgroundColor: '@bg' }, { theme: { light: { bg: '#ffffff' }, dark: { bg: 'black' } } });
    expect(codes(r.diagnostics)).toEqual(['error:theme-variable-invalid:navigationBarBackgroundColor']);
  });
});
