/**
 * `miniprogram-schema init vscode [dir]`: adds the `json.schemas` mappings of every mini program in the
 * workspace folder `dir` to `dir/.vscode/settings.json`.
 *
 * The settings file is edited, never rewritten: jsonc-parser's `modify` changes only our entries, so
 * comments, formatting and every other setting survive. An entry of ours (recognised by its URL) is
 * updated in place and keeps any pattern the user added to it; other entries are not touched.
 * Running it twice changes nothing.
 */
import { closeSync, constants, lstatSync, mkdirSync, openSync, realpathSync, type Stats, writeSync } from 'node:fs';
import path from 'node:path';
import { applyEdits, type FormattingOptions, modify, parse, type ParseError, parseTree } from 'jsonc-parser';
import type { LocalizedText } from '../locales/catalogue.js';
import type { Locale } from '../meta.js';
import { isInside, MAX_CONFIG_BYTES, NOT_REGULAR, readRegularFile, TOO_LARGE } from '../project/project-fs.js';
import { type CliCommand, EXIT_OK, InputError, text } from './command.js';
import { displayText } from './format-escape.js';
import { findMiniPrograms, isOurSchemaUrl, mappingsFor, type SchemaMapping } from './init-vscode-mappings.js';
import { parse as parseOptions, parseLocale, UsageError } from './options.js';
import { packageVersion } from './version.js';

