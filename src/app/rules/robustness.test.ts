/**
 * Rules meet values the schema let through (unknown keys are only warnings) and must never throw, nor
 * word a message with a missing parameter. Fuzzed with app.json-shaped values of any content.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppJson } from '../../types.js';
import { appRules } from './index.js';

const KEYS = [
  'pages', 'subpackages', 'subPackages', 'tabBar', 'preloadRule', 'plugins', 'window', 'usingComponents',
  'resolveAlias', 'requiredPrivateInfos', 'chatTools', 'entranceDeclare', 'accountCardPackage', 'workers',
  'renderer', 'rendererOptions', 'functionalPages', 'darkmode', 'themeLocation', 'entryPagePath',
  'openLocationPagePath', 'openDataContext', 'lazyCodeLoading', 'componentFramework', 'frameset', 'resizable',
];
const path = fc.constantFrom('', '/', './a', 'a/b', 'a//b', '..', 'a/../b', 'pkg', 'pkg/', 'pages/a/a', '@v', '__APP__', 'x.js', 'a?b');
const leaf = fc.oneof(path, fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.oneof(fc.constantFrom(...KEYS, 'root', 'pages', 'list', 'pagePath', 'iconPath', 'name', 'independent', 'packages', 'version', 'provider', 'path', 'skyline'), path), tie('node'), { maxKeys: 5 })),
})).node;
const fuzzy = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 10 });
/** Well-shaped values with clashing paths, so the rules that need structure get to report. */
const shaped = fc.record({
  pages: fc.array(path, { maxLength: 4 }),
  subpackages: fc.array(fc.record({ root: path, name: path, pages: fc.array(path, { maxLength: 3 }), independent: fc.boolean(), plugins: fc.dictionary(path, fc.record({ version: fc.constantFrom('dev', '1.0', '1.0.0', 'latest'), provider: fc.constantFrom('wx1', 'wx2') }), { maxKeys: 2 }) }, { requiredKeys: ['root', 'pages'] }), { maxLength: 4 }),
  tabBar: fc.record({ custom: fc.boolean(), list: fc.array(fc.record({ pagePath: path, iconPath: path, text: path }), { maxLength: 7 }), color: path }),
  preloadRule: fc.dictionary(path, fc.record({ packages: fc.array(path, { maxLength: 3 }) })),
  requiredPrivateInfos: fc.array(fc.constantFrom('getFuzzyLocation', 'getLocation', 'chooseAddress'), { maxLength: 3 }),
  window: fc.dictionary(fc.constantFrom('navigationBarTitleText', 'backgroundColor', 'navigationStyle'), path),
  renderer: fc.constantFrom('skyline', 'webview'),
  rendererOptions: fc.constantFrom(undefined, {}, { skyline: {} }),
  entryPagePath: path,
  accountCardPackage: fc.record({ root: path, cardList: fc.constant([]) }),
  entranceDeclare: fc.record({ locationMessage: fc.record({ path }, { requiredKeys: [] }) }),
  chatTools: fc.array(fc.record({ root: path }), { maxLength: 2 }),
}, { requiredKeys: [] });
const app = fc.oneof(fuzzy, shaped);

describe('rules on arbitrary app.json-shaped values', () => {
  it('never throw and never leave a message parameter undefined', () => {
    fc.assert(fc.property(app, (input) => {
      for (const rule of appRules) {
        for (const finding of rule.check(input as unknown as AppJson, { locale: 'en' })) {
          for (const locale of ['en', 'zh-CN'] as const) {
            const text = rule.messages[locale]({ field: 'f', ...finding.params });
            expect(text, rule.code).not.toMatch(/undefined|\[object Object\]/);
          }
        }
      }
    }), { numRuns: 1500 });
  });
});
