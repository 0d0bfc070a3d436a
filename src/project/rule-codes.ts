/** Checks a `rules` object against every code the package has (config files, `--rule`, `checkProject`). */
import type { Locale } from '../meta.js';
import { badSettingMessage, isRuleSetting, RuleSettingsError, type RuleSettings } from '../validate/rule-settings.js';
import { closest } from '../validate/suggest.js';
import { diagnosticCodes } from './codes.js';

/** The message for a code the package does not have, with the closest real code when there is one. */
export function unknownCodeMessage(code: string, locale: Locale): string {
  const suggestion = closest(code, diagnosticCodes().map((info) => info.code));
  if (locale === 'zh-CN') {
    return `未知的诊断代码 "${code}"。${suggestion ? `你是不是想写 "${suggestion}"？` : ''}所有代码见 docs/rules.md。`;
  }
  return `Unknown diagnostic code "${code}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Every code is listed in docs/rules.md.`;
}

/** Every problem of a `rules` object, as messages in `locale`; empty when it is usable. */
export function ruleSettingsProblems(rules: Record<string, unknown>, locale: Locale): string[] {
  const known = new Set(diagnosticCodes().map((info) => info.code));
  const problems: string[] = [];
  for (const [code, setting] of Object.entries(rules)) {
    if (!known.has(code)) problems.push(unknownCodeMessage(code, locale));
    else if (!isRuleSetting(setting)) problems.push(badSettingMessage(code, setting, locale));
  }
  return problems;
}

/** Throws a {@link RuleSettingsError} listing every problem of `rules`. */
export function assertRuleSettings(rules: Record<string, unknown>, locale: Locale): asserts rules is RuleSettings {
  const problems = ruleSettingsProblems(rules, locale);
  if (problems.length) throw new RuleSettingsError(problems.join('\n'));
}
