/**
 * `miniprogram-schema init vscode [dir]`: adds the `json.schemas` mappings of every mini program in the
 * workspace folder `dir` to `dir/.vscode/settings.json`.
 *
 * The settings file is edited, never rewritten: jsonc-parser's `modify` changes only our entries, so
 * comments, formatting and every other setting survive. An entry of ours (recognised by its URL) is
 * updated in place and keeps any pattern the user added to it; other entries are not touched.
 * Running it twice changes nothing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyEdits, type FormattingOptions, modify, parse, type ParseError } from 'jsonc-parser';
import type { Bilingual, Locale } from '../meta.js';
import { type CliCommand, EXIT_OK, text } from './command.js';
import { findMiniPrograms, isOurSchemaUrl, mappingsFor, type SchemaMapping } from './init-vscode-mappings.js';
import { parse as parseOptions, parseLocale, UsageError } from './options.js';
import { packageVersion } from './version.js';

const HELP: Bilingual = {
  en: `Usage: miniprogram-schema init vscode [dir] [options]

Adds JSON Schema mappings for app.json, page and component json, sitemap.json, theme.json,
project.config.json and project.private.config.json to dir/.vscode/settings.json (dir: the folder you
open in VS Code; default: the current folder). Mini programs are found by their project.config.json
(up to three folders down); patterns start at their miniprogramRoot, so other app.json or theme.json
files in the folder are not matched. Comments and other settings are kept; running it again is safe.

Options:
  -l, --locale <zh-CN|en>  Language of the schema descriptions (default: from LANG / LC_ALL)
  -h, --help               Show this help
`,
  zh: `用法：miniprogram-schema init vscode [目录] [选项]

在 目录/.vscode/settings.json 中添加 JSON Schema 映射：app.json、页面与组件 json、sitemap.json、
theme.json、project.config.json 和 project.private.config.json（目录：在 VS Code 中打开的文件夹，
默认当前目录）。按 project.config.json 查找小程序（最多向下三层），匹配规则从 miniprogramRoot 开始，
因此文件夹中其他的 app.json、theme.json 不会被误匹配。保留注释和其他设置；可重复运行。

选项：
  -l, --locale <zh-CN|en>  schema 说明文字的语言（默认取自 LANG / LC_ALL）
  -h, --help               显示本帮助
`,
};

const SAY = {
  target: { zh: '只支持 init vscode', en: 'only "init vscode" is supported' },
  noProgram: { zh: '在 {dir} 中没有找到小程序（project.config.json 或 app.json）', en: 'no mini program (project.config.json or app.json) found in {dir}' },
  badSettings: { zh: '{file} 不是有效的 JSON，未做修改。请先修正该文件', en: '{file} is not valid JSON; it was left unchanged. Fix it first' },
  upToDate: { zh: '{file} 已是最新，无需修改。', en: '{file} is already up to date.' },
  written: { zh: '已更新 {file}：', en: 'Updated {file}:' },
} satisfies Record<string, Bilingual>;

function say(locale: Locale, key: keyof typeof SAY, params: Record<string, string> = {}): string {
  return text(locale, SAY[key]).replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
}

function formattingOf(settings: string): FormattingOptions {
  const indent = /\n([ \t]+)"/.exec(settings)?.[1] ?? '  ';
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: settings.includes('\r\n') ? '\r\n' : '\n' };
}

interface JsonSchemaSetting {
  fileMatch?: unknown;
  url?: unknown;
  [key: string]: unknown;
}

/** Our patterns in order, with the user's extra patterns kept between our includes and our exclusions. */
function mergedFileMatch(existing: unknown, ours: string[]): string[] {
  const extra = (Array.isArray(existing) ? existing : []).filter((p): p is string => typeof p === 'string' && !ours.includes(p));
  const includes = ours.filter((p) => !p.startsWith('!'));
  return [...includes, ...extra, ...ours.filter((p) => p.startsWith('!'))];
}

