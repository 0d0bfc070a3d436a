/**
 * The session_key tools: raw-data signature, open-data decryption, and the checkSessionKey signature.
 * session_key 的用途：校验 rawData 签名、解密开放数据、生成 checkSessionKey 签名。
 */
import { createDecipheriv, createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { DecryptError } from './errors.js';
import { revealSessionKey, type SessionKeyInput } from './secret.js';
import type { DecryptedData } from './user-data.js';

/** `sha1(rawData + session_key)` in lowercase hex: the signature wx.getUserInfo sends with rawData. */
export function rawDataSignature(rawData: string, sessionKey: SessionKeyInput): string {
  return createHash('sha1').update(rawData + revealSessionKey(sessionKey), 'utf8').digest('hex');
}

/**
 * Checks the `signature` the client sent with `rawData`, in constant time.
 * 以恒定时间比较校验客户端随 rawData 发送的 signature。
 */
export function verifySignature(rawData: string, signature: string, sessionKey: SessionKeyInput): boolean {
  const expected = Buffer.from(rawDataSignature(rawData, sessionKey), 'utf8');
  const given = Buffer.from(String(signature).toLowerCase(), 'utf8');
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
 */
export function sessionKeySignature(sessionKey: SessionKeyInput, message = ''): string {
  return createHmac('sha256', revealSessionKey(sessionKey)).update(message, 'utf8').digest('hex');
}

export interface DecryptOptions {
  /** Your mini program AppID: `watermark.appid` must equal it. */
  appid: string;
  /** Reject data whose `watermark.timestamp` is older than this many seconds. Off by default. */
  maxAgeSeconds?: number;
  /** Current time in ms (for tests). */
  now?: number;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function decodeBase64(text: string, expectedLength: number | undefined, reason: 'invalid-key' | 'invalid-iv' | 'invalid-data'): Buffer {
  const compact = typeof text === 'string' ? text.replace(/\s+/g, '') : '';
  const bytes = BASE64.test(compact) && compact.length % 4 === 0 ? Buffer.from(compact, 'base64') : Buffer.alloc(0);
  const valid = expectedLength === undefined ? bytes.length > 0 && bytes.length % 16 === 0 : bytes.length === expectedLength;
  if (!valid) throw new DecryptError(reason);
  return bytes;
}

function decipher(data: Buffer, key: Buffer, iv: Buffer): string {
  try {
    const aes = createDecipheriv('aes-128-cbc', key, iv); // PKCS#7 padding is the default
    return Buffer.concat([aes.update(data), aes.final()]).toString('utf8');
  } catch {
    throw new DecryptError('decrypt-failed');
  }
}

function parsePayload(plaintext: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(plaintext);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new DecryptError('not-json');
}

function checkWatermark(payload: Record<string, unknown>, options: DecryptOptions): void {
  const watermark = payload.watermark as { appid?: unknown; timestamp?: unknown } | undefined;
  if (!watermark || typeof watermark !== 'object' || typeof watermark.appid !== 'string') {
    throw new DecryptError('missing-watermark');
  }
  if (watermark.appid !== options.appid) {
    throw new DecryptError('appid-mismatch', `expected ${options.appid}, got ${watermark.appid}`);
  }
  if (options.maxAgeSeconds !== undefined) {
    const ageSeconds = (options.now ?? Date.now()) / 1000 - Number(watermark.timestamp);
    if (!(ageSeconds <= options.maxAgeSeconds)) throw new DecryptError('expired', `${Math.round(ageSeconds)} s`);
  }
}

/**
 * Decrypts open data (`encryptedData` + `iv` from the client) with the user's session_key:
 * AES-128-CBC, PKCS#7, then checks `watermark.appid` (and optionally its age). Throws a
 * {@link DecryptError} with a `reason` for a bad key, bad iv, wrong key or tampered data, or a watermark
 * for another app.
 * 用 session_key 解密开放数据（AES-128-CBC、PKCS#7），并校验 watermark.appid；失败时抛出带 reason 的 DecryptError。
 */
export function decryptData<T extends DecryptedData = DecryptedData>(
  encryptedData: string,
  iv: string,
  sessionKey: SessionKeyInput,
  options: DecryptOptions,
): T {
  const key = decodeBase64(revealSessionKey(sessionKey), 16, 'invalid-key');
  const ivBytes = decodeBase64(iv, 16, 'invalid-iv');
  const data = decodeBase64(encryptedData, undefined, 'invalid-data');
  const payload = parsePayload(decipher(data, key, ivBytes));
  checkWatermark(payload, options);
  return payload as T;
}
