/**
 * Per-code severity overrides (`rules` in a config file, `--rule`, the `rules` option of `validate*`
 * and `checkProject`): `off` drops a code's diagnostics, `warn` and `error` set their severity.
 */
import type { Diagnostic, Severity } from '../diagnostics.js';
import type { Locale } from '../meta.js';
import { closest } from '../validate/suggest.js';
import { diagnosticCodes } from './codes.js';

export const RULE_SETTINGS = ['off', 'warn', 'error'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];
/** Code → setting, e.g. `{ "unknown-key": "off", "pages-empty": "error" }`. */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/** A `rules` entry that names no code of the package, or has a setting other than off / warn / error. */
export class RuleSettingsError extends Error {
  override name = 'RuleSettingsError';
}

const SEVERITY: Record<Exclude<RuleSetting, 'off'>, Severity> = { warn: 'warning', error: 'error' };

/** The message for a code the package does not have, with the closest real code when there is one. */
export function unknownCodeMessage(code: string, locale: Locale): string {
  const suggestion = closest(code, diagnosticCodes().map((info) => info.code));
  if (locale === 'zh-CN') {
    return `未知的诊断代码 "${code}"。${suggestion ? `你是不是想写 "${suggestion}"？` : ''}所有代码见 docs/configuration.md。`;
  }
  return `Unknown diagnostic code "${code}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Every code is listed in docs/configuration.md.`;
}

export function badSettingMessage(code: string, setting: unknown, locale: Locale): string {
  const shown = JSON.stringify(setting) ?? String(setting);
  return locale === 'zh-CN'
    ? `"${code}" 的设置只能是 "off"、"warn" 或 "error"，而不是 ${shown}。`
    : `The setting of "${code}" must be "off", "warn" or "error", not ${shown}.`;
}

/** Every problem of a `rules` object, as messages in `locale`; empty when it is usable. */
export function ruleSettingsProblems(rules: Record<string, unknown>, locale: Locale): string[] {
  const known = new Set(diagnosticCodes().map((info) => info.code));
  const problems: string[] = [];
  for (const [code, setting] of Object.entries(rules)) {
    if (!known.has(code)) problems.push(unknownCodeMessage(code, locale));
    else if (!(RULE_SETTINGS as readonly unknown[]).includes(setting)) problems.push(badSettingMessage(code, setting, locale));
  }
  return problems;
}

/** Throws a {@link RuleSettingsError} listing every problem of `rules`. */
export function assertRuleSettings(rules: Record<string, unknown>, locale: Locale): asserts rules is RuleSettings {
  const problems = ruleSettingsProblems(rules, locale);
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
