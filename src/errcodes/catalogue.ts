import type { Locale } from '../meta.js';
import { CATEGORIES, TABLE } from './table.generated.js';

export type ErrcodeCategory = (typeof CATEGORIES)[number];

/** What the catalogue knows about one error code. */
export interface ErrcodeInfo {
  code: number;
  /** Meaning in the requested locale (or English, see `messageLocale`). Our own words, not WeChat's errmsg. */
  message: string;
  /** The language `message` is actually in: English when the table has no Chinese text for the code. */
  messageLocale: Locale;
  /** Both meanings. `zh` is `undefined` when no Chinese text exists. */
  meanings: { zh: string | undefined; en: string };
  /** `true` when the Chinese text was written by this package, not taken from WeChat's table. */
  zhUnofficial: boolean;
  category: ErrcodeCategory;
  /**
   * The same request may succeed later (transient system errors and rate limits). For code2Session this
   * never means "send the same code again": a login code works once, ask the client for a new one.
   */
  retryable: boolean;
  /** APIs known to return the code; `name:observed` = seen in the wild, not documented. */
  apis: readonly string[];
  /** `false` for a code the catalogue does not list. */
  known: boolean;
}

interface Row {
  category: ErrcodeCategory;
  apis: readonly string[];
  en: string;
  zh: string | undefined;
  zhUnofficial: boolean;
}

// Rate limits besides the "system" category: retrying later is the documented remedy.
const RETRY_LATER = new Set([45009, 45011]);

// Lookups search the table string for the one line they need and remember the row: no Map of 1,870 rows
// is built unless listErrcodes() asks for all of them. Only known codes are remembered, so the memo never
// holds more than the table, whatever callers send.
const cache = new Map<number, Row>();
const NO_APIS: readonly string[] = Object.freeze([]);
let touched = false;

function findRow(code: number): Row | undefined {
  touched = true;
  const cached = cache.get(code);
  if (cached) return cached;
  const needle = `${code}\t`;
  const start = TABLE.startsWith(needle) ? 0 : TABLE.indexOf(`\n${needle}`) + 1;
  if (start === 0 && !TABLE.startsWith(needle)) return undefined;
  const end = TABLE.indexOf('\n', start);
  const row = parseLine(TABLE.slice(start, end === -1 ? undefined : end));
  cache.set(code, row);
  return row;
}

function parseLine(line: string): Row {
  const [, category = '', apis = '', en = '', zh = '', flags = ''] = line.split('\t');
  return {
    category: CATEGORIES[Number(category)] ?? 'other',
    apis: apis ? Object.freeze(apis.split(',')) : NO_APIS,
    en,
    zh: zh || undefined,
    zhUnofficial: flags.includes('u'),
  };
}

function allCodes(): number[] {
  touched = true;
  return TABLE.split('\n').map((line) => {
    const code = Number(line.slice(0, line.indexOf('\t')));
    if (!cache.has(code)) cache.set(code, parseLine(line));
    return code;
  });
}

/** Whether the catalogue has been consulted yet (importing the module does not read it). */
export function isCatalogueLoaded(): boolean {
  return touched;
}

const DECIMAL_CODE = /^\s*-?\d{1,15}\s*$/;

/** The code as an integer, or `undefined`: only integers and decimal digit strings are codes (no '', hex, '1e3'). */
function toCode(code: unknown): number | undefined {
  if (typeof code === 'number') return Number.isSafeInteger(code) ? code : undefined;
  return typeof code === 'string' && DECIMAL_CODE.test(code) ? Number(code) : undefined;
}

/**
 * Looks an error code up in the catalogue of 1,870 WeChat server codes.
 * 查询微信服务端错误码（共 1,870 个）的含义、类别、是否可稍后重试以及返回它的接口。
 *
 * `code` may be a number or a numeric string (WeChat sometimes sends `"40029"`).
 * An unknown code gives `known: false` and a generic message instead of throwing.
 */
export function describeErrcode(code: number | string, locale: Locale = 'en'): ErrcodeInfo {
  const number = toCode(code);
  const row = number === undefined ? undefined : findRow(number);
  if (number === undefined || !row) return unknownCode(number ?? Number.NaN, describeInput(code), locale);
  const useZh = locale === 'zh-CN' && row.zh !== undefined;
  return {
    code: number,
    message: useZh ? (row.zh as string) : row.en,
    messageLocale: useZh ? 'zh-CN' : 'en',
    meanings: { zh: row.zh, en: row.en },
    zhUnofficial: row.zhUnofficial,
    category: row.category,
    retryable: row.category === 'system' || RETRY_LATER.has(number),
    apis: row.apis,
    known: true,
  };
}

/** The input as it can be shown in a message: bounded and without control characters. */
function describeInput(code: unknown): string {
  const text = typeof code === 'string' ? JSON.stringify(code.slice(0, 40)) : typeof code === 'number' ? String(code) : typeof code;
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/** `code` is NaN when the input is not an integer or a decimal digit string. */
function unknownCode(code: number, input: string, locale: Locale): ErrcodeInfo {
  const zh = Number.isNaN(code) ? `${input} 不是错误码（应为整数）` : `未收录的错误码 ${code}`;
  const en = Number.isNaN(code) ? `${input} is not an error code (an integer is expected)` : `Error code ${code} is not in the catalogue`;
  return {
    code,
    message: locale === 'zh-CN' ? zh : en,
    messageLocale: locale,
    meanings: { zh, en },
    zhUnofficial: false,
    category: 'other',
    retryable: false,
    apis: NO_APIS,
    known: false,
  };
}

/** Every code in the catalogue, in table order. */
export function listErrcodes(locale: Locale = 'en'): ErrcodeInfo[] {
  return allCodes().map((code) => describeErrcode(code, locale));
}

/** How many codes are memoised (for tests). */
export function memoSize(): number {
  return cache.size;
}
