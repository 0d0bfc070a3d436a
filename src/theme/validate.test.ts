import { describe, expect, it } from 'vitest';
import { validateThemeJson } from './validate.js';

const valid = {
  light: { navBgColor: '#ffffff', navTxtStyle: 'black', tabIcon: 'image/icon_light.png' },
  dark: { navBgColor: '#000000', navTxtStyle: 'white', tabIcon: 'image/icon_dark.png' },
};

describe('validateThemeJson', () => {
  it('accepts a theme.json whose variables are paired and returns it', () => {
    expect(validateThemeJson(JSON.stringify(valid))).toEqual({ valid: true, diagnostics: [], value: valid });
  });

  it('rejects a value that is not a string', () => {
    const r = validateThemeJson({ light: { size: 12 }, dark: { size: '12' } });
    expect(r.valid).toBe(false);
    expect(r.diagnostics).toMatchObject([{ severity: 'error', code: 'invalid-type', path: ['light', 'size'] }]);
  });

  it('rejects light or dark that is not an object', () => {
    const r = validateThemeJson({ light: ['#fff'], dark: {} });
    expect(r.diagnostics).toMatchObject([{ severity: 'error', code: 'invalid-type', path: ['light'] }]);
  });

  it('warns on an unknown top-level key (a page json saved as theme.json)', () => {
    const r = validateThemeJson({ light: {}, dark: {}, navigationStyle: 'custom' });
    expect(r.valid).toBe(true);
    expect(r.diagnostics).toMatchObject([{ severity: 'warning', code: 'unknown-key', path: ['navigationStyle'] }]);
  });

  describe('variable parity', () => {
    // theme.json alone builds with an unpaired name (WeChat fails only where a config uses it): a warning.
    it('warns on a variable missing from dark, at its light key, in both languages', () => {
      const text = '{\n  "light": { "bg": "#fff", "fg": "#000" },\n  "dark": { "fg": "#fff" }\n}';
      const en = validateThemeJson(text, { fileName: 'theme.json' });
      expect(en.valid).toBe(true);
      expect(en.diagnostics).toEqual([{
        severity: 'warning', code: 'theme-variable-unpaired', path: ['light', 'bg'], file: 'theme.json', line: 2, column: 14,
        message: 'Variable "bg" is defined in "light" but missing from "dark". A config that uses it fails WeChat\'s compile; add "bg" to "dark".',
      }]);
      expect(validateThemeJson(text, { locale: 'zh-CN' }).diagnostics[0]?.message)
        .toBe('变量 "bg" 在 "light" 中有定义，但 "dark" 中没有。深色模式下引用它的配置会使微信编译失败，请在 "dark" 中补上 "bg"。');
    });

    it('reports a variable missing from light, naming light', () => {
      const r = validateThemeJson({ light: {}, dark: { accent: '#f00' } }, { locale: 'zh-CN' });
      expect(r.diagnostics).toMatchObject([{ severity: 'warning', code: 'theme-variable-unpaired', path: ['dark', 'accent'] }]);
      expect(r.diagnostics[0]?.message).toContain('"light" 中没有');
      expect(r.diagnostics[0]?.message).toContain('浅色模式');
    });
  });

  it('warns when a whole mode is absent, and still reports each unpaired variable', () => {
    const r = validateThemeJson({ light: { bg: '#fff' } });
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.path.join('.')])).toEqual([
      ['warning', 'theme-mode-missing', ''],
      ['warning', 'theme-variable-unpaired', 'light.bg'],
    ]);
    expect(r.diagnostics[0]?.message).toBe('theme.json has no "dark" object. The DarkMode guide requires both light and dark; add "dark": { … }.');
    expect(validateThemeJson({}, { locale: 'zh-CN' }).diagnostics.map((d) => d.message)).toEqual([
      'theme.json 缺少 "light" 对象。DarkMode 文档要求同时提供 light 和 dark，请添加 "light": { … }。',
      'theme.json 缺少 "dark" 对象。DarkMode 文档要求同时提供 light 和 dark，请添加 "dark": { … }。',
    ]);
  });

  it('warns on a variable name that no "@name" reference can reach', () => {
    const r = validateThemeJson({ light: { 'nav bg': '#fff', '': '#000' }, dark: { 'nav bg': '#000', '': '#fff' } });
    expect(r.valid).toBe(true);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.path.join('.')])).toEqual([
      ['warning', 'theme-variable-name', 'light.nav bg'],
      ['warning', 'theme-variable-name', 'light.'],
      ['warning', 'theme-variable-name', 'dark.nav bg'],
      ['warning', 'theme-variable-name', 'dark.'],
    ]);
    expect(r.diagnostics[0]?.message).toContain('"nav bg"');
  });
});
