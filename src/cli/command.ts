/** What every subcommand of the CLI looks like, and what it may touch. */
import type { LocalizedText } from '../locales/catalogue.js';
import type { Locale } from '../meta.js';

export const EXIT_OK = 0;
/** Problems found (errors, or warnings under `--strict`). */
export const EXIT_PROBLEMS = 1;
/** Usage error, or input that could not be read at all. */
export const EXIT_USAGE = 2;

/** Input the command cannot work with (a file it must not or cannot write, …): one line on stderr, exit 2. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Everything a command needs from the outside world; tests pass their own. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Locale from the environment; `--locale` overrides it per command. */
  locale: Locale;
}

export interface CliCommand {
  /** The word after `miniprogram-schema`, e.g. `check`. */
  name: string;
  /** Shown after the name in the usage line, e.g. `[dir]`. */
  args: string;
  /** One line for the command list of `--help`. */
  summary: LocalizedText;
  /** Full help of `miniprogram-schema <name> --help`. */
  help: LocalizedText;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(argv: string[], io: CliIo): Promise<number>;
}

export function text(locale: Locale, localized: LocalizedText): string {
  return localized[locale];
}
