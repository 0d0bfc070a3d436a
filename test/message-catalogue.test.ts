/**
 * The message catalogue's parity: every code has both languages, a template uses the same parameters in
 * each language, and every code is documented in docs/rules.md (generated from the catalogue).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_MESSAGES } from '../src/locales/messages.js';
import type { Locale } from '../src/meta.js';
import { appRules } from '../src/app/rules/index.js';
import { projectConfigRules, projectPrivateConfigRules } from '../src/project-config/rules.js';
import { catalogueEntries, CODE_SECTIONS, diagnosticCodes } from '../src/project/codes.js';
import { PROJECT_MESSAGES } from '../src/project/messages.js';
import { sitemapRules } from '../src/sitemap/rules.js';
import { themeRules } from '../src/theme/rules.js';

const CJK = /[\u4e00-\u9fff]/;
const DOC = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');

/** The parameters a template reads (`p.name`, or destructured `({ name })`), from its source. */
function paramsOf(template: (params: never) => string): string[] {
  const source = template.toString();
  const read = [...source.matchAll(/\bp\??\.(\w+)/g)].map((m) => m[1]!);
  const destructured = /^\s*\(\s*\{([^}]*)\}/.exec(source)?.[1]?.split(',').map((name) => name.trim().split(/[\s:=]/)[0]!).filter(Boolean) ?? [];
  return [...new Set([...read, ...destructured])].sort();
}

type Templates = Record<Locale, (params: never) => string>;
const templates: Array<[string, Templates]> = [
  ...Object.entries(ENGINE_MESSAGES).map(([code, entry]): [string, Templates] => [code, entry]),
  ...Object.entries(PROJECT_MESSAGES).map(([code, entry]): [string, Templates] => [`project ${code}`, entry]),
  ...[...appRules, ...sitemapRules, ...themeRules, ...projectConfigRules, ...projectPrivateConfigRules]
    .map((rule): [string, Templates] => [`rule ${rule.code}`, rule.messages]),
];

describe('message catalogue', () => {
  it('reads the parameters of a template', () => {
    expect(paramsOf(ENGINE_MESSAGES['invalid-type'].en)).toEqual(['expected', 'field', 'hint', 'received']);
    expect(paramsOf(({ field, max }: { field: string; max: number }) => `${field} ${max}`)).toEqual(['field', 'max']);
  });

  it.each(templates)('%s: a template in each language, reading the same parameters', (_code, byLocale) => {
    expect(typeof byLocale['zh-CN']).toBe('function');
    expect(typeof byLocale.en).toBe('function');
    expect(paramsOf(byLocale['zh-CN'])).toEqual(paramsOf(byLocale.en));
  });

  it('describes every code in both languages', () => {
    for (const { code, description } of catalogueEntries()) {
      expect(description.zh, code).toMatch(CJK);
      expect(description.en, code).not.toMatch(CJK);
      expect(description.en, code).not.toBe(code);
    }
  });

  it('documents every entry in docs/rules.md, in its section', () => {
    const sections = DOC.split(/^## /m).slice(1);
    for (const { code, section } of catalogueEntries()) {
      const text = sections.find((part) => part.startsWith(CODE_SECTIONS[section]));
      expect(text, CODE_SECTIONS[section]).toBeDefined();
      expect(text!.includes(`| \`${code}\` |`), `${code} in "${CODE_SECTIONS[section]}"`).toBe(true);
    }
  });

  it('lists each code once for configuration, every kind included', () => {
    const codes = diagnosticCodes().map((info) => info.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(catalogueEntries().map((info) => info.code))).toEqual(new Set(codes));
    expect(new Set(diagnosticCodes().map((info) => info.kind))).toEqual(new Set(['validator', 'rule', 'project']));
  });
});
