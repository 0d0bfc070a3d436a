import { describe, expect, it } from 'vitest';
import { validateSitemapJson } from './validate.js';

const valid = {
  desc: 'indexing rules',
  rules: [
    { action: 'disallow', page: 'pages/checkout/checkout' },
    { action: 'allow', page: 'pages/detail/detail', params: ['id'], matching: 'exact', priority: 2 },
    { action: 'allow', page: '*' },
  ],
};

describe('validateSitemapJson', () => {
  it('accepts a complete sitemap.json and returns it', () => {
    expect(validateSitemapJson(JSON.stringify(valid))).toEqual({ valid: true, diagnostics: [], value: valid });
  });

  it('requires rules', () => {
    const r = validateSitemapJson('{"desc":"x"}', { locale: 'zh-CN' });
    expect(r.valid).toBe(false);
    expect(r.diagnostics).toMatchObject([{ severity: 'error', code: 'missing-key', path: ['rules'] }]);
    expect(r.diagnostics[0]?.message).toContain('"rules"');
  });

  it('requires action and page in each rule, as WeChat\'s validator does', () => {
    const r = validateSitemapJson({ rules: [{ matching: 'exact' }] });
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.path.join('.')]).sort()).toEqual([
      ['error', 'missing-key', 'rules.0.action'],
      ['error', 'missing-key', 'rules.0.page'],
    ]);
  });

  it('rejects an unknown matching value with a suggestion, in both languages', () => {
    const text = '{\n  "rules": [{ "action": "allow", "page": "*", "matching": "exat" }]\n}';
    const en = validateSitemapJson(text, { fileName: 'sitemap.json' });
    expect(en.diagnostics).toEqual([{
      severity: 'error', code: 'invalid-value', path: ['rules', 0, 'matching'], file: 'sitemap.json', line: 2, column: 59,
      message: 'rules[0].matching is "exat", which is not allowed. Use one of: "exact", "inclusive", "exclusive", "partial". Did you mean "exact"?',
    }]);
    const zh = validateSitemapJson(text, { locale: 'zh-CN' });
    expect(zh.diagnostics[0]?.message).toBe('rules[0].matching 的取值 "exat" 无效，可选值为："exact", "inclusive", "exclusive", "partial"。你是不是想写 "exact"？');
  });

  it('rejects a bad action, params that are not names and a string priority', () => {
    const r = validateSitemapJson({ rules: [{ action: 'deny', page: '*', params: [{ id: 1 }], priority: '1' }] });
    expect(r.diagnostics.map((d) => [d.code, d.path.join('.')]).sort()).toEqual([
      ['invalid-type', 'rules.0.params.0'],
      ['invalid-type', 'rules.0.priority'],
      ['invalid-value', 'rules.0.action'],
    ]);
    expect(r.diagnostics.find((d) => d.path.join('.') === 'rules.0.priority')?.message).toContain('Write the number 1 without quotes');
  });

  it('warns on an unknown key and stays valid', () => {
    const r = validateSitemapJson({ document: 'x', rules: [] });
    expect(r.valid).toBe(true);
    expect(r.diagnostics).toMatchObject([{ severity: 'warning', code: 'unknown-key', path: ['document'] }]);
  });

  it('warns when "*" is used as a wildcard inside a path', () => {
    const text = '{"rules":[{"action":"allow","page":"pages/*"}]}';
    const en = validateSitemapJson(text);
    expect(en.valid).toBe(true);
    expect(en.diagnostics).toEqual([{
      severity: 'warning', code: 'sitemap-page-wildcard', path: ['rules', 0, 'page'], line: 1, column: 36,
      message: 'rules[0].page is "pages/*": "*" means every page only when it is the whole value; it is not a wildcard inside a path. Write the full page path, or just "*".',
    }]);
    expect(validateSitemapJson(text, { locale: 'zh-CN' }).diagnostics[0]?.message).toContain('不能作为路径通配符');
    expect(validateSitemapJson('{"rules":[{"action":"allow","page":"*"}]}').diagnostics).toEqual([]);
  });
});
