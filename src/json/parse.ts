/**
 * Reads config text the way WeChat does (strict JSON), fast: `JSON.parse` first, and the positional
 * parser (jsonc-parser) only when there is something to point at.
 */
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Diagnostic, JsonPath } from '../diagnostics.js';
import type { Locale } from '../meta.js';
import { message } from '../locales/index.js';
import { WORDS } from '../locales/words.js';
import type { LocalizedText } from '../locales/catalogue.js';
import { locatePaths, type PathRequest } from './locate.js';
import { type LineIndex, lineIndex, offsetOfPath, positionAt } from './positions.js';
import { MAX_DEPTH, measureValue, offsetBeyondDepth, pathBeyondDepth } from './shape.js';

export interface ParsedJson {
  /** `undefined` when the text could not be read as JSON at all. */
  value: unknown;
  diagnostics: Diagnostic[];
  /** Lazily built syntax tree, for locating paths. */
  tree(): Node | undefined;
  lines(): LineIndex;
  /** 1 when a byte-order mark was stripped: tree offsets are that much behind the text's. */
  offsetShift: number;
  /**
   * Offsets (before `offsetShift`) of several paths at once: one scan of the text when it is strict
   * JSON, the syntax tree otherwise. A missing path gives its nearest existing ancestor.
   */
  offsetsOf(requests: readonly PathRequest[]): number[];
}

// jsonc-parser declares these as a const enum, which isolated modules cannot read.
const ParseErrorCode = {
  InvalidSymbol: 1, InvalidNumberFormat: 2, PropertyNameExpected: 3, ValueExpected: 4, ColonExpected: 5,
  CommaExpected: 6, CloseBraceExpected: 7, CloseBracketExpected: 8, EndOfFileExpected: 9, InvalidCommentToken: 10,
  UnexpectedEndOfComment: 11, UnexpectedEndOfString: 12, UnexpectedEndOfNumber: 13, InvalidUnicode: 14,
  InvalidEscapeCharacter: 15, InvalidCharacter: 16,
} as const;

const BOM = '\uFEFF';
const CONFLICT_MARKER = /^(<{7}|={7}|>{7})(?: |$)/m;

export function parseJsonText(rawText: string, locale: Locale): ParsedJson {
  const text = rawText.startsWith(BOM) ? rawText.slice(1) : rawText;
  const offsetShift = text === rawText ? 0 : 1;
  let tree: Node | undefined | null = null;
  let lines: LineIndex | undefined;
  const getLines = () => (lines ??= lineIndex(rawText));
  const getTree = () => {
    if (tree === null) tree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false }) ?? undefined;
    return tree;
  };
  const at = (offset: number) => positionAt(getLines(), offset + offsetShift);

  // WeChat parses the file with JSON.parse as read, BOM included: its compile fails on one.
  const bom = offsetShift === 1 ? [syntaxDiagnostic(locale, 'json-bom', {}, { line: 1, column: 1 })] : [];
  const result = (value: unknown, diagnostics: Diagnostic[]): ParsedJson => ({
    value, diagnostics: [...bom, ...encodingDiagnostics(text, locale, at), ...diagnostics], tree: getTree, lines: getLines, offsetShift,
    offsetsOf: (requests) => value !== undefined
      ? locatePaths(text, requests)
      : requests.map((request) => offsetOfPath(getTree(), request.path, request.anchor)),
  });

  if (!/\S/.test(text)) return result(undefined, [syntaxDiagnostic(locale, 'json-empty', {}, at(0))]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const deep = offsetBeyondDepth(text);
    if (deep >= 0) return result(undefined, [tooDeepDiagnostic(locale, [], at(deep))]);
    return result(undefined, syntaxDiagnostics(text, locale, at));
  }
  const shape = measureValue(value);
  if (shape.tooDeep) {
    // The positional parser recurses: past MAX_DEPTH it is not safe to build the tree.
    return result(undefined, [tooDeepDiagnostic(locale, pathBeyondDepth(value) ?? [], at(Math.max(0, offsetBeyondDepth(text))))]);
  }
  const duplicates = colons(text) > shape.keys && keySites(text) > shape.keys ? duplicateKeyDiagnostics(getTree(), locale, at) : [];
  return result(value, duplicates);
}

export function tooDeepDiagnostic(locale: Locale, path: JsonPath, pos?: { line: number; column: number }): Diagnostic {
  return { severity: 'error', code: 'json-too-deep', message: message(locale, 'json-too-deep', { field: '', max: MAX_DEPTH }), path, ...pos };
}

/** Bytes that were not UTF-8 reach us as U+FFFD once decoded; point at the first one. */
function encodingDiagnostics(text: string, locale: Locale, at: (offset: number) => { line: number; column: number }): Diagnostic[] {
  const index = text.indexOf('\uFFFD');
  if (index < 0) return [];
  return [{ severity: 'warning', code: 'json-invalid-utf8', message: message(locale, 'json-invalid-utf8', { field: '' }), path: [], ...at(index) }];
}

function syntaxDiagnostic(
  locale: Locale,
  code: 'json-syntax' | 'json-comment' | 'json-trailing-comma' | 'json-merge-conflict' | 'json-empty' | 'json-bom',
  params: { detail?: string },
  pos: { line: number; column: number },
): Diagnostic {
  return { severity: 'error', code, message: message(locale, code, { field: '', ...params }), path: [], ...pos };
}

