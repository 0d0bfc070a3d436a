import { createHash } from 'node:crypto';
import { code2Session } from './client.js';
import { WechatHttpError } from './errors.js';
import type { Code2SessionParams } from './request.js';
import type { Code2SessionSuccess } from './response.js';
import { checkRequestOptions, Expired, isInstance, startDeadline, type RequestOptions } from './transport.js';

export interface IdempotentCode2SessionOptions {
  /**
   * How long one code's outcome is remembered, in ms. Default 60 000. Keep it short: within this window a
   * replayed code gets the same answer instead of 40163. A code is valid for 5 minutes at most anyway.
   */
  ttlMs?: number;
  /** Entries kept at most (an integer ≥ 1); the oldest is dropped first. Default 10 000. */
  maxEntries?: number;
  /** The exchange to wrap (defaults to {@link code2Session}). */
  exchange?: (params: Code2SessionParams, options?: RequestOptions) => Promise<Code2SessionSuccess>;
  /** Clock in ms (for tests). */
  now?: () => number;
}

interface Entry {
  expires: number;
  result: Promise<Code2SessionSuccess>;
}

function positive(name: string, value: unknown, fallback: number, integer: boolean): number {
  if (value === undefined) return fallback;
  const valid = typeof value === 'number' && Number.isFinite(value) && (integer ? Number.isInteger(value) && value >= 1 : value > 0);
  if (valid) return value;
  const expected = integer ? { zh: '不小于 1 的整数', en: 'an integer ≥ 1' } : { zh: '大于 0 的有限毫秒数', en: 'a finite number of ms > 0' };
  throw new RangeError(
    `createIdempotentCode2Session：${name} 必须是${expected.zh} / createIdempotentCode2Session: ${name} must be ${expected.en} (got ${typeof value === 'number' ? value : typeof value})`,
  );
}

/**
 * Makes double submits harmless within one process: the same (appid, code) sent twice — a double tap, a
 * page mounted twice, a client retry — shares the first exchange's outcome instead of getting 40163.
 * Codes are stored as SHA-256 hashes. Failures that provably never reached WeChat are forgotten, so the
 * same code can be tried again; every other outcome, success or error, is replayed until it expires.
 *
 * The shared exchange runs on its own with the first caller's options but without its `signal`: each
 * caller, the first included, waits at most its own `timeoutMs` and is released only by its own
 * `signal` (a `WechatHttpError` `timeout` / `aborted`, the exchange continuing for the others).
 * With several server instances use a shared store instead (see docs/code2session.md).
 * 在单个进程内让重复提交无害：同一个 (appid, code) 重复到达时共享第一次的结果，而不是得到 40163。
 * 每个调用者只按自己的 timeoutMs 和 signal 等待，不会被其他调用者取消。
 *
 * @throws {RangeError} `ttlMs` or `maxEntries` is not valid.
 */
export function createIdempotentCode2Session(options: IdempotentCode2SessionOptions = {}) {
  const ttlMs = positive('ttlMs', options.ttlMs, 60_000, false);
  const maxEntries = positive('maxEntries', options.maxEntries, 10_000, true);
  const exchange = options.exchange ?? code2Session;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  function prune(time: number): void {
    for (const [key, entry] of entries) if (entry.expires <= time) entries.delete(key);
    while (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
  }

  function shared(key: string, params: Code2SessionParams, requestOptions: RequestOptions): Promise<Code2SessionSuccess> {
    const time = now();
    const cached = entries.get(key);
    if (cached && cached.expires > time) return cached.result;
    prune(time);
    const { signal: _ownSignal, ...sharedOptions } = requestOptions;
    const result = exchange(params, sharedOptions);
    entries.set(key, { expires: time + ttlMs, result });
    result.catch((error: unknown) => {
      if (isInstance(error, WechatHttpError) && !error.mayHaveReachedWeChat) entries.delete(key);
    });
    return result;
  }

  return async function idempotentCode2Session(params: Code2SessionParams, requestOptions: RequestOptions = {}): Promise<Code2SessionSuccess> {
    const timeoutMs = checkRequestOptions(requestOptions);
    const { signal, locale } = requestOptions;
    const key = createHash('sha256').update(`${params.appid}\0${params.jsCode}`).digest('hex');
    if (signal?.aborted) throw new WechatHttpError({ api: 'code2Session', reason: 'aborted', mayHaveReachedWeChat: entries.has(key), locale });
    const result = shared(key, params, requestOptions);
    const deadline = startDeadline(timeoutMs, signal);
    try {
      return await Promise.race([result, deadline.expired]);
    } catch (error) {
      if (isInstance(error, Expired)) throw new WechatHttpError({ api: 'code2Session', reason: error.kind, mayHaveReachedWeChat: true, locale });
      throw error;
    } finally {
      deadline.dispose();
    }
  };
}
