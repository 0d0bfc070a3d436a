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
