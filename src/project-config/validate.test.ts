import { describe, expect, it } from 'vitest';
import { validateProjectConfigJson, validateProjectPrivateConfigJson } from './validate.js';

const valid = {
  appid: 'wxe5f52902cf4de896',
  projectname: 'demo',
  description: 'project settings',
  compileType: 'miniprogram',
  libVersion: '3.7.6',
  miniprogramRoot: 'miniprogram/',
  cloudfunctionRoot: 'cloudfunctions/',
  srcMiniprogramRoot: 'miniprogram/',
  setting: {
    es6: true, enhance: true, postcss: true, minified: true, urlCheck: false,
    babelSetting: { ignore: [], disablePlugins: [], outputPath: '' },
    useCompilerPlugins: ['typescript', 'sass'],
    packNpmManually: true,
    packNpmRelationList: [{ packageJsonPath: './package.json', miniprogramNpmDistDir: './miniprogram' }],
    minifyWXMLSetting: { global: { collapseWhitespace: true }, 'pages/index/index.wxml': { preserveLineBreaks: true } },
    checkSiteMap: false, newFeature: true,
  },
  packOptions: { ignore: [{ type: 'folder', value: 'docs' }], include: [{ type: 'suffix', value: '.wasm' }] },
  debugOptions: { hidedInDevtools: [] },
  watchOptions: { ignore: ['dist/**'] },
  scripts: { beforeCompile: 'npm run lint' },
  editorSetting: { tabIndent: 'insertSpaces', tabSize: 2 },
  condition: {
    miniprogram: { current: 0, list: [{ id: -1, name: 'home', pathName: 'pages/index/index', query: 'a=1', scene: null, launchMode: 'default' }] },
    game: { currentL: -1, list: [] },
    search: { list: [] },
  },
  simulatorType: 'wechat',
  simulatorPluginLibVersion: {},
};

describe('validateProjectConfigJson', () => {
  it('accepts a full project.config.json, including keys DevTools writes, and returns it', () => {
    expect(validateProjectConfigJson(JSON.stringify(valid))).toEqual({ valid: true, diagnostics: [], value: valid });
  });

  it('accepts the libVersion keywords and exact versions', () => {
    for (const libVersion of ['latest', 'trial', 'widelyUsed', 'development', '', '2.10.4']) {
      expect(validateProjectConfigJson({ libVersion }).diagnostics).toEqual([]);
    }
  });

  it('rejects a libVersion that is neither a version nor a keyword, in both languages', () => {
    const text = '{\n  "libVersion": "dev"\n}';
    expect(validateProjectConfigJson(text, { fileName: 'project.config.json' }).diagnostics).toEqual([{
      severity: 'error', code: 'invalid-format', path: ['libVersion'], file: 'project.config.json', line: 2, column: 17,
      message: 'libVersion is "dev", which does not have the expected form: an exact base library version such as "3.7.6", or one of "latest", "trial", "widelyUsed".',
    }]);
    expect(validateProjectConfigJson(text, { locale: 'zh-CN' }).diagnostics[0]?.message).toBe('libVersion 的值 "dev" 格式不正确：具体的基础库版本号（如 "3.7.6"），或 "latest"、"trial"、"widelyUsed" 之一。');
  });

  // WeChat checks that these are strings, not their values: warnings (test/fixtures/conformance).
  it('warns on an unknown compileType and a pack rule type, suggesting the closest value', () => {
    const r = validateProjectConfigJson({ compileType: 'miniProgram', packOptions: { ignore: [{ type: 'dir', value: 'docs' }] } });
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.path.join('.')])).toEqual([
      ['warning', 'invalid-value', 'compileType'],
      ['warning', 'invalid-value', 'packOptions.ignore.0.type'],
    ]);
    expect(r.diagnostics[0]?.message).toContain('Did you mean "miniprogram"?');
  });

  it('rejects a string boolean in setting with a hint, and a pack rule without value', () => {
    const r = validateProjectConfigJson({ setting: { urlCheck: 'false' }, packOptions: { ignore: [{ type: 'file' }] } }, { locale: 'zh-CN' });
    expect(r.diagnostics).toMatchObject([
      { severity: 'error', code: 'invalid-type', path: ['setting', 'urlCheck'] },
      { severity: 'error', code: 'missing-key', path: ['packOptions', 'ignore', 0, 'value'] },
    ]);
    expect(r.diagnostics[0]?.message).toBe('setting.urlCheck 字段需为 boolean，当前为 string "false"。请去掉引号，写成 false。');
  });

  it('rejects useCompilerPlugins: true (only a list or false)', () => {
    const r = validateProjectConfigJson({ setting: { useCompilerPlugins: true } });
    expect(r.valid).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ code: 'invalid-value', path: ['setting', 'useCompilerPlugins'] });
  });

  it('warns on an unknown setting key with a suggestion and stays valid', () => {
    const r = validateProjectConfigJson({ setting: { urlChek: false } });
    expect(r.valid).toBe(true);
    expect(r.diagnostics).toMatchObject([{ severity: 'warning', code: 'unknown-key', path: ['setting', 'urlChek'] }]);
    expect(r.diagnostics[0]?.message).toContain('"urlCheck"');
  });

  it('accepts both debugOptions spellings and both item forms', () => {
    const r = validateProjectConfigJson({ debugOptions: { hidedInDevtools: [{ type: 'folder', value: 'lib' }], hideInDevtools: ['lib/**'] } });
    expect(r.diagnostics).toEqual([]);
  });

  it('requires pluginRoot for a plugin project (error, as WeChat refuses to compile)', () => {
    const r = validateProjectConfigJson({ compileType: 'plugin', miniprogramRoot: 'miniprogram/' });
    expect(r.valid).toBe(false);
    expect(r.diagnostics).toEqual([{
      severity: 'error', code: 'plugin-root-missing', path: ['compileType'],
      message: 'compileType is "plugin" but pluginRoot is not set. Add "pluginRoot" pointing at the plugin source folder.',
    }]);
    expect(validateProjectConfigJson({ compileType: 'gamePlugin' }, { locale: 'zh-CN' }).diagnostics[0]?.message)
      .toBe('compileType 为 "gamePlugin"，但没有设置 pluginRoot。请添加 "pluginRoot"，指向插件源码目录。');
  });

  it('rejects a plugin project whose pluginRoot is its miniprogramRoot', () => {
    const r = validateProjectConfigJson({ compileType: 'plugin', pluginRoot: './plugin', miniprogramRoot: 'plugin/' });
    expect(r.diagnostics).toMatchObject([{ severity: 'error', code: 'plugin-root-same-as-miniprogram-root', path: ['pluginRoot'] }]);
    expect(validateProjectConfigJson({ compileType: 'plugin', pluginRoot: 'plugin/', miniprogramRoot: 'miniprogram/' }).diagnostics).toEqual([]);
  });

  it('warns when es6 and enhance differ', () => {
    const r = validateProjectConfigJson({ setting: { es6: true, enhance: false } });
    expect(r.valid).toBe(true);
    expect(r.diagnostics).toEqual([{
      severity: 'warning', code: 'es6-enhance-mismatch', path: ['setting', 'enhance'],
      message: 'setting.es6 is true but setting.enhance is false. Both should be true or both false; make them equal.',
    }]);
    expect(validateProjectConfigJson({ setting: { es6: true } }).diagnostics).toEqual([]);
  });
});

