import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineAppJson, defineComponentJson, definePageJson } from './define.js';
import type { TabBarItem } from './types.js';
import { validateAppJson } from './app/validate.js';
import { validateComponentJson } from './component/validate.js';
import { validatePageJson } from './page/validate.js';

describe('define helpers', () => {
  it('return their argument unchanged (same object)', () => {
    const app = { pages: ['pages/index/index'] };
    expect(defineAppJson(app)).toBe(app);
    const page = { navigationBarTitleText: 'Home' };
    expect(definePageJson(page)).toBe(page);
    const component = { component: true as const };
    expect(defineComponentJson(component)).toBe(component);
  });

  it('keep literal paths literal', () => {
    const app = defineAppJson({ pages: ['pages/index/index', 'pages/logs/logs'], tabBar: { list: [{ pagePath: 'pages/index/index' }, { pagePath: 'pages/logs/logs' }] } });
    expectTypeOf(app.pages).toEqualTypeOf<['pages/index/index', 'pages/logs/logs']>();
    expectTypeOf(app.tabBar.list[0].pagePath).toEqualTypeOf<'pages/index/index'>();
    const component = defineComponentJson({ component: true, usingComponents: { card: '/components/card/card' } });
    expectTypeOf(component.usingComponents.card).toEqualTypeOf<'/components/card/card'>();
    const page = definePageJson({ navigationStyle: 'custom', enablePullDownRefresh: true });
    expectTypeOf(page.navigationStyle).toEqualTypeOf<'custom'>();
  });

  it('reject what the schemas reject, at compile time', () => {
    // @ts-expect-error pages is required
    defineAppJson({});
    // @ts-expect-error not a navigationStyle value
    definePageJson({ navigationStyle: 'floating' });
    // @ts-expect-error a component json must say component: true
    defineComponentJson({ component: false });
    // @ts-expect-error usingComponents values are paths (strings)
    definePageJson({ usingComponents: { card: 1 } });
    // @ts-expect-error a misspelt top-level key (window)
    defineAppJson({ pages: ['pages/index/index'], windw: {} });
    // @ts-expect-error a misspelt top-level key (navigationBarTitleText)
    definePageJson({ navigationBarTitleTxt: 'Home' });
    // @ts-expect-error a misspelt top-level key (usingComponents)
    defineComponentJson({ component: true, usingComponent: {} });
  });

  it('reject a misspelt key at any depth, and keep literals where there is none', () => {
    const tab = { pagePath: 'pages/index/index', text: 'Home' } as const;
    // @ts-expect-error tabBar.list[0].txt (text)
    defineAppJson({ pages: ['pages/index/index'], tabBar: { list: [{ pagePath: 'pages/index/index', txt: 'Home' }, tab] } });
    // @ts-expect-error subpackages[0].indepedent (independent)
    defineAppJson({ pages: ['pages/index/index'], subpackages: [{ root: 'pkg', pages: [], indepedent: true }] });
    // @ts-expect-error permission['scope.userLocation'].dsc (desc)
    defineAppJson({ pages: ['pages/index/index'], permission: { 'scope.userLocation': { dsc: 'For the map' } } });
    // @ts-expect-error window.navigationBarTitleTxt (navigationBarTitleText)
    defineAppJson({ pages: ['pages/index/index'], window: { navigationBarTitleTxt: 'Home' } });
    const app = defineAppJson({ pages: ['pages/index/index'], window: { navigationBarTextStyle: '@navText' }, permission: { 'scope.userLocation': { desc: 'For the map' } } });
    expectTypeOf(app.window.navigationBarTextStyle).toEqualTypeOf<'@navText'>();
    expectTypeOf(app.permission['scope.userLocation'].desc).toEqualTypeOf<'For the map'>();
  });

  it('reject a tab bar of 1 or of more than 5 tabs (10 with custom: true)', () => {
    const tab = { pagePath: 'pages/index/index', text: 'Home' } as const;
    // @ts-expect-error one tab
    defineAppJson({ pages: ['pages/index/index'], tabBar: { list: [tab] } });
    // @ts-expect-error six tabs without custom: true
    defineAppJson({ pages: ['pages/index/index'], tabBar: { list: [tab, tab, tab, tab, tab, tab] } });
    // @ts-expect-error eleven tabs with custom: true
    defineAppJson({ pages: ['pages/index/index'], tabBar: { custom: true, list: [tab, tab, tab, tab, tab, tab, tab, tab, tab, tab, tab] } });
    defineAppJson({ pages: ['pages/index/index'], tabBar: { list: [tab, tab, tab, tab, tab] } });
    defineAppJson({ pages: ['pages/index/index'], tabBar: { custom: true, list: [tab, tab, tab, tab, tab, tab] } });
    const list: TabBarItem[] = [tab];
    // A list whose length is not known at compile time is left to the validator.
    defineAppJson({ pages: ['pages/index/index'], tabBar: { list } });
  });

  it('produce config the validators accept', () => {
    expect(validateAppJson(defineAppJson({ pages: ['pages/index/index'], window: { navigationBarTextStyle: 'black' } })).valid).toBe(true);
    expect(validatePageJson(definePageJson({ usingComponents: {}, navigationBarBackgroundColor: '#ffffff' })).diagnostics).toEqual([]);
    expect(validateComponentJson(defineComponentJson({ component: true, styleIsolation: 'apply-shared' })).diagnostics).toEqual([]);
  });
});
