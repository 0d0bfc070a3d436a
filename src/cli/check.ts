/** `miniprogram-schema check [dir]`: the whole-project check. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkProject } from '../project/index.js';
import { ProjectFs } from '../project/project-fs.js';
import { FATAL_PROJECT_CODES, UNREADABLE_FILE_CODES } from '../project/messages.js';
import { type CliCommand, EXIT_USAGE } from './command.js';
import { say } from './messages.js';
import { applyMaxWarnings, CONFIG_OPTION_SPEC, reportToShow, resolveConfig } from './config-options.js';
import { OUTPUT_OPTION_SPEC, outputOptions, parse, parseLocale, UsageError } from './options.js';
import { writeReport } from './output.js';
import { progressLine } from './progress.js';
import { CHECK_HELP } from './help.js';

/** Input that could not be read at all: exit 2 rather than 1. */
const UNREADABLE_INPUT = new Set([...FATAL_PROJECT_CODES, ...UNREADABLE_FILE_CODES]);

export const checkCommand: CliCommand = {
  name: 'check',
  args: '[dir]',
  summary: { 'zh-CN': '检查整个小程序项目（默认当前目录）', en: 'Check a whole mini program project (default: current folder)' },
  help: CHECK_HELP,
  async run(argv, io) {
    const { values, positionals } = parse(argv, CHECK_OPTION_SPEC, io.locale);
    if (values.help) {
      const locale = parseLocale(values.locale, io.locale);
      io.stdout.write(CHECK_HELP[locale]);
      return 0;
    }
    const target = path.resolve(io.cwd, positionals[0] ?? '.');
    const config = resolveConfig(values, existsSync(target) ? projectFolder(target) : io.cwd, io);
    const options = outputOptions({ ...values, locale: config.locale }, io.locale);
    if (positionals.length > 1) throw new UsageError(say(options.locale, 'tooManyDirs'));
    if (!existsSync(target) && (options.format === 'pretty' || options.format === 'github')) {
      io.stderr.write(`miniprogram-schema: ${say(options.locale, 'noSuchFolder', { dir: positionals[0] ?? '.' })}\n`);
      return EXIT_USAGE;
    }
    const progress = progressLine(io.stderr, options.locale);
    const report = await checkProject(projectFolder(target), { locale: options.locale, rules: config.rules, verbose: config.verbose, onProgress: progress.update });
    progress.finish();
    // Frames are read with the same limits as the check: nothing outside the project, no FIFO, no giant file.
    const files = new ProjectFs(report.root);
    const shown = reportToShow(report, config);
    const code = applyMaxWarnings(writeReport(shown, options, io, (file) => files.textSync(file).text), shown, config, io);
    return report.diagnostics.some((d) => UNREADABLE_INPUT.has(d.code)) ? EXIT_USAGE : code;
  },
};

const CHECK_OPTION_SPEC = { ...OUTPUT_OPTION_SPEC, ...CONFIG_OPTION_SPEC } as const;

/** `check miniprogram/app.json` means its folder. */
function projectFolder(target: string): string {
  try {
    return statSync(target).isFile() ? path.dirname(target) : target;
  } catch {
    return target;
  }
}
