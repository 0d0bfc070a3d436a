/**
 * Shared assertions for the rule tests: every rule is exercised the way validateAppJson runs it — the
 * engine with app.json's schema and every app rule — without importing the validator (a layer above).
 */
import { expect } from 'vitest';
import { appJsonSchema } from '../schema.js';
import type { Diagnostic, JsonPath } from '../../diagnostics.js';
import type { AppJson } from '../../types.js';
import { validateConfig, type ValidateOptions } from '../../validate/validate.js';
import { appRules } from './index.js';

const validateAppJson = (input: unknown, options?: ValidateOptions) => validateConfig<AppJson>({ schema: appJsonSchema, rules: appRules }, input, options);

/** Pretty-printed text, so line and column of each finding are real positions. */
export const text = (value: unknown): string => JSON.stringify(value, null, 2);

export function findingsOf(code: string, value: unknown, locale: 'en' | 'zh-CN' = 'en'): Diagnostic[] {
  return validateAppJson(text(value), { locale, fileName: 'app.json' }).diagnostics.filter((d) => d.code === code);
}

/** The value yields no finding of `code`. */
export function expectPasses(code: string, value: unknown): void {
  expect(findingsOf(code, value)).toEqual([]);
}

/**
 * The value yields exactly the findings of `code` at `paths`, each with a position, with a message in
 * both languages that names the field; returns the English findings for further checks.
 */
export function expectFails(code: string, value: unknown, paths: JsonPath[], severity: 'error' | 'warning' = 'error'): Diagnostic[] {
  const en = findingsOf(code, value);
  const zh = findingsOf(code, value, 'zh-CN');
  expect(en.map((d) => d.path)).toEqual(paths);
  for (const [i, d] of en.entries()) {
    expect(d.severity).toBe(severity);
    expect(d.file).toBe('app.json');
    expect(d.line).toBeGreaterThan(1);
    expect(d.column).toBeGreaterThan(0);
    expect(zh[i]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(d.message).not.toMatch(/[\u4e00-\u9fff]/);
    expect(d.message).not.toBe(zh[i]?.message);
  }
  if (severity === 'error') expect(validateAppJson(text(value)).valid).toBe(false);
  return en;
}
