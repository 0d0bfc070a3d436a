/** The CLI's own words, in both languages. Diagnostics bring their own messages. */
import type { Bilingual, Locale } from '../meta.js';

type Text = (p: Record<string, string | number>) => Bilingual;

export const CLI_TEXT = {
  unknownCommand: (p) => ({ zh: `未知命令 "${p.name}"。可用命令：${p.commands}。`, en: `Unknown command "${p.name}". Commands: ${p.commands}.` }),
  missingCommand: () => ({ zh: '请指定一个命令，例如 miniprogram-schema check .', en: 'Name a command, e.g. miniprogram-schema check .' }),
  badOption: (p) => ({ zh: `参数错误：${p.detail}`, en: `Invalid arguments: ${p.detail}` }),
  badChoice: (p) => ({ zh: `--${p.option} 只能是 ${p.allowed}，而不是 "${p.value}"。`, en: `--${p.option} must be one of ${p.allowed}, not "${p.value}".` }),
  tooManyDirs: () => ({ zh: 'check 只接受一个目录。', en: 'check takes one folder only.' }),
  noFiles: () => ({ zh: 'validate 需要至少一个文件，例如 miniprogram-schema validate app.json', en: 'validate needs at least one file, e.g. miniprogram-schema validate app.json' }),
  seeHelp: (p) => ({ zh: `运行 "miniprogram-schema ${p.command}--help" 查看用法。`, en: `Run "miniprogram-schema ${p.command}--help" for usage.` }),
  noProblems: (p) => ({ zh: `✔ 未发现问题（检查了 ${p.files} 个文件）。`, en: `✔ No problems (${p.files} files checked).` }),
  summary: (p) => ({
    zh: `✖ ${p.errors} 个错误，${p.warnings} 个警告（检查了 ${p.files} 个文件）。`,
    en: `✖ ${p.errors} error${p.errors === 1 ? '' : 's'}, ${p.warnings} warning${p.warnings === 1 ? '' : 's'} (${p.files} files checked).`,
  }),
  strictNote: () => ({ zh: '（--strict：警告也视为失败）', en: '(--strict: warnings fail the check)' }),
  progress: (p) => ({ zh: `检查中 ${p.checked}/${p.total} ${p.file}`, en: `checking ${p.checked}/${p.total} ${p.file}` }),
  error: () => ({ zh: '错误', en: 'error' }),
  warning: () => ({ zh: '警告', en: 'warning' }),
} satisfies Record<string, Text>;

export function say(locale: Locale, key: keyof typeof CLI_TEXT, params: Record<string, string | number> = {}): string {
  const bilingual = (CLI_TEXT[key] as Text)(params);
  return locale === 'zh-CN' ? bilingual.zh : bilingual.en;
}
