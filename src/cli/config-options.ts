/**
 * The options `check` and `validate` take from a configuration: `--config`, `--rule`, `--ignore`,
 * `--max-warnings`, `--verbose`, merged with the nearest config file (command line wins).
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { ConfigError, findConfig, type LoadedConfig, loadConfigFile } from '../config/config-file.js';
import { ruleSettingsProblems } from '../project/rule-codes.js';
import { RULE_SETTINGS, type RuleSetting } from '../validate/rule-settings.js';
import { countBySeverity } from '../diagnostics.js';
import type { Locale } from '../meta.js';
import type { ProjectReport } from '../project/types.js';
import type { CliIo } from './command.js';
import { trimTrailingSlashes } from '../primitives/paths.js';
import { EXIT_OK, EXIT_PROBLEMS } from './command.js';
import { say } from './messages.js';
import { parseLocale, UsageError } from './options.js';

export const CONFIG_OPTION_SPEC = {
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true },
  ignore: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  verbose: { type: 'boolean' },
} as const;

export interface ConfigValues {
  config?: string;
  rule?: string[];
  ignore?: string[];
  'max-warnings'?: string;
  verbose?: boolean;
  locale?: string;
}

export interface ResolvedConfig {
  /** Locale for output: `--locale`, else the config's, else the environment's. */
  locale: Locale;
  rules: Record<string, RuleSetting>;
  /** Whether a project-relative file of `root` is ignored. */
  ignored: (root: string, file: string) => boolean;
  maxWarnings?: number;
  verbose: boolean;
}

/** Reads the config (`--config`, or the nearest one above `searchFrom`) and merges the options. */
export function resolveConfig(values: ConfigValues, searchFrom: string, io: CliIo): ResolvedConfig {
  const cliLocale = values.locale === undefined ? undefined : parseLocale(values.locale, io.locale);
  const messagesLocale = cliLocale ?? io.locale;
  let loaded: LoadedConfig | undefined;
  try {
    loaded = values.config !== undefined ? loadConfigFile(path.resolve(io.cwd, values.config), messagesLocale) : findConfig(searchFrom, messagesLocale);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  const locale = cliLocale ?? loaded?.config.locale ?? io.locale;
  const rules = { ...loaded?.config.rules, ...parseRuleOptions(values.rule ?? [], locale) };
  const matchers = [
    ...globMatchers(loaded?.config.ignore ?? [], loaded?.dir ?? io.cwd),
    ...globMatchers(values.ignore ?? [], io.cwd),
  ];
  return {
    locale, rules,
    ignored: (root, file) => matchers.some((matches) => matches(path.resolve(root, file))),
    ...(values['max-warnings'] !== undefined ? { maxWarnings: parseMaxWarnings(values['max-warnings'], locale) } : {}),
    verbose: values.verbose === true,
  };
}

/** `--rule code=severity`, repeatable. */
function parseRuleOptions(options: readonly string[], locale: Locale): Record<string, RuleSetting> {
  const rules: Record<string, string> = {};
  for (const option of options) {
    const match = /^([^=]+)=(.*)$/.exec(option.trim());
    if (!match) throw new UsageError(say(locale, 'badRule', { value: option, allowed: RULE_SETTINGS.join('|') }));
    rules[match[1]!.trim()] = match[2]!.trim();
  }
  const problems = ruleSettingsProblems(rules, locale);
  if (problems.length) throw new UsageError(problems.join('\n'));
  return rules as Record<string, RuleSetting>;
}

function parseMaxWarnings(value: string, locale: Locale): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(say(locale, 'badMaxWarnings', { value }));
  return Number(value);
}

/** Globs relative to `base` (picomatch syntax); a folder name also covers what is inside it. */
function globMatchers(globs: readonly string[], base: string): Array<(absolute: string) => boolean> {
  return globs.map((glob) => {
    const isMatch = picomatch([glob, `${trimTrailingSlashes(glob)}/**`], { dot: true });
    return (absolute) => {
      const relative = path.relative(base, absolute).split(path.sep).join('/');
      return !relative.startsWith('../') && isMatch(relative);
    };
  });
}

/** Leaves out ignored files; under `--verbose` the diagnostics a cause explains are shown too. */
export function reportToShow(report: ProjectReport, config: ResolvedConfig): ProjectReport {
  const keep = <D extends { file?: string }>(list: readonly D[]) => list.filter((d) => d.file === undefined || !config.ignored(report.root, d.file));
  const explained = keep(report.explained ?? []);
  const diagnostics = keep(report.diagnostics);
  const shown = config.verbose ? [...diagnostics, ...explained] : diagnostics;
  const { explained: _explained, ...rest } = report;
  return { ...rest, diagnostics: shown, ...countBySeverity(diagnostics), ...(explained.length && !config.verbose ? { explained } : {}) };
}

/** `--max-warnings n`: more warnings than that fail the run (exit 1), with a line saying why. */
export function applyMaxWarnings(code: number, report: ProjectReport, config: ResolvedConfig, io: CliIo): number {
  if (config.maxWarnings === undefined || report.warningCount <= config.maxWarnings) return code;
  io.stderr.write(`${say(config.locale, 'tooManyWarnings', { count: report.warningCount, max: config.maxWarnings })}\n`);
  return code === EXIT_OK ? EXIT_PROBLEMS : code;
}
