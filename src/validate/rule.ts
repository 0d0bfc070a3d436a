/** The shape of a cross-field rule, owned by the validation engine that runs it. One rule per module, its tests beside it. */
import type { JsonPath, Severity } from '../diagnostics.js';
import type { Bilingual, Locale } from '../meta.js';

export interface RuleFinding {
  /** Where the problem is. */
  path: JsonPath;
  /** Values for the message template. */
  params?: Record<string, string | number>;
  /** Point at the key instead of the value (e.g. an unexpected key). */
  anchor?: 'key' | 'value';
}

export interface Rule<T> {
  /** Stable code, kebab-case, never reused for another meaning. */
  code: string;
  severity: Severity;
  /** What the rule checks, for docs. */
  description: Bilingual;
  messages: Record<Locale, (params: Record<string, string | number> & { field: string }) => string>;
  check(value: T, context: RuleContext): Iterable<RuleFinding>;
}

export interface RuleContext {
  locale: Locale;
}
