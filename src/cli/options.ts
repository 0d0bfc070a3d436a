/** Options `check` and `validate` share, parsed with node's util.parseArgs. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Locale } from '../meta.js';
import { closest } from '../validate/suggest.js';
import { say } from './messages.js';

export const FORMATS = ['pretty', 'json', 'github', 'sarif', 'gitlab'] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputOptions {
  format: Format;
  locale: Locale;
  strict: boolean;
  quiet: boolean;
  help: boolean;
}

/** A mistake in the command line: the CLI prints it and exits with 2. */
export class UsageError extends Error {}

export const OUTPUT_OPTION_SPEC = {
  format: { type: 'string', short: 'f' },
  locale: { type: 'string', short: 'l' },
  strict: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs, with its errors turned into bilingual usage errors (an unknown option gets a did-you-mean). */
export function parse<O extends Options>(argv: string[], options: O, locale: Locale) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(optionErrorMessage(error as NodeJS.ErrnoException, argv, options, locale));
  }
}

function optionErrorMessage(error: NodeJS.ErrnoException, argv: readonly string[], options: Options, locale: Locale): string {
  const names = Object.entries(options).flatMap(([name, spec]) => [`--${name}`, ...(spec.short ? [`-${spec.short}`] : [])]);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const end = argv.indexOf('--');
    const option = (end < 0 ? argv : argv.slice(0, end)).map((arg) => arg.split('=')[0]!).find((arg) => arg.startsWith('-') && arg !== '-' && !names.includes(arg));
    if (option !== undefined) {
      const suggestion = closest(option, names.filter((name) => name.startsWith('--')));
      return say(locale, 'unknownOption', { option, suggestion: suggestion ? say(locale, 'didYouMean', { suggestion }) : '' });
    }
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /--[\w-]+/.exec(error.message)?.[0];
    if (option) return say(locale, /argument missing/.test(error.message) ? 'optionNeedsValue' : 'optionTakesNoValue', { option });
  }
  return say(locale, 'badOption', { detail: error.message });
}

export function parseLocale(value: string | undefined, fallback: Locale): Locale {
  if (value === undefined) return fallback;
  if (/^zh([-_](cn|hans))?$/i.test(value)) return 'zh-CN';
  if (/^en([-_][a-z]+)?$/i.test(value)) return 'en';
  throw new UsageError(say(fallback, 'badChoice', { option: 'locale', allowed: 'zh-CN, en', value }));
}

export function choice<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T, locale: Locale): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(say(locale, 'badChoice', { option, allowed: allowed.join(', '), value }));
}

export function outputOptions(values: { format?: string; locale?: string; strict?: boolean; quiet?: boolean; help?: boolean }, envLocale: Locale): OutputOptions {
  const locale = parseLocale(values.locale, envLocale);
  return {
    locale,
    format: choice('format', values.format, FORMATS, 'pretty', locale),
    strict: values.strict === true,
    quiet: values.quiet === true,
    help: values.help === true,
  };
}