function syntaxDiagnostics(text: string, locale: Locale, at: (offset: number) => { line: number; column: number }): Diagnostic[] {
  const conflict = CONFLICT_MARKER.exec(text);
  if (conflict) return [syntaxDiagnostic(locale, 'json-merge-conflict', {}, at(conflict.index))];
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const add = (d: Diagnostic) => {
    // jsonc-parser may report one mistake twice at the same place (e.g. a trailing comma).
    const key = `${d.message}:${d.line}:${d.column}`;
    if (!seen.has(key)) out.push(d);
    seen.add(key);
  };
  for (const error of errors.slice(0, 20)) {
    const pos = at(error.offset);
    if (error.error === ParseErrorCode.InvalidCommentToken) add(syntaxDiagnostic(locale, 'json-comment', {}, pos));
    else if (isTrailingComma(text, error)) add(syntaxDiagnostic(locale, 'json-trailing-comma', {}, at(text.lastIndexOf(',', error.offset))));
    else add(syntaxDiagnostic(locale, 'json-syntax', { detail: describeParseError(error, locale) }, pos));
  }
  if (out.length === 0) {
    // jsonc-parser is more lenient than JSON.parse in a few corners (e.g. control characters in strings).
    out.push(syntaxDiagnostic(locale, 'json-syntax', { detail: WORDS.cannotParse[locale] }, at(0)));
  }
  return out;
}

function isTrailingComma(text: string, error: ParseError): boolean {
  if (error.error !== ParseErrorCode.PropertyNameExpected && error.error !== ParseErrorCode.ValueExpected) return false;
  return /^,\s*$/.test(text.slice(0, error.offset).match(/,\s*$/)?.[0] ?? '') && /^[}\]]/.test(text.slice(error.offset));
}

/** The parser's errors in each locale; where a locale has none, jsonc-parser's own (English) name of the error. */
const PARSE_ERROR_TEXT: Partial<Record<number, Partial<LocalizedText>>> = {
  [ParseErrorCode.InvalidSymbol]: { 'zh-CN': '无效的字符', en: 'invalid character' },
  [ParseErrorCode.InvalidNumberFormat]: { 'zh-CN': '数字格式错误' },
  [ParseErrorCode.PropertyNameExpected]: { 'zh-CN': '此处应为用双引号括起的键名', en: 'a double-quoted key is expected here' },
  [ParseErrorCode.ValueExpected]: { 'zh-CN': '此处应为一个值', en: 'a value is expected here' },
  [ParseErrorCode.ColonExpected]: { 'zh-CN': '此处应为冒号 ":"', en: 'a colon ":" is expected here' },
  [ParseErrorCode.CommaExpected]: { 'zh-CN': '此处应为逗号 ","', en: 'a comma "," is expected here' },
  [ParseErrorCode.CloseBraceExpected]: { 'zh-CN': '缺少右花括号 "}"', en: 'a closing brace "}" is missing' },
  [ParseErrorCode.CloseBracketExpected]: { 'zh-CN': '缺少右方括号 "]"', en: 'a closing bracket "]" is missing' },
  [ParseErrorCode.EndOfFileExpected]: { 'zh-CN': 'JSON 结束后还有多余内容', en: 'there is more text after the end of the JSON value' },
  [ParseErrorCode.UnexpectedEndOfString]: { 'zh-CN': '字符串没有结束的引号', en: 'a string has no closing quote' },
  [ParseErrorCode.UnexpectedEndOfNumber]: { 'zh-CN': '数字不完整' },
  [ParseErrorCode.InvalidUnicode]: { 'zh-CN': '无效的 Unicode 转义' },
  [ParseErrorCode.InvalidEscapeCharacter]: { 'zh-CN': '无效的转义字符' },
  [ParseErrorCode.InvalidCharacter]: { 'zh-CN': '字符串中有不允许的字符', en: 'a string contains a character that must be escaped' },
};

function describeParseError(error: ParseError, locale: Locale): string {
  return PARSE_ERROR_TEXT[error.error]?.[locale] ?? printParseErrorCode(error.error as Parameters<typeof printParseErrorCode>[0]);
}

/** Every key is followed by a colon: counting colons (natively) is the cheapest upper bound on keys. */
function colons(text: string): number {
  let count = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) count++;
  return count;
}

/**
 * Cheap pre-check for duplicate keys: every key in the text is a string token followed by `:`. If the
 * text has no more `"…":` sites than the parsed value has keys, no key can be duplicated and the tree
 * walk is skipped.
 */
function keySites(text: string): number {
  let sites = 0;
  const re = /"\s*:/g;
  while (re.exec(text)) sites++;
  return sites;
}

function duplicateKeyDiagnostics(
  root: Node | undefined,
  locale: Locale,
  at: (offset: number) => { line: number; column: number },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (node: Node, path: JsonPath) => {
    if (node.type === 'object') {
      const seen = new Set<string>();
      const props = node.children ?? [];
      for (let i = props.length - 1; i >= 0; i--) {
        const keyNode = props[i]?.children?.[0];
        const key = keyNode?.value as string | undefined;
        if (keyNode && key !== undefined && seen.has(key)) {
          out.push({
            severity: 'warning', code: 'duplicate-key', path: [...path, key],
            message: message(locale, 'duplicate-key', { field: key, key }), ...at(keyNode.offset),
          });
        }
        if (key !== undefined) seen.add(key);
      }
      for (const prop of props) {
        const [keyNode, valueNode] = prop.children ?? [];
        if (keyNode && valueNode) visit(valueNode, [...path, keyNode.value as string]);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, i) => visit(child, [...path, i]));
    }
  };
  if (root) visit(root, []);
  return out.reverse();
}
