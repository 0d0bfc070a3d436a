/** Dispatches `miniprogram-schema <command> …` to the command table and turns usage errors into exit 2. */
import type { Locale } from '../meta.js';
import { type CliCommand, type CliIo, EXIT_OK, EXIT_USAGE, InputError, text } from './command.js';
import { COMMANDS } from './commands.js';
import { say } from './messages.js';
import { parseLocale, UsageError } from './options.js';
import { packageVersion } from './version.js';

export async function run(argv: string[], io: CliIo, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT_OK;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(mainHelp(helpLocale(rest, io.locale), commands));
      return EXIT_OK;
    }
    if (first === undefined || first.startsWith('-')) {
      io.stderr.write(mainHelp(io.locale, commands));
      throw new UsageError(say(io.locale, 'missingCommand'));
    }
    const command = commands.find((c) => c.name === first);
    if (!command) throw new UsageError(say(io.locale, 'unknownCommand', { name: first, commands: commands.map((c) => c.name).join(', ') }));
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(`miniprogram-schema: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (!(error instanceof UsageError)) throw error;
    const name = commands.some((c) => c.name === first) ? `${first} ` : '';
    io.stderr.write(`miniprogram-schema: ${error.message}\n${say(io.locale, 'seeHelp', { command: name })}\n`);
    return EXIT_USAGE;
  }
}

/** `--help --locale en` works too. */
function helpLocale(rest: string[], fallback: Locale): Locale {
  const i = rest.findIndex((a) => a === '--locale' || a === '-l');
  const inline = rest.find((a) => a.startsWith('--locale='));
  const value = i >= 0 ? rest[i + 1] : inline?.slice('--locale='.length);
  try {
    return parseLocale(value, fallback);
  } catch {
    return fallback;
  }
}

export function mainHelp(locale: Locale, commands: readonly CliCommand[]): string {
  const zh = locale === 'zh-CN';
  const width = Math.max(...commands.map((c) => `${c.name} ${c.args}`.length));
  const list = commands.map((c) => `  ${`${c.name} ${c.args}`.padEnd(width)}  ${text(locale, c.summary)}`).join('\n');
  return zh
    ? `用法：miniprogram-schema <命令> [选项]

微信小程序配置文件校验工具（app.json、页面与组件 json、sitemap.json、theme.json、project.config.json）。

命令：
${list}

全局选项：
  -h, --help     显示帮助（命令后加 --help 查看该命令的帮助）
  -v, --version  显示版本号
`
    : `Usage: miniprogram-schema <command> [options]

Validates WeChat mini program config files (app.json, page and component json, sitemap.json,
theme.json, project.config.json).

Commands:
${list}

Global options:
  -h, --help     Show help (add --help after a command for its own help)
  -v, --version  Show the version
`;
}
