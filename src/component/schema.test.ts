import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics.js';
import { expectDocumented } from '../page/expect-documented.js';
import { themeablePaths } from '../validate/theme.js';
import { componentJsonSchema } from './schema.js';
import { validateComponentJson } from './validate.js';

const check = (value: unknown) => validateComponentJson(value).diagnostics;
/** `severity:code:path` of each diagnostic, sorted: the order of findings is not part of the contract. */
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.severity}:${d.code}:${d.path.join('.')}`).sort();

describe('componentJsonSchema', () => {
  it('documents every field in both languages, with a link and one doc per enum value', () => {
    expectDocumented(componentJsonSchema);
  });

  it('accepts a component that uses every component key', () => {
    expect(check({
      component: true,
      usingComponents: { icon: '../icon/icon', 'mp-cell': 'weui-miniprogram/cell/cell', chart: 'plugin://charts/line' },
      componentGenerics: { selectable: true, item: { default: './default-item' } },
      componentPlaceholder: { icon: 'view' },
      styleIsolation: 'apply-shared', pureDataPattern: '^_', componentFramework: 'glass-easel',
      renderer: 'xr-frame', disableScroll: true,
    })).toEqual([]);
    expect(check({ component: true })).toEqual([]);
  });

  // WeChat's compile builds without "component": true (a warning: the files are then no component);
  // it rejects a value that is not a boolean.
  it('warns without "component": true, and rejects a non-boolean', () => {
    expect(codes(check({ usingComponents: {} }))).toEqual(['warning:missing-key:component']);
    expect(codes(check({ component: false }))).toEqual(['warning:invalid-value:component']);
    expect(codes(check({ component: 'true' }))[0]).toMatch(/^error:invalid-(type|value):component$/);
  });

  it('reports wrong types and values as errors', () => {
    expect(codes(check({
      component: true, usingComponents: { a: 1 }, styleIsolation: 'scoped', componentGenerics: { g: 'yes' }, pureDataPattern: /^_/ as unknown,
    }))).toEqual([
      'error:invalid-type:pureDataPattern', 'error:invalid-type:usingComponents.a', 'error:invalid-value:componentGenerics.g', 'error:invalid-value:styleIsolation',
    ]);
  });

  // WeChat checks component json with its page schema, which knows the window keys, so it says nothing
  // about them; they have no effect in a component, so we warn (never an error).
  it('warns on window keys and on Component() options written in the json', () => {
    expect(codes(check({ component: true, navigationStyle: 'custom', navigationBarTextStyle: 'white', addGlobalClass: true, virtualHost: true }))).toEqual([
      'warning:page-key-in-component:navigationBarTextStyle', 'warning:page-key-in-component:navigationStyle',
      'warning:unknown-key:addGlobalClass', 'warning:unknown-key:virtualHost',
    ]);
    expect(validateComponentJson({ component: true, navigationStyle: 'custom' }).valid).toBe(true);
  });

  it('has no field that takes an @variable', () => {
    expect(themeablePaths(componentJsonSchema)).toEqual([]);
  });
});
