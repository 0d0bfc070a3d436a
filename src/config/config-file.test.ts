/** The config file's JSON Schema (schemas/) agrees with the loader, and every code is configurable. */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { appRules } from '../app/rules/index.js';
import { PROJECT_MESSAGES } from '../project/messages.js';
import { sitemapRules } from '../sitemap/rules.js';
import { themeRules } from '../theme/rules.js';
import { projectConfigRules, projectPrivateConfigRules } from '../project-config/rules.js';
import { assertRuleSettings, checkProject, validateAppJson, validatePageJson } from '../index.js';
import { checkConfig, ConfigError } from './config-file.js';
import { diagnosticCodes } from '../project/codes.js';
import { RuleSettingsError } from '../validate/rule-settings.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/miniprogram-schema.config.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ strict: false }).compile(schema);

const SAMPLES: Array<[unknown, boolean]> = [
  [{}, true],
  [{ $schema: 'x', rules: { 'unknown-key': 'off', 'pages-empty': 'error', 'npm-not-built': 'warn' }, ignore: ['dist/**'], locale: 'zh-CN' }, true],
  [{ rules: { 'unknonw-key': 'off' } }, false],
  [{ rules: { 'unknown-key': 'warning' } }, false],
  [{ rules: { 'unknown-key': 1 } }, false],
  [{ ignore: [''] }, false],
  [{ ignore: 'dist' }, false],
  [{ locale: 'fr' }, false],
  [{ extends: 'x' }, false],
  [[], false],
];

describe('config file shape', () => {
  it.each(SAMPLES)('%j: the JSON Schema and the loader agree (valid: %s)', (value, valid) => {
    expect(validate(value)).toBe(valid);
    if (valid) expect(() => checkConfig(value, 'x.json', 'en')).not.toThrow();
    else expect(() => checkConfig(value, 'x.json', 'en')).toThrow(ConfigError);
  });

  it('lets every code of every kind be configured', () => {
    const codes = new Set(diagnosticCodes().map((info) => info.code));
    const expected = [
      ...[...appRules, ...sitemapRules, ...themeRules, ...projectConfigRules, ...projectPrivateConfigRules].map((rule) => rule.code),
      ...Object.keys(PROJECT_MESSAGES),
      'json-syntax', 'json-comment', 'unknown-key', 'invalid-type', 'invalid-color', 'duplicate-key', 'theme-variable-missing',
    ];
    expect(expected.filter((code) => !codes.has(code))).toEqual([]);
    expect([...codes].filter((code) => code.startsWith('hint-'))).toEqual([]);
    const properties = (schema as { properties: { rules: { properties: Record<string, unknown> } } }).properties.rules.properties;
    expect(Object.keys(properties).sort()).toEqual([...codes].sort());
  });

  it('describes every code in both languages and links its documentation', () => {
    for (const info of diagnosticCodes()) {
      expect(info.description.en, info.code).not.toBe(info.code);
      expect(info.description.zh, info.code).toMatch(/[\u4e00-\u9fff]/);
      expect(info.helpUri).toMatch(/^https:\/\/github\.com\/miniprogram-schema\/miniprogram-schema\/blob\/main\/docs\/(rules|configuration|cli)\.md/);
    }
  });
});

describe('rules option of the validators', () => {
  it('turns codes off or changes their severity, and valid follows', () => {
    const text = '{ "pages": ["a/a"], "colour": 1 }';
    expect(validateAppJson(text).diagnostics.map((d) => d.code)).toEqual(['unknown-key']);
    expect(validateAppJson(text, { rules: { 'unknown-key': 'off' } }).diagnostics).toEqual([]);
    const strict = validateAppJson(text, { rules: { 'unknown-key': 'error' } });
    expect(strict.valid).toBe(false);
    expect(strict.diagnostics[0]!.severity).toBe('error');
    const lenient = validatePageJson('{ "navigationBarTextStyle": "red" }', { rules: { 'invalid-value': 'warn' } });
    expect(lenient.valid).toBe(true);
  });

  it('throws a RuleSettingsError for a setting other than off / warn / error', () => {
    expect(() => validateAppJson('{}', { rules: { 'unknown-key': 'warning' as never } })).toThrow(RuleSettingsError);
    expect(() => validateAppJson('{}', { rules: { 'unknown-key': 'warning' as never } })).toThrow('must be "off", "warn" or "error"');
  });

  // A single validator does not load the catalogue of every code (it would pull every kind's rules into
  // its bundle); the code names are checked by config files, --rule, checkProject and assertRuleSettings.
  it('leaves code names to assertRuleSettings, which rejects an unknown code with a did-you-mean', async () => {
    expect(validateAppJson('{ "pages": ["a/a"] }', { rules: { 'unknown-keys': 'off' } }).valid).toBe(true);
    expect(() => assertRuleSettings({ 'unknown-keys': 'off' }, 'en')).toThrow(RuleSettingsError);
    expect(() => assertRuleSettings({ 'unknown-keys': 'off' }, 'en')).toThrow('Did you mean "unknown-key"?');
    expect(() => assertRuleSettings({ 'unknown-keys': 'off' }, 'zh-CN')).toThrow('你是不是想写 "unknown-key"？');
    await expect(checkProject('.', { rules: { 'unknown-keys': 'off' } })).rejects.toThrow('Did you mean "unknown-key"?');
  });
});

describe('documentation of the codes', () => {
  it('every configurable code is documented where its helpUri points', () => {
    const docs = new Map(['rules.md', 'cli.md', 'configuration.md'].map((file) => [file, readFileSync(new URL(`../../docs/${file}`, import.meta.url), 'utf8')]));
    const missing = diagnosticCodes().filter((info) => !docs.get(/docs\/([\w.]+)/.exec(info.helpUri)![1]!)!.includes(`\`${info.code}\``));
    expect(missing.map((info) => info.code)).toEqual([]);
  });
});
