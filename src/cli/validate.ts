/** `miniprogram-schema validate <file…>`: single config files, their kind from the name or `--kind`. */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { applyRuleSettings } from '../validate/rule-settings.js';
import { countBySeverity, type Diagnostic } from '../diagnostics.js';
import type { Locale } from '../meta.js';
import { KIND_IDS, type KindId, kindIdOf } from '../kinds.js';
import { JsonFile } from '../project/json-file.js';
import { projectMessage, unreadableFileCode } from '../project/messages.js';
import { byPlace } from '../project/order.js';
import { isInside, MAX_CONFIG_BYTES, OUTSIDE_PROJECT, readRegularFile } from '../project/project-fs.js';
import type { ProjectReport } from '../project/types.js';
import type { ThemeVariables } from '../validate/theme.js';
import { kindOfFile, validateFile } from '../validate-file.js';
import { type CliCommand, EXIT_USAGE } from './command.js';
import { VALIDATE_HELP } from './help.js';
import { say } from './messages.js';
import { applyMaxWarnings, CONFIG_OPTION_SPEC, reportToShow, resolveConfig } from './config-options.js';
import { choice, OUTPUT_OPTION_SPEC, outputOptions, parse, parseLocale, UsageError } from './options.js';
import { writeReport } from './output.js';

const VALIDATE_OPTION_SPEC = { ...OUTPUT_OPTION_SPEC, ...CONFIG_OPTION_SPEC, kind: { type: 'string', short: 'k' } } as const;

export const validateCommand: CliCommand = {
  name: 'validate',
  args: '<file…>',
  summary: { 'zh-CN': '校验单个配置文件（app.json、页面 json、组件 json 等）', en: 'Validate single config files (app.json, page json, component json…)' },
  help: VALIDATE_HELP,
  async run(argv, io) {
    const { values, positionals } = parse(argv, VALIDATE_OPTION_SPEC, io.locale);
    if (values.help) {
      const locale = parseLocale(values.locale, io.locale);
      io.stdout.write(VALIDATE_HELP[locale]);
      return 0;
    }
    const config = resolveConfig(values, io.cwd, io);
    const options = outputOptions({ ...values, locale: config.locale }, io.locale);
    // Earlier spellings (`project-config`) are still accepted; the error lists the current ones.
    const kind = values.kind === undefined ? undefined : kindIdOf(values.kind) ?? choice('kind', values.kind, KIND_IDS, 'page', options.locale);
    if (positionals.length === 0) throw new UsageError(say(options.locale, 'noFiles'));
    const results = await Promise.all(positionals.map((file) => validateNamedFile(path.resolve(io.cwd, file), io.cwd, kind, options.locale)));
    const diagnostics = applyRuleSettings(results.flatMap((r) => r.diagnostics), config.rules).sort(byPlace);
    const report: ProjectReport = {
      root: io.cwd,
      files: results.filter((r) => r.read).map((r) => r.file).sort(),
      diagnostics,
      ...countBySeverity(diagnostics),
    };
    const texts = new Map(results.map((r) => [r.file, r.text]));
    const shown = reportToShow(report, config);
    const code = applyMaxWarnings(writeReport(shown, options, io, (file) => texts.get(file)), shown, config, io);
    return results.some((r) => !r.read) ? EXIT_USAGE : code;
  },
};

interface FileResult {
  file: string;
  read: boolean;
  /** The text read, for code frames. */
  text?: string;
  diagnostics: Diagnostic[];
}

async function validateNamedFile(absolute: string, cwd: string, forced: KindId | undefined, locale: Locale): Promise<FileResult> {
  const file = path.relative(cwd, absolute).split(path.sep).join('/');
  // A file named on the command line is read wherever it is, but only if it is a regular file of sane size.
  const { bytes, error = 'EIO', size } = readRegularFile(absolute, MAX_CONFIG_BYTES);
  if (!bytes) {
    const code = unreadableFileCode(error);
    const message = projectMessage(locale, code, { target: file, detail: error, size, max: MAX_CONFIG_BYTES });
    return { file, read: false, diagnostics: [{ severity: 'error', code, message, path: [], file, line: 1, column: 1 }] };
  }
  const text = bytes.toString('utf8');
  const kind = kindOfFile(text, { fileName: file, kind: forced });
  const theme = kind === 'app' ? await siblingTheme(absolute, new JsonFile(file, text, locale)) : undefined;
  const { diagnostics } = validateFile(text, { locale, fileName: file, kind, ...(theme ? { theme } : {}) });
  return { file, read: true, text, diagnostics };
}

/**
 * The theme.json an app.json names, when it sits where `themeLocation` says, inside the app.json's
 * folder (as in a project check: its values can end up in messages); otherwise no theme check.
 */
async function siblingTheme(appFile: string, app: JsonFile): Promise<ThemeVariables | undefined> {
  const location = app.objectAt([])?.themeLocation;
  if (typeof location !== 'string') return undefined;
  try {
    const { bytes } = readRegularFile(realInside(path.dirname(appFile), location), MAX_CONFIG_BYTES);
    const value = bytes ? (JSON.parse(bytes.toString('utf8')) as unknown) : undefined;
    return value !== null && typeof value === 'object' ? (value as ThemeVariables) : undefined;
  } catch {
    return undefined;
  }
}

/** The real path of `relative` under `folder`; throws when it leaves the folder. */
function realInside(folder: string, relative: string): string {
  const root = realpathSync.native(folder);
  const real = realpathSync.native(path.resolve(folder, relative));
  if (!isInside(root, real)) throw new Error(OUTSIDE_PROJECT);
  return real;
}
