import { describeErrcode, type ErrcodeCategory } from '../errcodes/catalogue.js';
import { localeFromEnv } from '../locales/env.js';
import type { Bilingual, Locale } from '../meta.js';

/** The text in one language: `locale` if given, else the environment's (`LC_ALL`, `LC_MESSAGES`, `LANG`). */
function inLocale(text: Bilingual, locale: Locale | undefined): string {
  return (locale ?? localeFromEnv()) === 'zh-CN' ? text.zh : text.en;
}

/** The `rid` (request id) WeChat appends to errmsg, e.g. `"invalid code, rid: 6437cc6f-…"` or `"hints: [ req_id: … ]"`. */
export function parseRid(errmsg: string): string | undefined {
  return /\b(?:rid|req_id)\s*:\s*([\w-]+)/i.exec(errmsg)?.[1];
}

// Codes after which only a fresh wx.login code helps (the one sent is invalid, expired or consumed).
const NEEDS_NEW_CODE = new Set([40029, 40163, 42003]);
const LOGIN_APIS = new Set(['code2Session', 'componentCode2Session']);

/**
 * WeChat answered with an `errcode` other than 0. Carries WeChat's own `errmsg`, the `rid` to quote
 * to WeChat support, and the catalogue meaning in both languages.
 * 微信接口返回了非 0 的 errcode。包含微信原始 errmsg、可提供给微信排查的 rid，以及错误码的中英文含义。
 */
export class WechatApiError extends Error {
  override readonly name = 'WechatApiError';
  /** Which API answered, e.g. `code2Session`. */
  readonly api: string;
  readonly errcode: number;
  readonly errmsg: string;
  readonly rid: string | undefined;
  /** Catalogue meaning; `zh` falls back to English where no Chinese text exists. */
  readonly meaning: Bilingual;
  readonly category: ErrcodeCategory;
  /** The same request may succeed later. For login codes this never means "resend the same code". */
  readonly retryable: boolean;
  /** The login code is invalid, expired or already used: the client must call wx.login again. */
  readonly needsNewCode: boolean;

  /** `locale`: the language of `message` (default: from the environment); `meaning` always has both. */
  constructor(api: string, errcode: number, errmsg: string, locale?: Locale) {
    const info = describeErrcode(errcode);
    const meaning = { zh: info.meanings.zh ?? info.meanings.en, en: info.meanings.en };
    const rid = parseRid(errmsg);
    const ridText = rid ? ` (rid: ${rid})` : '';
    super(inLocale({
      zh: `${api} 失败：errcode ${errcode}，${meaning.zh}${ridText}`,
      en: `${api} failed: errcode ${errcode}, ${meaning.en}${ridText}`,
    }, locale));
    this.api = api;
    this.errcode = errcode;
    this.errmsg = errmsg;
    this.rid = rid;
    this.meaning = meaning;
    this.category = info.category;
    this.retryable = info.retryable;
    this.needsNewCode = LOGIN_APIS.has(api) && NEEDS_NEW_CODE.has(errcode);
  }
}

export type WechatHttpErrorReason =
  | 'timeout'
  | 'aborted'
  | 'network'
  | 'http-status'
  | 'empty-body'
  | 'not-json'
  | 'body-too-large'
  | 'invalid-response';

const HTTP_REASONS: Record<WechatHttpErrorReason, Bilingual> = {
  timeout: { zh: '请求超时', en: 'the request timed out' },
  aborted: { zh: '请求被取消', en: 'the request was aborted' },
  network: { zh: '网络错误（连接失败或被重置）', en: 'network error (connection failed or reset)' },
  'http-status': { zh: 'HTTP 状态码不是 2xx', en: 'the HTTP status is not 2xx' },
  'empty-body': { zh: '响应体为空', en: 'the response body is empty' },
  'not-json': { zh: '响应体不是 JSON', en: 'the response body is not JSON' },
  'body-too-large': { zh: '响应体超过大小上限，已中止读取', en: 'the response body exceeds the size limit; reading was stopped' },
  'invalid-response': { zh: '响应 JSON 的结构不符合接口文档', en: 'the response JSON does not have the documented shape' },
};