/** The settings text with our mappings merged in; throws a UsageError when the text is not JSON. */
export function mergeSchemaSettings(settings: string, mappings: SchemaMapping[], locale: Locale, file: string): string {
  const errors: ParseError[] = [];
  const parsed: unknown = parse(settings, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(say(locale, 'badSettings', { file }));
  }
  const formattingOptions = formattingOf(settings);
  const existing = (parsed as Record<string, unknown>)['json.schemas'];
  let text = settings;
  if (!Array.isArray(existing)) {
    const entries = mappings.map(({ fileMatch, url }) => ({ fileMatch, url }));
    return applyEdits(text, modify(text, ['json.schemas'], entries, { formattingOptions }));
  }
  let length = existing.length;
  for (const mapping of mappings) {
    const index = existing.findIndex((entry: JsonSchemaSetting) => typeof entry === 'object' && entry !== null && isOurSchemaUrl(entry.url, mapping.kind));
    if (index < 0) {
      const entry = { fileMatch: mapping.fileMatch, url: mapping.url };
      text = applyEdits(text, modify(text, ['json.schemas', length], entry, { formattingOptions, isArrayInsertion: true }));
      length += 1;
      continue;
    }
    const current = existing[index] as JsonSchemaSetting;
    const fileMatch = mergedFileMatch(current.fileMatch, mapping.fileMatch);
    if (JSON.stringify(current.fileMatch) !== JSON.stringify(fileMatch)) {
      text = applyEdits(text, modify(text, ['json.schemas', index, 'fileMatch'], fileMatch, { formattingOptions }));
    }
    if (current.url !== mapping.url) text = applyEdits(text, modify(text, ['json.schemas', index, 'url'], mapping.url, { formattingOptions }));
  }
  return text;
}

/** Writes the merged settings; returns the mappings and whether the file changed. */
export function initVscode(workspace: string, locale: Locale, version = packageVersion()): { file: string; changed: boolean; mappings: SchemaMapping[] } {
  const programs = findMiniPrograms(workspace);
  if (programs.length === 0) throw new UsageError(say(locale, 'noProgram', { dir: workspace }));
  const mappings = mappingsFor(workspace, programs, locale, version);
  const file = path.join(workspace, '.vscode', 'settings.json');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '{}\n';
  const after = mergeSchemaSettings(before, mappings, locale, path.relative(workspace, file) || file);
  const changed = after !== before || !existsSync(file);
  if (changed) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, after.endsWith('\n') ? after : `${after}\n`);
  }
  return { file, changed, mappings };
}

export const initCommand: CliCommand = {
  name: 'init',
  args: 'vscode [dir]',
  summary: { zh: '为 VS Code 配置 JSON Schema（写入 .vscode/settings.json）', en: 'Set up the JSON Schemas in VS Code (.vscode/settings.json)' },
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { locale: { type: 'string', short: 'l' }, help: { type: 'boolean', short: 'h' } }, io.locale);
    const locale = parseLocale(values.locale, io.locale);
    if (values.help) {
      io.stdout.write(text(locale, HELP));
      return EXIT_OK;
    }
    const [target, dir, ...extra] = positionals;
    if (target !== 'vscode' || extra.length > 0) throw new UsageError(say(locale, 'target'));
    const workspace = path.resolve(io.cwd, dir ?? '.');
    const { file, changed, mappings } = initVscode(workspace, locale);
    const shown = path.relative(io.cwd, file) || file;
    if (!changed) {
      io.stdout.write(`${say(locale, 'upToDate', { file: shown })}\n`);
      return EXIT_OK;
    }
    const lines = mappings.map((m) => `  ${m.kind.padEnd(22)} ${m.fileMatch.filter((p) => !p.startsWith('!')).join(', ')}`);
    io.stdout.write(`${say(locale, 'written', { file: shown })}\n${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};