const HELP: LocalizedText = {
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
  'zh-CN': `用法：miniprogram-schema init vscode [目录] [选项]

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
  target: { 'zh-CN': '只支持 init vscode', en: 'only "init vscode" is supported' },
  noProgram: { 'zh-CN': '在 {dir} 中没有找到小程序（project.config.json 或 app.json）', en: 'no mini program (project.config.json or app.json) found in {dir}' },
  badSettings: { 'zh-CN': '{file} 不是有效的 JSON，未做修改。请先修正该文件', en: '{file} is not valid JSON; it was left unchanged. Fix it first' },
  duplicateSchemas: {
    'zh-CN': '{file} 中 "json.schemas" 出现了不止一次（VS Code 只使用最后一个），未做修改。请先将它们合并为一个',
    en: '{file} has "json.schemas" more than once (VS Code uses only the last one); it was left unchanged. Merge them into one first',
  },
  symlink: {
    'zh-CN': '{file} 是符号链接，未做修改（写入会修改链接指向的文件，可能位于工作区之外）。请改为普通文件后重试',
    en: '{file} is a symbolic link; it was left unchanged (writing would change the file it points to, possibly outside the workspace). Replace it with a regular file and run again',
  },
  notAFile: { 'zh-CN': '{file} 不是普通文件，未做修改', en: '{file} is not a regular file; it was left unchanged' },
  tooLarge: { 'zh-CN': '{file} 过大（{code} 字节），未做修改', en: '{file} is too large ({code} bytes); it was left unchanged' },
  cannotWrite: { 'zh-CN': '无法写入 {file}（{code}）。请检查该文件及其目录的权限', en: 'cannot write {file} ({code}). Check the permissions of the file and its folder' },
  upToDate: { 'zh-CN': '{file} 已是最新，无需修改。', en: '{file} is already up to date.' },
  written: { 'zh-CN': '已更新 {file}：', en: 'Updated {file}:' },
} satisfies Record<string, LocalizedText>;

function say(locale: Locale, key: keyof typeof SAY, params: Record<string, string> = {}): string {
  return text(locale, SAY[key]).replace(/\{(\w+)\}/g, (_, name: string) => displayText(params[name] ?? ''));
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

const BOM = '\uFEFF';

/**
 * The settings text with our mappings merged in; throws a UsageError when the text is not JSON. An
 * empty file counts as `{}`; a byte order mark is kept.
 */
export function mergeSchemaSettings(settings: string, mappings: SchemaMapping[], locale: Locale, file: string): string {
  if (settings.startsWith(BOM)) return BOM + mergeSchemaSettings(settings.slice(BOM.length), mappings, locale, file);
  if (settings.trim() === '') return mergeSchemaSettings('{}\n', mappings, locale, file);
  const errors: ParseError[] = [];
  const parsed: unknown = parse(settings, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(say(locale, 'badSettings', { file }));
  }
  // jsonc-parser's modify edits the first of duplicate keys while VS Code (and parse) read the last:
  // merging would add our entries again on every run.
  if (topLevelCount(settings, 'json.schemas') > 1) throw new InputError(say(locale, 'duplicateSchemas', { file }));
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

function topLevelCount(settings: string, key: string): number {
  return parseTree(settings, [], { allowTrailingComma: true })?.children?.filter((property) => property.children?.[0]?.value === key).length ?? 0;
}

/** Writes the merged settings; returns the mappings and whether the file changed. */
export function initVscode(workspace: string, locale: Locale, version = packageVersion()): { file: string; changed: boolean; mappings: SchemaMapping[] } {
  const programs = findMiniPrograms(workspace);
  if (programs.length === 0) throw new UsageError(say(locale, 'noProgram', { dir: workspace }));
  const mappings = mappingsFor(workspace, programs, locale, version);
  const file = path.join(workspace, '.vscode', 'settings.json');
  const shown = path.relative(workspace, file) || file;
  const fail = (key: keyof typeof SAY, code = '') => new InputError(say(locale, key, { file: shown, code }));
  const existing = settingsFile(workspace, file, fail);
  const before = existing ? readSettings(file, fail) : '{}\n';
  const after = mergeSchemaSettings(before, mappings, locale, shown);
  const changed = after !== before || !existing;
  if (changed) writeSettings(file, after.endsWith('\n') ? after : `${after}\n`, existing !== undefined, fail);
  return { file, changed, mappings };
}

type Failure = (key: keyof typeof SAY, code?: string) => InputError;

/**
 * The settings file's status, `undefined` when there is none. Refuses a symlink (dangling or not:
 * writing through it would create or change a file elsewhere), a `.vscode` that leads out of the
 * workspace, and anything that is not a regular file.
 */
function settingsFile(workspace: string, file: string, fail: Failure): Stats | undefined {
  let folder: string | undefined;
  try {
    folder = realpathSync.native(path.dirname(file));
  } catch {
    folder = undefined; // no .vscode yet (or a dangling link: mkdir below fails, and says so)
  }
  if (folder !== undefined && !isInside(realpathSync.native(workspace), folder)) throw fail('symlink');
  let stats: Stats;
  try {
    stats = lstatSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT') return undefined;
    throw fail('cannotWrite', code);
  }
  if (stats.isSymbolicLink()) throw fail('symlink');
  if (!stats.isFile()) throw fail('notAFile');
  return stats;
}

function readSettings(file: string, fail: Failure): string {
  const { bytes, error = 'EIO', size } = readRegularFile(file, MAX_CONFIG_BYTES);
  if (bytes) return bytes.toString('utf8');
  throw error === TOO_LARGE ? fail('tooLarge', String(size)) : error === NOT_REGULAR ? fail('notAFile') : fail('cannotWrite', error);
}

/** Writes without following a symlink that appeared since the check, and never over a file that appeared. */
function writeSettings(file: string, content: string, exists: boolean, fail: Failure): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const flags = constants.O_WRONLY | (exists ? constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0) : constants.O_CREAT | constants.O_EXCL);
    const fd = openSync(file, flags, 0o666);
    try {
      writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw code === 'ELOOP' || code === 'EEXIST' ? fail('symlink') : fail('cannotWrite', code);
  }
}

export const initCommand: CliCommand = {
  name: 'init',
  args: 'vscode [dir]',
  summary: { 'zh-CN': '为 VS Code 配置 JSON Schema（写入 .vscode/settings.json）', en: 'Set up the JSON Schemas in VS Code (.vscode/settings.json)' },
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
    // The patterns come from the workspace's project.config.json (miniprogramRoot): escaped like any project text.
    const lines = mappings.map((m) => `  ${m.kind.padEnd(22)} ${displayText(m.fileMatch.filter((p) => !p.startsWith('!')).join(', '))}`);
    io.stdout.write(`${say(locale, 'written', { file: shown })}\n${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};
