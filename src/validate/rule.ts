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

/**
 * Keys that belong in another kind of file (an app-only key in a page json…). WeChat ignores them, so
 * the engine reports each with this rule's code in place of whatever the schema said about it, whether
 * or not the schema found errors elsewhere.
 */
export interface MisplacedKeyRule {
  code: string;
  severity: Severity;
  description: Bilingual;
  messages: Record<Locale, (params: { key: string; field: string }) => string>;
  /** The keys this file kind takes for misplaced; built on first use (they come from the schemas). */
  keys(): ReadonlySet<string>;
}