describe('validateProjectPrivateConfigJson', () => {
  it('accepts personal settings', () => {
    const value = { projectname: 'demo', libVersion: '3.13.0', setting: { urlCheck: false, compileHotReLoad: true, bigPackageSizeSupport: true }, condition: {} };
    expect(validateProjectPrivateConfigJson(JSON.stringify(value))).toEqual({ valid: true, diagnostics: [], value });
  });

  it('warns that build settings have no effect in the private file', () => {
    const text = '{\n  "setting": { "minified": true, "urlCheck": true }\n}';
    const r = validateProjectPrivateConfigJson(text);
    expect(r.valid).toBe(true);
    expect(r.diagnostics).toEqual([{
      severity: 'warning', code: 'private-setting-no-effect', path: ['setting', 'minified'], line: 2, column: 16,
      message: 'setting.minified affects the build output and is read from project.config.json only; here it has no effect. Move it to project.config.json.',
    }]);
    expect(validateProjectPrivateConfigJson(text, { locale: 'zh-CN' }).diagnostics[0]?.message).toContain('写在 project.private.config.json 中不起作用');
  });

  it('warns that libVersion keywords have no effect in the private file', () => {
    const r = validateProjectPrivateConfigJson({ libVersion: 'latest' }, { locale: 'zh-CN' });
    expect(r.diagnostics).toEqual([{
      severity: 'warning', code: 'private-lib-version-keyword', path: ['libVersion'],
      message: 'libVersion 为 "latest"：在 project.private.config.json 中关键字不生效。请写具体版本号（如 "3.7.6"），或把关键字写到 project.config.json。',
    }]);
  });

  it('still type-checks the private file', () => {
    const r = validateProjectPrivateConfigJson({ setting: { urlCheck: 1 } });
    expect(r.diagnostics).toMatchObject([{ severity: 'error', code: 'invalid-type', path: ['setting', 'urlCheck'] }]);
  });
});
