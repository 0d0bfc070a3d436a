/**
 * Fields WeChat's checker does not check (`wechatUnchecked` in their doc, `withDoc`): a value against the
 * documented form still builds, so what the schema says about it is a warning, with a note on what
 * WeChat supports. Rule: an error only where WeChat's compile fails (docs/app-json-schema-decisions.md).
 */
import type * as z from 'zod';
import { type Diagnostic, formatPath } from '../diagnostics.js';
import { message } from '../locales/index.js';
import { WORDS } from '../locales/words.js';
import { describeValue } from './issues.js';
import type { Locale, UncheckedNote } from '../meta.js';
import { branches, childSchema, metaOf, schemaAt, unwrap } from './schema-walk.js';

/** The notes on the path, from the root down: the field itself is last. */
function uncheckedNotes(schema: z.core.$ZodType, path: readonly (string | number)[]): { note: UncheckedNote; depth: number }[] {
  const found: { note: UncheckedNote; depth: number }[] = [];
  let current: z.core.$ZodType | undefined = schema;
  for (let depth = 1; depth <= path.length; depth++) {
    current = current && childSchema(current, path[depth - 1]!);
    if (!current) break;
    const note = (metaOf(current) ?? metaOf(unwrap(current)))?.wechatUnchecked;
    if (note) found.push({ note, depth });
  }
  return found;
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) current = current !== null && typeof current === 'object' ? (current as Record<string | number, unknown>)[key] : undefined;
  return current;
}

/** Whether a note covers this diagnostic (a note on a parent covers its children, except onlyFalsy). */
function covers(note: UncheckedNote, onField: boolean, d: Diagnostic, value: unknown): boolean {
  if (note.onlyFalsy) {
    const at = valueAt(value, d.path);
    return onField && (at === null || at === false || at === '');
  }
  if (note.checkedType) {
    const at = valueAt(value, d.path);
    return onField && (at === undefined ? note.absentOk === true : typeof at === note.checkedType);
  }
  return true;
}

const PREFIX = {
  'zh-CN': '（仅警告：微信编译不检查此项，照常构建。',
  en: ' (A warning only: WeChat\'s compile does not check this field and builds anyway. ',
} as const;

/** The type error for an unknown key whose value WeChat rejects by type (`anyKeyValueTypes` on the object). */
function unknownKeyTypeError(d: Diagnostic, schema: z.core.$ZodType, value: unknown, locale: Locale): Diagnostic[] {
  if (uncheckedNotes(schema, d.path).some(({ note }) => !note.onlyFalsy && !note.checkedType)) return [];
  const parent = schemaAt(schema, d.path.slice(0, -1));
  const types = parent && [parent, ...branches(parent)].map((s) => metaOf(s)?.anyKeyValueTypes).find(Boolean);
  const at = valueAt(value, d.path);
  if (!types || types.includes(typeof at as 'boolean' | 'string')) return [];
  const field = formatPath(d.path);
  return [{
    severity: 'error', code: 'invalid-type', path: d.path,
    message: message(locale, 'invalid-type', { field, expected: types.join(WORDS.or[locale]), received: describeValue(at, locale) }),
  }];
}

export function downgradeUnchecked(diagnostics: Diagnostic[], schema: z.core.$ZodType, value: unknown, locale: Locale): Diagnostic[] {
  return diagnostics.flatMap((d) => {
    if (d.code === 'unknown-key') return [d, ...unknownKeyTypeError(d, schema, value, locale)];
    if (d.severity !== 'error') return d;
    const note = uncheckedNotes(schema, d.path).reverse()
      .find((found) => covers(found.note, found.depth === d.path.length, d, value))?.note;
    if (!note) return d;
    const close = locale === 'zh-CN' ? '）' : ')';
    return { ...d, severity: 'warning', message: `${d.message}${PREFIX[locale]}${locale === 'zh-CN' ? note.zh : note.en}${close}` };
  });
}
