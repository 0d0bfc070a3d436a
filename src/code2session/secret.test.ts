import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { redact, SessionKey, WechatApiError, WechatHttpError } from './index.js';

const KEY = 'kJtdi6RF+Dv67QkbLlPGjw==';

describe('SessionKey', () => {
  it('is only readable through reveal()', () => {
    const key = SessionKey.from(KEY);
    expect(key.reveal()).toBe(KEY);
    for (const text of [String(key), `${key}`, JSON.stringify({ key }), inspect(key), inspect({ key }, { showHidden: true }), key.toString()]) {
      expect(text).not.toContain(KEY);
      expect(text).toContain('[redacted]');
    }
    expect(Object.keys(key)).toEqual([]);
    expect(JSON.stringify(structuredClone({ key }))).not.toContain(KEY);
  });

  it('refuses an empty key', () => {
    expect(() => SessionKey.from('')).toThrow(TypeError);
  });
});

describe('redact', () => {
  it('masks secret keys at any depth, leaving other values alone', () => {
    const input = {
      appid: 'wx1',
      secret: 'S',
      js_code: 'C',
      nested: [{ session_key: KEY, openid: 'o1', accessToken: 'T', component_access_token: 'CT' }],
      key: SessionKey.from(KEY),
      empty: { secret: '' },
    };
    expect(redact(input)).toEqual({
      appid: 'wx1',
      secret: '***',
      js_code: '***',
      nested: [{ session_key: '***', openid: 'o1', accessToken: '***', component_access_token: '***' }],
      key: '[redacted]',
      empty: { secret: '' },
    });
    expect(input.secret).toBe('S');
  });

  it('masks the parameters inside URLs, query strings and JSON text', () => {
    const url = new URL('https://api.weixin.qq.com/sns/jscode2session?appid=wx1&secret=S3&js_code=C0&grant_type=authorization_code');
    expect(redact(url)).toBe('https://api.weixin.qq.com/sns/jscode2session?appid=wx1&secret=***&js_code=***&grant_type=authorization_code');
    expect(redact(`GET /cgi-bin/x?access_token=AT#frag`)).toBe('GET /cgi-bin/x?access_token=***#frag');
    expect(redact(`{"openid":"o1","session_key":"${KEY}"}`)).toBe('{"openid":"o1","session_key":"***"}');
  });

  it('turns errors into { name, message } and survives cycles', () => {
    const cyclic: Record<string, unknown> = { secret: 'S' };
    cyclic.self = cyclic;
    expect(redact(cyclic)).toEqual({ secret: '***', self: '[circular]' });
    expect(redact(new TypeError('GET ?secret=S'))).toEqual({ name: 'TypeError', message: 'GET ?secret=***' });
  });
});

describe('redact on hostile values', () => {
  it('never throws: deep nesting, cycles, throwing getters, Proxies, revoked Proxies', () => {
    let deep: Record<string, unknown> = { secret: 'S' };
    for (let level = 0; level < 100_000; level++) deep = { next: deep };
    expect(() => redact(deep)).not.toThrow();
    expect(JSON.stringify(redact(deep))).toContain('[too deep]');

    const getters = { ok: 1, get bad(): never { throw new Error('getter') } };
    expect(redact(getters)).toEqual({ ok: 1, bad: '[unreadable]' });

    const trap = new Proxy({}, { ownKeys() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); } });
    expect(redact(trap)).toBe('[unreadable]');
    expect(redact({ inner: trap, secret: 'S' })).toEqual({ inner: '[unreadable]', secret: '***' });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(redact([proxy])).toEqual(['[unreadable]']);

    const cyclicArray: unknown[] = [];
    cyclicArray.push(cyclicArray);
    expect(redact(cyclicArray)).toEqual(['[circular]']);
    const error = new Error('outer', { cause: null });
    Object.defineProperty(error, 'message', { get() { throw new Error('no'); } });
    expect(() => redact(error)).not.toThrow();
  });

  it.each([
    ['https://x/login?jsCode=C0DE&appid=wx1', 'https://x/login?jsCode=***&appid=wx1'],
    ['POST /login?sessionKey=KEY%2B%3D&x=1', 'POST /login?sessionKey=***&x=1'],
    ['session_key=KEY== openid=o1', 'session_key=*** openid=o1'],
    ['appsecret=S3 AppSecret=S4 app_secret=S5 client_secret=S6', 'appsecret=*** AppSecret=*** app_secret=*** client_secret=***'],
    ['secret=S&grant_type=authorization_code', 'secret=***&grant_type=authorization_code'],
  ])('masks the parameter in %s', (text, masked) => {
    expect(redact(text)).toBe(masked);
  });

  it('masks JSON values that contain escaped quotes, and JSON nested in a JSON string', () => {
    expect(redact('{"secret":"ab\\"cd\\"ef","appid":"wx1"}')).toBe('{"secret":"***","appid":"wx1"}');
    expect(redact('{"jsCode": "c\\\\"}')).toBe('{"jsCode": "***"}');
    const nested = JSON.stringify({ body: JSON.stringify({ sessionKey: 'Q"W\\Z', appid: 'wx1' }) });
    const out = redact(nested) as string;
    expect(out).not.toMatch(/Q|W|Z/);
    expect(JSON.parse(JSON.parse(out).body)).toEqual({ sessionKey: '***', appid: 'wx1' });
  });

  it('costs linear time on a hostile string', () => {
    const hostile = ['a-'.repeat(200_000), '"'.repeat(200_000), `${'\\"x\\":\\"'.repeat(50_000)}`, 'x'.repeat(400_000)];
    for (const text of hostile) {
      const started = performance.now();
      redact(text);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });

  it("keeps an error's errcode, needsNewCode, category and rid", () => {
    const error = new WechatApiError('code2Session', 40029, 'invalid code, rid: 6437cc6f-0c7b', 'en');
    expect(redact(error)).toEqual({
      name: 'WechatApiError',
      message: error.message,
      api: 'code2Session',
      errcode: 40029,
      rid: '6437cc6f-0c7b',
      category: 'auth',
      retryable: false,
      needsNewCode: true,
    });
    const http = new WechatHttpError({ api: 'code2Session', reason: 'timeout', mayHaveReachedWeChat: true, locale: 'en' });
    expect(redact(http)).toMatchObject({ name: 'WechatHttpError', reason: 'timeout', mayHaveReachedWeChat: true });
  });
});
