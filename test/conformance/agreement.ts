/**
 * Our verdict on a judged field case, and where it differs from WeChat's. Used by the conformance test
 * and by `scripts/conformance/report.ts` (figures for the docs).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseText, KINDS, type JudgedCase, type KindName } from '../../scripts/conformance/cases.js';
import type { Diagnostic, ValidationResult } from '../../src/diagnostics.js';
import { metaOf, schemaAt, unwrap } from '../../src/validate/schema-walk.js';
import {
  validateAppJson, validateComponentJson, validatePageJson, validateProjectConfigJson, validateSitemapJson, validateThemeJson,
} from '../../src/index.js';

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/conformance/', import.meta.url));
export const KIND_NAMES = Object.keys(KINDS) as KindName[];

const VALIDATORS: Record<KindName, (text: string) => ValidationResult<unknown>> = {
  app: (t) => validateAppJson(t),
  page: (t) => validatePageJson(t),
  component: (t) => validateComponentJson(t),
  sitemap: (t) => validateSitemapJson(t),
  theme: (t) => validateThemeJson(t),
  'project.config': (t) => validateProjectConfigJson(t),
};

export function judgedCases(kind: KindName): JudgedCase[] {
  const file = path.join(FIXTURE_DIR, `${kind}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as JudgedCase);
}

export interface Disagreement {
  id: string;
  mutation: string;
  wechat: 'ok' | 'error';
  ours: 'ok' | 'error';
  wechatMessage?: string;
  ourErrors: string[];
}

export interface CaseOutcome {
  verdict?: Disagreement;
  /** WeChat's unknown-key notes we do not report at all. */
  missingWarnings: string[];
}

export function compare(c: JudgedCase): CaseOutcome {
  const result = VALIDATORS[c.kind](caseText(c));
  const ours: 'ok' | 'error' = result.valid ? 'ok' : 'error';
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const verdict = ours === c.wechat ? undefined : {
    id: c.id, mutation: c.mutation, wechat: c.wechat, ours, wechatMessage: c.message,
    ourErrors: errors.map((d) => `${d.code} ${d.path.join('.')}: ${d.message}`),
  };
  const missing = c.wechat === 'ok' ? missingUnknownKeyWarnings(c.wechatWarnings, result.diagnostics) : [];
  return { verdict, missingWarnings: missing.filter((key) => !documentedKeyWeChatLacks(c, key)) };
}

/**
 * A key WeChat notes as unknown that our schema documents, marked `wechatUnchecked` (docs/
 * app-json-schema-decisions.md: documented keys its checker lags behind, `$schema` for editors).
 */
function documentedKeyWeChatLacks(c: JudgedCase, key: string): boolean {
  const schema = KINDS[c.kind].schema();
  let value: unknown;
  try { value = JSON.parse(caseText(c).replace(/^\uFEFF/, '')); } catch { return false; }
  const found: boolean[] = [];
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [k, child] of Object.entries(node)) {
      const at = [...path, Array.isArray(node) ? Number(k) : k];
      if (k === key) {
        const s = schemaAt(schema, at);
        found.push(Boolean(s && (metaOf(s) ?? metaOf(unwrap(s)))?.wechatUnchecked));
      }
      visit(child, at);
    }
  };
  visit(value, []);
  return found.length > 0 && found.every(Boolean);
}

/**
 * WeChat's note names the unknown keys as `invalid app.json window["x"], ["y"]`: each named key must
 * be reported by us (any code, any severity) at the same place.
 */
function missingUnknownKeyWarnings(note: string | undefined, diagnostics: readonly Diagnostic[]): string[] {
  if (!note?.startsWith('invalid ')) return [];
  const named = [...note.matchAll(/\["([^"]+)"\]/g)].map((m) => m[1]!);
  const ours = new Set(diagnostics.flatMap((d) => d.path.filter((p): p is string => typeof p === 'string')));
  return named.filter((key) => !ours.has(key));
}
