import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics.js';
import { expectDocumented } from '../page/expect-documented.js';
import { themeablePaths } from '../validate/theme.js';
import { validateConfig } from '../validate/validate.js';
import { windowSchema, windowShape } from './window.js';

const check = (value: unknown) => validateConfig({ schema: windowSchema }, value).diagnostics;
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.severity}:${d.code}:${d.path.join('.')}`);

/** The fields where WeChat resolves `@variable` references (§8.2, plus backgroundColorContent: see window.ts). */
const THEMEABLE = [
  'navigationBarBackgroundColor', 'navigationBarTextStyle', 'backgroundColor', 'backgroundColorContent',
  'backgroundTextStyle', 'backgroundColorTop', 'backgroundColorBottom',
];

/** Every key of WeChat's own window schema (IWindow in miniprogram-ci 2.1.42). */
const WECHAT_WINDOW_KEYS = [
  'backgroundColorTop', 'backgroundColorBottom', 'backgroundColorContent', 'backgroundColor', 'enablePullDownRefresh',
  'navigationBarTextStyle', 'navigationBarTitleText', 'navigationStyle', 'backgroundTextStyle', 'onReachBottomDistance',
  'pageOrientation', 'navigationBarBackgroundColor', 'renderingMode', 'restartStrategy', 'visualEffectInBackground',
  'initialRenderingCache', 'handleWebviewPreload', 'homeButton',
];

describe('windowSchema', () => {
  it('knows exactly the keys of WeChat\'s window schema', () => {
    expect(Object.keys(windowShape).sort()).toEqual([...WECHAT_WINDOW_KEYS].sort());
  });

  it('documents every field in both languages, with a link and one doc per enum value', () => {
    expectDocumented(windowSchema);
  });

  it('accepts a window that sets every field', () => {
    expect(check({
      navigationBarBackgroundColor: '#ffffff', navigationBarTextStyle: 'black', navigationBarTitleText: '首页',
      navigationStyle: 'custom', homeButton: true, backgroundColor: '#eeeeee', backgroundColorContent: '#00000000',
      backgroundTextStyle: 'light', backgroundColorTop: '#fff', backgroundColorBottom: '#fff3d0c2',
      enablePullDownRefresh: true, onReachBottomDistance: 50, pageOrientation: 'auto', restartStrategy: 'homePageAndLatestPage',
      initialRenderingCache: 'capture', visualEffectInBackground: 'hidden', handleWebviewPreload: 'manual', renderingMode: 'seperated',
    })).toEqual([]);
  });

  it('reports a wrong type as an error, with a hint for a quoted number', () => {
    const [d] = check({ onReachBottomDistance: '50' });
    expect(d).toMatchObject({ severity: 'error', code: 'invalid-type', path: ['onReachBottomDistance'] });
    expect(d?.message).toContain('50');
    expect(codes(check({ navigationBarTitleText: 1, homeButton: 'true' }))).toEqual(['error:invalid-type:navigationBarTitleText', 'error:invalid-type:homeButton']);
  });

  it('reports a value outside an enum as an error with a did-you-mean', () => {
    const [d] = check({ navigationStyle: 'cutsom' });
    expect(d).toMatchObject({ severity: 'error', code: 'invalid-value', path: ['navigationStyle'] });
    expect(d?.message).toContain('"custom"');
    expect(codes(check({ pageOrientation: 'landscap', restartStrategy: 'latest', initialRenderingCache: true }))).toEqual([
      'error:invalid-value:pageOrientation', 'error:invalid-value:restartStrategy', 'error:invalid-value:initialRenderingCache',
    ]);
  });

  it('checks colours as WeChat\'s isHexColor does: 3, 4, 6 or 8 hex digits', () => {
    expect(check({ navigationBarBackgroundColor: '#FFF', backgroundColor: '#a1b2c3', backgroundColorTop: '#a1b2c3d4' })).toEqual([]);
    expect(check({ navigationBarBackgroundColor: '#ffff', backgroundColor: '#ffff' })).toEqual([]);
    expect(codes(check({ navigationBarBackgroundColor: 'red', backgroundColor: '#fffff' }))).toEqual([
      'error:invalid-color:navigationBarBackgroundColor', 'error:invalid-color:backgroundColor',
    ]);
    expect(check({ navigationBarBackgroundColor: 'red' })[0]?.message).toContain('#rgb, #rgba, #rrggbb or #rrggbbaa');
  });

  it('warns on colour formats WeChat does not check (backgroundColorTop/Bottom/Content)', () => {
    expect(codes(check({ backgroundColorTop: 'black', backgroundColorBottom: '', backgroundColorContent: 'transparent' }))).toEqual([
      'warning:invalid-color:backgroundColorContent', 'warning:invalid-color:backgroundColorTop', 'warning:invalid-color:backgroundColorBottom',
    ]);
  });

  it('warns on an unknown key (resizable is an app.json key, not a window key)', () => {
    expect(codes(check({ resizable: true, navigationBarHideCloseButton: false }))).toEqual([
      'warning:unknown-key:resizable', 'warning:unknown-key:navigationBarHideCloseButton',
    ]);
    expect(check({ navigationBarTitleTxt: 'x' })[0]?.message).toContain('"navigationBarTitleText"');
  });

  it('accepts @variables exactly on the DarkMode fields', () => {
    expect(themeablePaths(windowSchema).map((p) => p.join('.')).sort()).toEqual([...THEMEABLE].sort());
    expect(check(Object.fromEntries(THEMEABLE.map((key) => [key, `@${key}`])))).toEqual([]);
    expect(codes(check({ navigationStyle: '@nav', navigationBarTitleText: '@title' }))).toEqual(['error:theme-variable-not-allowed:navigationStyle']);
  });
});