export interface WechatHttpErrorDetails {
  api: string;
  reason: WechatHttpErrorReason;
  /** `false` only when the request provably never left this machine (DNS or connect failure). */
  mayHaveReachedWeChat: boolean;
  status?: number;
  contentType?: string;
  /** The first characters of the body, with secrets masked. */
  bodySnippet?: string;
  /** For `invalid-response`: the paths that did not match (never the values). */
  issues?: string[];
  /** Already scrubbed of secrets. */
  cause?: Error;
  /** Language of `message`; by default from the environment. */
  locale?: Locale;
}

/**
 * No usable answer from WeChat: timeout, abort, network failure, non-2xx status, empty, non-JSON or
 * malformed body. The login code may already be consumed unless `mayHaveReachedWeChat` is `false`.
 * 没有拿到微信的有效响应：超时、取消、网络错误、非 2xx、空响应、非 JSON 或结构不符。
 * 除非 `mayHaveReachedWeChat` 为 false，登录 code 可能已被消耗。
 */
export class WechatHttpError extends Error {
  override readonly name = 'WechatHttpError';
  readonly api: string;
  readonly reason: WechatHttpErrorReason;
  readonly mayHaveReachedWeChat: boolean;
  readonly status: number | undefined;
  readonly contentType: string | undefined;
  readonly bodySnippet: string | undefined;
  readonly issues: string[] | undefined;

  constructor(details: WechatHttpErrorDetails) {
    const text = HTTP_REASONS[details.reason];
    const status = details.status === undefined ? '' : ` (HTTP ${details.status})`;
    const message = { zh: `${details.api} 请求失败：${text.zh}${status}`, en: `${details.api} request failed: ${text.en}${status}` };
    super(inLocale(message, details.locale), { cause: details.cause });
    this.api = details.api;
    this.reason = details.reason;
    this.mayHaveReachedWeChat = details.mayHaveReachedWeChat;
    this.status = details.status;
    this.contentType = details.contentType;
    this.bodySnippet = details.bodySnippet;
    this.issues = details.issues;
  }
}

/**
 * Why decryptData refused its input. The first three are checked before decrypting; every failure after
 * decryption is `decrypt-failed`, on purpose: telling them apart would be a padding oracle.
 */
export type DecryptErrorReason = 'invalid-key' | 'invalid-iv' | 'invalid-data' | 'decrypt-failed';

const DECRYPT_REASONS: Record<DecryptErrorReason, Bilingual> = {
  'invalid-key': { zh: 'session_key 不是 16 字节的 base64', en: 'session_key is not 16 bytes of base64' },
  'invalid-iv': { zh: 'iv 不是 16 字节的 base64', en: 'iv is not 16 bytes of base64' },
  'invalid-data': {
    zh: 'encryptedData 不是有效的 base64 密文（长度须为 16 的倍数）',
    en: 'encryptedData is not valid base64 ciphertext (length must be a multiple of 16)',
  },
  'decrypt-failed': {
    zh: '解密或校验失败：session_key 不对（可能已被新的 wx.login 轮换）、数据被篡改、不属于本小程序或已过期',
    en: 'decryption or its checks failed: wrong session_key (a newer wx.login may have rotated it), tampered data, data of another mini program, or too old',
  },
};

/**
 * Open data could not be decrypted or did not pass the watermark check. Never contains the key nor
 * anything decrypted. Do not forward the reason or message to the client.
 * 开放数据解密失败或 watermark 校验不通过。错误中不含 session_key，也不含任何解密内容；不要把原因转发给客户端。
 */
export class DecryptError extends Error {
  override readonly name = 'DecryptError';
  readonly reason: DecryptErrorReason;

  constructor(reason: DecryptErrorReason, locale?: Locale) {
    super(inLocale(DECRYPT_REASONS[reason], locale));
    this.reason = reason;
  }
}
