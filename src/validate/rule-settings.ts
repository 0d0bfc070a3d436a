/**
 * Per-code severity overrides (`rules` in a config file, `--rule`, the `rules` option of `validate*`
 * and `checkProject`): `off` drops a code's diagnostics, `warn` and `error` set their severity.
 * Applying them needs no catalogue of codes, so a single validator stays small; checking that every
 * named code exists is `ruleSettingsProblems` in `project/rule-codes.ts`.
 */
import type { Diagnostic, Severity } from '../diagnostics.js';
import type { Locale } from '../meta.js';

export const RULE_SETTINGS = ['off', 'warn', 'error'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];
/** Code → setting, e.g. `{ "unknown-key": "off", "pages-empty": "error" }`. */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/** A `rules` entry that names no code of the package, or has a setting other than off / warn / error. */
export class RuleSettingsError extends Error {
  override name = 'RuleSettingsError';
}

const SEVERITY: Record<Exclude<RuleSetting, 'off'>, Severity> = { warn: 'warning', error: 'error' };

export function isRuleSetting(value: unknown): value is RuleSetting {
  return (RULE_SETTINGS as readonly unknown[]).includes(value);
}

export function badSettingMessage(code: string, setting: unknown, locale: Locale): string {
  const shown = JSON.stringify(setting) ?? String(setting);
  return locale === 'zh-CN'
    ? `"${code}" 的设置只能是 "off"、"warn" 或 "error"，而不是 ${shown}。`
    : `The setting of "${code}" must be "off", "warn" or "error", not ${shown}.`;
}

/** Throws a {@link RuleSettingsError} when a setting is not off / warn / error (code names are not checked here). */
export function assertSettingValues(rules: Record<string, unknown>, locale: Locale): asserts rules is RuleSettings {
  const problems = Object.entries(rules).filter(([, setting]) => !isRuleSetting(setting)).map(([code, setting]) => badSettingMessage(code, setting, locale));
  if (problems.length) throw new RuleSettingsError(problems.join('\n'));
}

/** Applies the overrides; the diagnostics keep their order. */
export function applyRuleSettings<D extends Diagnostic>(diagnostics: readonly D[], rules: RuleSettings | undefined): D[] {
  if (!rules || Object.keys(rules).length === 0) return [...diagnostics];
  const out: D[] = [];
  for (const d of diagnostics) {
    const setting = Object.hasOwn(rules, d.code) ? rules[d.code] : undefined;
    if (setting === 'off') continue;
    out.push(setting === undefined || SEVERITY[setting] === d.severity ? d : { ...d, severity: SEVERITY[setting] });
  }
  return out;
}
