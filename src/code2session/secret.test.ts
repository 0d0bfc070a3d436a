import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { redact, SessionKey } from './index.js';

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
