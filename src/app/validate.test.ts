import { describe, expect, it } from 'vitest';
import { validateAppJson } from './validate.js';

describe('validateAppJson engine', () => {
  it('accepts a minimal app.json and returns the value', () => {
    const r = validateAppJson('{"pages":["pages/index/index"]}');
    expect(r).toEqual({ valid: true, diagnostics: [], value: { pages: ['pages/index/index'] } });
  });

  it('reports a string boolean as an error with a hint and a position', () => {
    const text = '{\n  "pages": ["a"],\n  "window": { "enablePullDownRefresh": "true" }\n}';
    const r = validateAppJson(text, { locale: 'zh-CN', fileName: 'app.json' });
    expect(r.valid).toBe(false);
    expect(r.diagnostics).toEqual([{
      severity: 'error', code: 'invalid-type', path: ['window', 'enablePullDownRefresh'], file: 'app.json', line: 3, column: 40,
      message: 'window.enablePullDownRefresh 字段需为 boolean，当前为 string "true"。请去掉引号，写成 true。',
    }]);
  });

  it('warns on an unknown key with a did-you-mean, and stays valid', () => {
    const r = validateAppJson('{"pages":["a"],"window":{"enablePullDownRefrsh":true}}');
    expect(r.valid).toBe(true);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'unknown-key', path: ['window', 'enablePullDownRefrsh'], line: 1, column: 26 });
    expect(r.diagnostics[0]?.message).toContain('"enablePullDownRefresh"');
  });

  it('reports a missing required key, a bad colour and a bad enum', () => {
    const r = validateAppJson({ window: { navigationBarBackgroundColor: 'red', navigationBarTextStyle: 'blak' } });
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual(['invalid-color', 'invalid-value', 'missing-key']);
  });

  it('resolves @variables against both themes', () => {
    const r = validateAppJson({ pages: ['a'], darkmode: true, themeLocation: 'theme.json', window: { navigationBarBackgroundColor: '@bg' } }, { theme: { light: { bg: '#fff' }, dark: {} } });
    expect(r.diagnostics).toMatchObject([{ code: 'theme-variable-missing', path: ['window', 'navigationBarBackgroundColor'] }]);
    expect(r.diagnostics[0]?.message).toContain('"dark"');
  });

  it('never throws on broken text', () => {
    for (const text of ['', '{', '{"pages":[],}', '// c\n{}', '<<<<<<< HEAD\n{}', '\uFEFF{"pages":["a"]}', '[1]', 'null']) {
      expect(() => validateAppJson(text)).not.toThrow();
    }
    expect(validateAppJson('{"pages":["a"],}').diagnostics[0]?.code).toBe('json-trailing-comma');
    expect(validateAppJson('// c\n{}').diagnostics[0]?.code).toBe('json-comment');
    expect(validateAppJson('{"pages":["a"],"pages":["b"]}').diagnostics[0]?.code).toBe('duplicate-key');
  });
});
