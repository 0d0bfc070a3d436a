import { describe, expect, it } from 'vitest';
import { validateComponentJson } from '../component/validate.js';
import { validatePageJson } from './validate.js';

const codes = (result: { diagnostics: { code: string; line?: number; column?: number }[] }) =>
  result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`);

describe('keys of another kind of file', () => {
  it('an app-only key in a page json is app-key-in-page, not unknown-key, at the key', () => {
    const result = validatePageJson('{\n  "navigationBarTitleText": "x",\n  "tabBar": { "list": [] }\n}');
    expect(codes(result)).toEqual(['app-key-in-page 3:3']);
    expect(result.valid).toBe(true);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'warning', path: ['tabBar'], message: '"tabBar" belongs in app.json only; a page json ignores it. Move it to app.json.' });
  });

  it('is reported beside schema errors, in both languages', () => {
    const result = validatePageJson('{ "pages": ["a"], "navigationBarTitleText": 1 }', { locale: 'zh-CN' });
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual(['app-key-in-page', 'invalid-type']);
    expect(result.diagnostics.find((d) => d.code === 'app-key-in-page')?.message).toContain('只能写在 app.json 中');
  });

  it('platform overrides (mini-*) are never app-only; page keys are fine in a page', () => {
    expect(codes(validatePageJson('{ "navigationStyle": "custom" }'))).toEqual([]);
    expect(validatePageJson({ 'mini-wechat': {} }).diagnostics.map((d) => d.code)).not.toContain('app-key-in-page');
  });

  it('a page-only key in a component json is page-key-in-component', () => {
    const result = validateComponentJson('{ "component": true, "navigationBarTitleText": "x" }');
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([['page-key-in-component', 'warning', ['navigationBarTitleText']]]);
  });

  it('follows rule settings like any code', () => {
    expect(validatePageJson({ tabBar: {} }, { rules: { 'app-key-in-page': 'off' } }).diagnostics).toEqual([]);
  });
});
