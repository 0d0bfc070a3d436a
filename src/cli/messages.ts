/** The CLI's own words, in both languages. Diagnostics bring their own messages. */
import type { LocalizedText } from '../locales/catalogue.js';
import type { Locale } from '../meta.js';

type Text = (p: Record<string, string | number>) => LocalizedText;

export const CLI_TEXT = {
  unknownCommand: (p) => ({ 'zh-CN': `未知命令 "${p.name}"。可用命令：${p.commands}。`, en: `Unknown command "${p.name}". Commands: ${p.commands}.` }),
  missingCommand: () => ({ 'zh-CN': '请指定一个命令，例如 miniprogram-schema check .', en: 'Name a command, e.g. miniprogram-schema check .' }),
  badOption: (p) => ({ 'zh-CN': `参数错误：${p.detail}`, en: `Invalid arguments: ${p.detail}` }),
  unknownOption: (p) => ({ 'zh-CN': `未知选项 ${p.option}。${p.suggestion}`, en: `Unknown option ${p.option}.${p.suggestion ? ` ${p.suggestion}` : ''}` }),
  didYouMean: (p) => ({ 'zh-CN': `你是不是想写 ${p.suggestion}？`, en: `Did you mean ${p.suggestion}?` }),
  optionNeedsValue: (p) => ({ 'zh-CN': `${p.option} 需要一个值，例如 ${p.option} <值>。`, en: `${p.option} needs a value, e.g. ${p.option} <value>.` }),
  optionTakesNoValue: (p) => ({ 'zh-CN': `${p.option} 不接受值。`, en: `${p.option} does not take a value.` }),
  badChoice: (p) => ({ 'zh-CN': `--${p.option} 只能是 ${p.allowed}，而不是 "${p.value}"。`, en: `--${p.option} must be one of ${p.allowed}, not "${p.value}".` }),
  noSuchFolder: (p) => ({ 'zh-CN': `找不到目录 "${p.dir}"。请检查路径（check 接受小程序项目目录，默认当前目录）。`, en: `No such folder: "${p.dir}". Check the path (check takes a mini program project folder; default: the current one).` }),
  tooManyDirs: () => ({ 'zh-CN': 'check 只接受一个目录。', en: 'check takes one folder only.' }),
  noFiles: () => ({ 'zh-CN': 'validate 需要至少一个文件，例如 miniprogram-schema validate app.json', en: 'validate needs at least one file, e.g. miniprogram-schema validate app.json' }),
  seeHelp: (p) => ({ 'zh-CN': `运行 "miniprogram-schema ${p.command}--help" 查看用法。`, en: `Run "miniprogram-schema ${p.command}--help" for usage.` }),
  noProblems: (p) => ({ 'zh-CN': `✔ 未发现问题（检查了 ${p.files} 个文件）。`, en: `✔ No problems (${p.files} files checked).` }),
  summary: (p) => ({
    'zh-CN': `✖ ${p.errors} 个错误，${p.warnings} 个警告（检查了 ${p.files} 个文件）。`,
    en: `✖ ${p.errors} error${p.errors === 1 ? '' : 's'}, ${p.warnings} warning${p.warnings === 1 ? '' : 's'} (${p.files} files checked).`,
  }),
  strictNote: () => ({ 'zh-CN': '（--strict：警告也视为失败）', en: '(--strict: warnings fail the check)' }),
  progress: (p) => ({ 'zh-CN': `检查中 ${p.checked}/${p.total} ${p.file}`, en: `checking ${p.checked}/${p.total} ${p.file}` }),
  badRule: (p) => ({ 'zh-CN': `--rule 应写成 <代码>=<${p.allowed}>，例如 --rule unknown-key=off，而不是 "${p.value}"。`, en: `--rule takes <code>=<${p.allowed}>, e.g. --rule unknown-key=off, not "${p.value}".` }),
  badMaxWarnings: (p) => ({ 'zh-CN': `--max-warnings 应为非负整数，而不是 "${p.value}"。`, en: `--max-warnings takes a whole number, not "${p.value}".` }),
  tooManyWarnings: (p) => ({ 'zh-CN': `✖ 警告数 ${p.count} 超过 --max-warnings ${p.max}。`, en: `✖ ${p.count} warnings, more than --max-warnings ${p.max}.` }),
  error: () => ({ 'zh-CN': '错误', en: 'error' }),
  warning: () => ({ 'zh-CN': '警告', en: 'warning' }),
} satisfies Record<string, Text>;

export function say(locale: Locale, key: keyof typeof CLI_TEXT, params: Record<string, string | number> = {}): string {
  return (CLI_TEXT[key] as Text)(params)[locale];
}
