import { describe, expect, it, vi } from 'vitest';
import { createIdempotentCode2Session, SessionKey, WechatApiError, WechatHttpError } from './index.js';
import type { Code2SessionSuccess } from './index.js';

const PARAMS = { appid: 'wx1', secret: 'S', jsCode: 'code-1' };
const SUCCESS = { openid: 'o1', session_key: SessionKey.from('kJtdi6RF+Dv67QkbLlPGjw==') } as Code2SessionSuccess;

describe('createIdempotentCode2Session', () => {
  it('exchanges a code once and hands the same result to a double submit', async () => {
    const exchange = vi.fn(async () => SUCCESS);
    const login = createIdempotentCode2Session({ exchange });
    const [first, second] = await Promise.all([login(PARAMS), login(PARAMS)]);
    expect(first).toBe(second);
    expect(await login(PARAMS)).toBe(SUCCESS);
    expect(exchange).toHaveBeenCalledTimes(1);
    await login({ ...PARAMS, jsCode: 'code-2' });
    await login({ ...PARAMS, appid: 'wx2' });
    expect(exchange).toHaveBeenCalledTimes(3);
  });

  it('replays a WeChat error instead of provoking 40163', async () => {
    const exchange = vi.fn(async () => {
      throw new WechatApiError('code2Session', -1, 'system error');
    });
    const login = createIdempotentCode2Session({ exchange });
    await expect(login(PARAMS)).rejects.toMatchObject({ errcode: -1 });
    await expect(login(PARAMS)).rejects.toMatchObject({ errcode: -1 });
    expect(exchange).toHaveBeenCalledTimes(1);
  });

  it('forgets a failure that never reached WeChat, so the same code can be tried again', async () => {
    const exchange = vi
      .fn<() => Promise<Code2SessionSuccess>>()
      .mockRejectedValueOnce(new WechatHttpError({ api: 'code2Session', reason: 'network', mayHaveReachedWeChat: false }))
      .mockResolvedValueOnce(SUCCESS);
    const login = createIdempotentCode2Session({ exchange });
    await expect(login(PARAMS)).rejects.toBeInstanceOf(WechatHttpError);
    await Promise.resolve();
    expect(await login(PARAMS)).toBe(SUCCESS);
    expect(exchange).toHaveBeenCalledTimes(2);
  });

  it('expires entries after ttlMs and bounds its size', async () => {
    let time = 0;
    const exchange = vi.fn(async () => SUCCESS);
    const login = createIdempotentCode2Session({ exchange, ttlMs: 1000, maxEntries: 2, now: () => time });
    await login(PARAMS);
    time = 999;
    await login(PARAMS);
    expect(exchange).toHaveBeenCalledTimes(1);
    time = 1000;
    await login(PARAMS);
    expect(exchange).toHaveBeenCalledTimes(2);
    await login({ ...PARAMS, jsCode: 'b' });
    await login({ ...PARAMS, jsCode: 'c' });
    await login(PARAMS);
    expect(exchange).toHaveBeenCalledTimes(5);
  });
});

describe('createIdempotentCode2Session options', () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10'])('refuses maxEntries %j with a RangeError instead of spinning', (maxEntries) => {
    expect(() => createIdempotentCode2Session({ maxEntries: maxEntries as number })).toThrow(RangeError);
    expect(() => createIdempotentCode2Session({ maxEntries: maxEntries as number })).toThrow(/maxEntries/);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('refuses ttlMs %j', (ttlMs) => {
    expect(() => createIdempotentCode2Session({ ttlMs })).toThrow(RangeError);
  });

  it('keeps exactly maxEntries: 1', async () => {
    const exchange = vi.fn(async () => SUCCESS);
    const login = createIdempotentCode2Session({ exchange, maxEntries: 1 });
    await login(PARAMS);
    await login(PARAMS);
    expect(exchange).toHaveBeenCalledTimes(1);
  });
});

describe('createIdempotentCode2Session: each caller waits on its own terms', () => {
  function pending() {
    let resolve!: (value: Code2SessionSuccess) => void;
    const promise = new Promise<Code2SessionSuccess>((done) => {
      resolve = done;
    });
    return { promise, resolve };
  }

  it('a joining caller keeps its own timeoutMs', async () => {
    const shared = pending();
    const login = createIdempotentCode2Session({ exchange: () => shared.promise });
    const first = login(PARAMS, { timeoutMs: 5000 });
    const started = Date.now();
    const joiner = login(PARAMS, { timeoutMs: 50 });
    await expect(joiner).rejects.toMatchObject({ name: 'WechatHttpError', reason: 'timeout', mayHaveReachedWeChat: true });
    expect(Date.now() - started).toBeLessThan(1000);
    shared.resolve(SUCCESS);
    expect(await first).toBe(SUCCESS);
  });

  it("another caller's abort neither aborts the shared request nor a joiner's wait", async () => {
    const shared = pending();
    const signals: (AbortSignal | undefined)[] = [];
    const login = createIdempotentCode2Session({
      exchange: (_params, options) => {
        signals.push(options?.signal);
        return shared.promise;
      },
    });
    const controller = new AbortController();
    const first = login(PARAMS, { signal: controller.signal, timeoutMs: 5000 });
    const joiner = login(PARAMS, { timeoutMs: 5000 });
    controller.abort();
    await expect(first).rejects.toMatchObject({ reason: 'aborted', mayHaveReachedWeChat: true });
    expect(signals).toEqual([undefined]);
    shared.resolve(SUCCESS);
    expect(await joiner).toBe(SUCCESS);
    expect(await login(PARAMS)).toBe(SUCCESS);
  });

  it("a joiner's own signal aborts only its own wait", async () => {
    const shared = pending();
    const login = createIdempotentCode2Session({ exchange: () => shared.promise });
    const first = login(PARAMS, { timeoutMs: 5000 });
    const controller = new AbortController();
    const joiner = login(PARAMS, { signal: controller.signal, timeoutMs: 5000 });
    controller.abort();
    await expect(joiner).rejects.toMatchObject({ reason: 'aborted' });
    shared.resolve(SUCCESS);
    expect(await first).toBe(SUCCESS);
  });

  it('refuses a bad timeoutMs before sharing anything', async () => {
    const exchange = vi.fn(async () => SUCCESS);
    const login = createIdempotentCode2Session({ exchange });
    await expect(login(PARAMS, { timeoutMs: Number.POSITIVE_INFINITY })).rejects.toBeInstanceOf(RangeError);
    expect(exchange).not.toHaveBeenCalled();
  });
});
