/**
 * The session_key tools: raw-data signature, open-data decryption, and the checkSessionKey signature.
 * session_key 的用途：校验 rawData 签名、解密开放数据、生成 checkSessionKey 签名。
 */
import { createDecipheriv, createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { DecryptError } from './errors.js';
import { revealSessionKey, type SessionKeyInput } from './secret.js';
import type { DecryptedData } from './user-data.js';
import type { Locale } from '../meta.js';

/**
 * The session_key text, checked: base64 of exactly 16 bytes. A missing or malformed key is a server bug
 * (the key was lost or never stored), never a client's fault, so it throws instead of answering `false`.
 */
function sessionKeyText(sessionKey: SessionKeyInput): string {
  const text = revealSessionKey(sessionKey);
  if (typeof text !== 'string' || decodeBase64(text, 16) === undefined) {
    throw new TypeError('session_key 缺失或不是 16 字节的 base64 / session_key is missing or not base64 of 16 bytes');
  }
  return text;
}

/**
 * `sha1(rawData + session_key)` in lowercase hex: the signature wx.getUserInfo sends with rawData.
 * @throws {TypeError} the session_key is missing or not base64 of 16 bytes.
 */
export function rawDataSignature(rawData: string, sessionKey: SessionKeyInput): string {
  return createHash('sha1').update(rawData + sessionKeyText(sessionKey), 'utf8').digest('hex');
}

/**
 * Checks the `signature` the client sent with `rawData`, in constant time. A wrong or malformed
 * signature gives `false`.
 * 以恒定时间比较校验客户端随 rawData 发送的 signature。
 * @throws {TypeError} the session_key is missing or not base64 of 16 bytes (fails closed).
 */
export function verifySignature(rawData: string, signature: string, sessionKey: SessionKeyInput): boolean {
  const expected = Buffer.from(rawDataSignature(rawData, sessionKey), 'utf8');
  const given = Buffer.from(typeof signature === 'string' ? signature.toLowerCase() : '', 'utf8');
  if (given.length !== expected.length) {
    timingSafeEqual(expected, expected); // same work either way
    return false;
  }
  return timingSafeEqual(given, expected);
}

/**
 * The `signature` of checkSessionKey and resetUserSessionKey: hex HMAC-SHA256 keyed by the session_key
 * **text** (the base64 string, not the decoded bytes), over `message` (the APIs sign the empty string).
 * checkSessionKey / resetUserSessionKey 的 signature：以 session_key 文本（不是解码后的字节）为密钥的 HMAC-SHA256。
 * @throws {TypeError} the session_key is missing or not base64 of 16 bytes.
 */
export function sessionKeySignature(sessionKey: SessionKeyInput, message = ''): string {
  return createHmac('sha256', sessionKeyText(sessionKey)).update(message, 'utf8').digest('hex');
}

export interface DecryptOptions {
  /** Your mini program AppID: `watermark.appid` must equal it. */
  appid: string;
  /**
   * Reject data whose `watermark.timestamp` is older than this many seconds, or more than
   * {@link WATERMARK_CLOCK_SKEW_SECONDS} in the future. Off by default.
   */
  maxAgeSeconds?: number;
  /** Current time in ms (for tests). */
  now?: number;
  /** Language of the error message; by default from the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`). */
  locale?: Locale;
}

/** How far in the future a watermark may be (the clocks of WeChat and your server differ a little). */
export const WATERMARK_CLOCK_SKEW_SECONDS = 60;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BLOCK = 16;

/** The bytes of `text` when it is canonical-length base64 of the expected size (any multiple of 16 when `undefined`). */
function decodeBase64(text: unknown, expectedLength: number | undefined): Buffer | undefined {
  if (typeof text !== 'string') return undefined;
  const compact = text.replace(/\s+/g, '');
  if (!BASE64.test(compact) || compact.length % 4 !== 0) return undefined;
  const bytes = Buffer.from(compact, 'base64');
  const valid = expectedLength === undefined ? bytes.length > 0 && bytes.length % BLOCK === 0 : bytes.length === expectedLength;
  return valid ? bytes : undefined;
}

function decodeInput(text: unknown, expectedLength: number | undefined, reason: 'invalid-key' | 'invalid-iv' | 'invalid-data', locale: Locale | undefined): Buffer {
  const bytes = decodeBase64(text, expectedLength);
  if (!bytes) throw new DecryptError(reason, locale);
  return bytes;
}

/**
 * AES-128-CBC without Node's padding check, then PKCS#7 checked without a data-dependent branch: a
 * padding failure must take the same path as every later failure, or it is a padding oracle.
 */
function decipher(data: Buffer, key: Buffer, iv: Buffer): { plaintext: Buffer; paddingOk: boolean } {
  const aes = createDecipheriv('aes-128-cbc', key, iv);
  aes.setAutoPadding(false);
  const plaintext = Buffer.concat([aes.update(data), aes.final()]);
  const pad = plaintext[plaintext.length - 1] ?? 0;
  let bad = Number(pad === 0) | Number(pad > BLOCK);
  for (let i = 1; i <= BLOCK; i++) {
    const inPadding = Number(i <= pad);
    bad |= inPadding & Number(plaintext[plaintext.length - i] !== pad);
  }
  const length = plaintext.length - (bad ? 0 : pad);
  return { plaintext: plaintext.subarray(0, length), paddingOk: bad === 0 };
}

function parseObject(plaintext: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(plaintext.toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function watermarkOk(payload: Record<string, unknown> | undefined, options: DecryptOptions): boolean {
  const watermark = payload?.watermark as { appid?: unknown; timestamp?: unknown } | null | undefined;
  if (!watermark || typeof watermark !== 'object' || watermark.appid !== options.appid) return false;
  if (options.maxAgeSeconds === undefined) return true;
  const { timestamp } = watermark;
  if (typeof timestamp !== 'number' || !Number.isSafeInteger(timestamp)) return false;
  const ageSeconds = (options.now ?? Date.now()) / 1000 - timestamp;
  return ageSeconds <= options.maxAgeSeconds && ageSeconds >= -WATERMARK_CLOCK_SKEW_SECONDS;
}

function checkOptions(options: DecryptOptions): void {
  const { appid, maxAgeSeconds, now } = options ?? {};
  if (typeof appid !== 'string' || appid === '') {
    throw new TypeError('decryptData 的 options.appid 必须是非空字符串 / decryptData: options.appid must be a non-empty string');
  }
  if (maxAgeSeconds !== undefined && !(typeof maxAgeSeconds === 'number' && Number.isFinite(maxAgeSeconds) && maxAgeSeconds >= 0)) {
    throw new RangeError('decryptData 的 maxAgeSeconds 必须是有限的非负数 / decryptData: maxAgeSeconds must be a finite number ≥ 0');
  }
  if (now !== undefined && !(typeof now === 'number' && Number.isFinite(now))) {
    throw new RangeError('decryptData 的 now 必须是有限的毫秒数 / decryptData: now must be a finite number of ms');
  }
}

/**
 * Decrypts open data (`encryptedData` + `iv` from the client) with the user's session_key:
 * AES-128-CBC, PKCS#7, then checks `watermark.appid` (and, with `maxAgeSeconds`, its timestamp).
 *
 * Inputs of the wrong shape fail first with their own reason (`invalid-key`, `invalid-iv`,
 * `invalid-data`). Everything after decryption — bad padding, not JSON, no watermark, another app's
 * data, too old, in the future — fails the same way: reason `decrypt-failed`, one message, one code path.
 * Telling them apart would let a client decrypt or forge data without the key (a padding oracle).
 * 用 session_key 解密开放数据（AES-128-CBC、PKCS#7），并校验 watermark。解密之后的任何失败都只给出同一个
 * reason（decrypt-failed）和同一条消息，避免成为填充预言机。
 *
 * @throws {DecryptError} `invalid-key`, `invalid-iv`, `invalid-data` or `decrypt-failed`.
 * @throws {TypeError | RangeError} `options` is not valid (a programming error).
 */
export function decryptData<T extends DecryptedData = DecryptedData>(
  encryptedData: string,
  iv: string,
  sessionKey: SessionKeyInput,
  options: DecryptOptions,
): T {
  checkOptions(options);
  const key = decodeInput(revealSessionKey(sessionKey), BLOCK, 'invalid-key', options.locale);
  const ivBytes = decodeInput(iv, BLOCK, 'invalid-iv', options.locale);
  const data = decodeInput(encryptedData, undefined, 'invalid-data', options.locale);
  const { plaintext, paddingOk } = decipher(data, key, ivBytes);
  // Parsed and checked whatever the padding said, so both outcomes do the same work.
  const payload = parseObject(plaintext);
  const valid = watermarkOk(payload, options);
  if (!(paddingOk && valid)) throw new DecryptError('decrypt-failed', options.locale);
  return payload as T;
}
