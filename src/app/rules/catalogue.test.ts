import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appRules as registered } from '../rules.js';
import { appRules, ruleCatalogue } from './index.js';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const DOC = fileURLToPath(new URL('../../../docs/rules.md', import.meta.url));
const CJK = /[\u4e00-\u9fff]/;

describe('rule catalogue', () => {
  it('registers every rule in validateAppJson', () => {
    expect(registered).toEqual(appRules);
  });

  it('gives each rule a unique kebab-case code, its own module and test', () => {
    const codes = appRules.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(existsSync(here(`./${code}.ts`)), `${code}.ts`).toBe(true);
      expect(existsSync(here(`./${code}.test.ts`)), `${code}.test.ts`).toBe(true);
    }
  });

  // The messages are checked in both languages by each rule's own test (rule-test-helpers.ts).
  it('describes every rule in both languages', () => {
    for (const rule of appRules) {
      expect(rule.description.zh, rule.code).toMatch(CJK);
      expect(rule.description.en, rule.code).not.toMatch(CJK);
    }
  });

  it('is documented in docs/rules.md: one row per code with its severity and both descriptions', () => {
    const doc = readFileSync(DOC, 'utf8');
    for (const { code, severity, description } of ruleCatalogue) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
      const esc = (s: string) => s.replace(/\|/g, '\\|');
      const expected = `| \`${code}\` | ${severity === 'error' ? 'error 错误' : 'warning 警告'} | ${esc(description.zh)} | ${esc(description.en)} |`;
      expect(row, `docs/rules.md needs the row:\n${expected}`).toBe(expected);
    }
  });
});
