import { createHash } from 'node:crypto';
import { code2Session } from './client.js';
import { WechatHttpError } from './errors.js';
import type { Code2SessionParams } from './request.js';
import type { Code2SessionSuccess } from './response.js';
import type { RequestOptions } from './transport.js';

export interface IdempotentCode2SessionOptions {
  /**
   * How long one code's outcome is remembered, in ms. Default 60 000. Keep it short: within this window a
   * replayed code gets the same answer instead of 40163. A code is valid for 5 minutes at most anyway.
   */
  ttlMs?: number;
  /** Entries kept at most; the oldest is dropped first. Default 10 000. */
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

/**
 * Makes double submits harmless within one process: the same (appid, code) sent twice — a double tap, a
 * page mounted twice, a client retry — shares the first exchange's outcome instead of getting 40163.
 * Codes are stored as SHA-256 hashes. Failures that provably never reached WeChat are forgotten, so the
 * same code can be tried again; every other outcome, success or error, is replayed until it expires.
 * With several server instances use a shared store instead (see docs/code2session.md).
 * 在单个进程内让重复提交无害：同一个 (appid, code) 重复到达时共享第一次的结果，而不是得到 40163。
 */
export function createIdempotentCode2Session(options: IdempotentCode2SessionOptions = {}) {
  const ttlMs = options.ttlMs ?? 60_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const exchange = options.exchange ?? code2Session;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  function prune(time: number): void {
    for (const [key, entry] of entries) if (entry.expires <= time) entries.delete(key);
    while (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
  }

  return function idempotentCode2Session(params: Code2SessionParams, requestOptions?: RequestOptions): Promise<Code2SessionSuccess> {
    const key = createHash('sha256').update(`${params.appid}\0${params.jsCode}`).digest('hex');
    const time = now();
    const cached = entries.get(key);
    if (cached && cached.expires > time) return cached.result;
    prune(time);
    const result = exchange(params, requestOptions);
    entries.set(key, { expires: time + ttlMs, result });
    result.catch((error: unknown) => {
      if (error instanceof WechatHttpError && !error.mayHaveReachedWeChat) entries.delete(key);
    });
    return result;
  };
}
