import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ERRCODE } from '../errcodes/index.js';
import { code2Session, componentCode2Session, WechatApiError, WechatHttpError } from './index.js';
import { json, leakedSecrets, startFakeWechat, type FakeWechat } from './fake-wechat.js';

const APPID = 'wx4f4bc4dec97d474b';
const SECRET = 'S3cr3tAppSecret+/=&value';
const JS_CODE = '081xYz+code/w=th&chars';
const SESSION_KEY = 'kJtdi6RF+Dv67QkbLlPGjw==';
const SECRETS = [SECRET, JS_CODE, SESSION_KEY];
const PARAMS = { appid: APPID, secret: SECRET, jsCode: JS_CODE };

let wechat: FakeWechat;
beforeAll(async () => {
  wechat = await startFakeWechat();
});
afterAll(() => wechat.close());
beforeEach(() => {
  wechat.received.length = 0;
});

function call(options: Parameters<typeof code2Session>[1] = {}) {
  return code2Session(PARAMS, { endpoint: wechat.endpoint, timeoutMs: 2000, ...options });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    expect(leakedSecrets(error, SECRETS)).toEqual([]);
    return error;
  }
  throw new Error('expected a rejection');
}

describe('the leak detector', () => {
  it('finds a secret in a message, a cause or a property', () => {
    expect(leakedSecrets(new Error(`bad ${SECRET}`), SECRETS)).toEqual([SECRET]);
    expect(leakedSecrets(new Error('x', { cause: new Error(encodeURIComponent(JS_CODE)) }), SECRETS)).toEqual([encodeURIComponent(JS_CODE)]);
    expect(leakedSecrets(Object.assign(new Error('x'), { key: SESSION_KEY }), SECRETS)).toEqual([SESSION_KEY]);
  });
});

describe('code2Session against a local server that answers like WeChat', () => {
  it('returns openid, unionid and an opaque session_key on success', async () => {
    wechat.respond(json({ openid: 'oGZUI0egBJY1zhBYw2KhdUfwVJJE', session_key: SESSION_KEY, unionid: 'ocMvos6NjeKLIBqg5Mr9QjxrP1FA' }));
    const result = await call();
    expect(result.openid).toBe('oGZUI0egBJY1zhBYw2KhdUfwVJJE');
    expect(result.unionid).toBe('ocMvos6NjeKLIBqg5Mr9QjxrP1FA');
    expect(result.session_key.reveal()).toBe(SESSION_KEY);
    expect(leakedSecrets(result, SECRETS)).toEqual([]);
  });

  it('accepts errcode 0 with data, no unionid, and extra fields', async () => {
    wechat.respond(json({ openid: 'o1', session_key: SESSION_KEY, errcode: 0, errmsg: 'ok', expires_in: 2592000 }));
    const result = await call();
    expect(result).toMatchObject({ openid: 'o1', errcode: 0, expires_in: 2592000 });
    expect(result.unionid).toBeUndefined();
    expect(JSON.stringify(result)).toContain('"session_key":"[redacted]"');
  });

  it('sends every parameter URL-encoded in the query string', async () => {
    wechat.respond(json({ openid: 'o1', session_key: SESSION_KEY }));
    await call();
    const [url = ''] = wechat.received;
    expect(url.startsWith('/sns/jscode2session?')).toBe(true);
    expect(url).not.toContain(SECRET);
    expect(url).toContain('%2B');
    expect(url).toContain('%26');
    const query = new URLSearchParams(url.split('?')[1]);
    expect(Object.fromEntries(query)).toEqual({ appid: APPID, secret: SECRET, js_code: JS_CODE, grant_type: 'authorization_code' });
  });

  it('keeps the path and query of a custom endpoint (proxy)', async () => {
    wechat.respond(json({ openid: 'o1', session_key: SESSION_KEY }));
    await call({ endpoint: wechat.endpoint.replace('/sns/jscode2session', '/proxy/wechat?tenant=a') });
    expect(wechat.received[0]).toMatch(/^\/proxy\/wechat\?tenant=a&appid=wx/);
  });

  it.each([
    [ERRCODE.SYSTEM_BUSY, 'system error, rid: 6437cc6f-1a2b3c4d-5e6f7a8b', 'system', true, false],
    [ERRCODE.INVALID_CODE, 'invalid code, rid: 6437cc6f-0c7b8d14-7d4a1f20', 'auth', false, true],
    [ERRCODE.MINUTE_QUOTA_REACHED, 'api minute-quota reach limit mustslower retry next minute rid: 6437cc6f-aaaa', 'quota', true, false],
    [ERRCODE.CODE_BLOCKED, 'code blocked, rid: 6437cc6f-bbbb', 'risk', false, false],
    [ERRCODE.CODE_BEEN_USED, 'code been used, hints: [ req_id: AijFoqaLRa-pTFm4 ]', 'auth', false, true],
    [ERRCODE.INVALID_APPSECRET, 'invalid appsecret, rid: 6437cc6f-cccc', 'auth', false, false],
    [ERRCODE.MISSING_APPID, 'appid missing, rid: 6437cc6f-dddd', 'param', false, false],
    [ERRCODE.IP_NOT_IN_WHITELIST, 'invalid ip 1.2.3.4, not in whitelist, rid: 6437cc6f-eeee', 'permission', false, false],
  ] as const)('turns errcode %i into a WechatApiError', async (errcode, errmsg, category, retryable, needsNewCode) => {
    wechat.respond(json({ errcode, errmsg }));
    const error = await failure(call({ locale: 'zh-CN' }));
    expect(error).toBeInstanceOf(WechatApiError);
    const apiError = error as WechatApiError;
    expect(apiError).toMatchObject({ api: 'code2Session', errcode, errmsg, category, retryable, needsNewCode });
    expect(apiError.rid).toBe(/(?:rid|req_id): ([\w-]+)/.exec(errmsg)?.[1]);
    expect(apiError.meaning.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(apiError.meaning.en).not.toBe('');
    expect(apiError.message).toContain(String(errcode));
    expect(apiError.message).toContain(apiError.meaning.zh);
    expect(apiError.message).not.toContain(apiError.meaning.en);
  });

  it('coerces an errcode sent as a string', async () => {
    wechat.respond(json({ errcode: '40029', errmsg: 'invalid code' }));
    const error = (await failure(call())) as WechatApiError;
    expect(error).toBeInstanceOf(WechatApiError);
    expect(error.errcode).toBe(40029);
    expect(error.rid).toBeUndefined();
  });

  it('masks secrets WeChat echoes in errmsg', async () => {
    wechat.respond(json({ errcode: 40029, errmsg: `invalid code ${JS_CODE}, secret=${encodeURIComponent(SECRET)} rid: x-1` }));
    const error = (await failure(call())) as WechatApiError;
    expect(error.errmsg).toContain('***');
  });

  it('reports a 500 as a WechatHttpError with the status', async () => {
    wechat.respond(json({ errcode: -1, errmsg: 'system error' }, 500));
    const error = (await failure(call())) as WechatHttpError;
    expect(error).toBeInstanceOf(WechatHttpError);
    expect(error).toMatchObject({ reason: 'http-status', status: 500, mayHaveReachedWeChat: true });
  });

  it('reports an HTML 502 from a gateway, masking the URL it echoes', async () => {
    wechat.respond((req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end(`<html><body><h1>502 Bad Gateway</h1><p>GET ${req.url}</p></body></html>`);
    });
    const error = (await failure(call())) as WechatHttpError;
    expect(error).toMatchObject({ reason: 'http-status', status: 502, contentType: 'text/html' });
    expect(error.bodySnippet).toContain('502 Bad Gateway');
    expect(error.bodySnippet).toContain('secret=***');
  });

  it('does not follow a redirect (it would carry the secret to another host)', async () => {
    wechat.respond((req, res) => {
      if (req.url?.startsWith('/elsewhere')) return json({ openid: 'o1', session_key: SESSION_KEY })(req, res);
      res.writeHead(302, { location: `/elsewhere${req.url}` });
      res.end();
    });
    const error = (await failure(call())) as WechatHttpError;
    expect(error).toMatchObject({ reason: 'http-status', status: 302 });
    expect(wechat.received).toHaveLength(1);
  });

  it('reports HTML with status 200 as not JSON', async () => {
    wechat.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>maintenance</html>');
    });
    const error = (await failure(call())) as WechatHttpError;
    expect(error).toMatchObject({ reason: 'not-json', status: 200 });
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('reports an empty body', async () => {
    wechat.respond((_req, res) => res.end(''));
    expect(await failure(call())).toMatchObject({ name: 'WechatHttpError', reason: 'empty-body', status: 200 });
  });

  it('reports invalid JSON', async () => {
    wechat.respond(json(`{"openid":"o1","session_key":"${SESSION_KEY}"`));
    const error = (await failure(call())) as WechatHttpError;
    expect(error).toMatchObject({ reason: 'not-json' });
  });

  it('masks a session_key in a truncated body', async () => {
    wechat.respond(json(`{"openid":"o1","session_key":"${SESSION_KEY.slice(0, 20)}`));
    const error = (await failure(call())) as WechatHttpError;
    expect(error.bodySnippet).toBe('{"openid":"o1","session_key":"***"');
    expect(leakedSecrets(error, [SESSION_KEY.slice(0, 20)])).toEqual([]);
  });

  it('reports JSON of the wrong shape without echoing its values', async () => {
    wechat.respond(json({ openid: 'o1', session_key: 42, note: SESSION_KEY }));
    const error = (await failure(call())) as WechatHttpError;
    expect(error).toMatchObject({ reason: 'invalid-response', issues: ['session_key'] });
  });

  it('times out when WeChat is slower than timeoutMs', async () => {
    wechat.respond((_req, res) => {
      setTimeout(() => json({ openid: 'o1', session_key: SESSION_KEY })(_req, res), 1000);
    });
    const started = Date.now();
    const error = (await failure(call({ timeoutMs: 100 }))) as WechatHttpError;
    expect(Date.now() - started).toBeLessThan(900);
    expect(error).toMatchObject({ reason: 'timeout', mayHaveReachedWeChat: true });
  });

  it('times out while the body is still arriving', async () => {
    wechat.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"openid":');
    });
    expect(await failure(call({ timeoutMs: 150 }))).toMatchObject({ reason: 'timeout' });
  });

  it('reports a dropped connection as a network error that may have reached WeChat', async () => {
    wechat.respond((req) => req.socket.destroy());
    const error = (await failure(call())) as WechatHttpError;
    expect(error).toMatchObject({ reason: 'network', mayHaveReachedWeChat: true });
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('reports a refused connection as never sent', async () => {
    const closed = await startFakeWechat();
    await closed.close();
    const error = (await failure(code2Session(PARAMS, { endpoint: closed.endpoint }))) as WechatHttpError;
    expect(error).toMatchObject({ reason: 'network', mayHaveReachedWeChat: false });
  });

  it('honours an abort signal, before and during the request', async () => {
    const before = new AbortController();
    before.abort();
    expect(await failure(call({ signal: before.signal }))).toMatchObject({ reason: 'aborted', mayHaveReachedWeChat: false });
    expect(wechat.received).toEqual([]);

    wechat.respond(() => undefined);
    const during = new AbortController();
    setTimeout(() => during.abort(), 50);
    expect(await failure(call({ signal: during.signal }))).toMatchObject({ reason: 'aborted', mayHaveReachedWeChat: true });
  });

  it('scrubs a custom fetch failure whose message carries the URL', async () => {
    const fetch = async (url: string | URL | Request) => {
      throw new TypeError(`request to ${String(url)} failed`, { cause: new Error(`GET ${String(url)}`) });
    };
    const error = (await failure(call({ fetch: fetch as typeof globalThis.fetch }))) as WechatHttpError;
    expect(error.reason).toBe('network');
    expect((error.cause as Error).message).toContain('secret=***');
  });

  it('never retries: one call, one request', async () => {
    wechat.respond(json({ errcode: -1, errmsg: 'system error' }));
    await failure(call());
    expect(wechat.received).toHaveLength(1);
  });

  it('rejects missing parameters without naming their values', async () => {
    const error = await failure(code2Session({ appid: APPID, secret: SECRET, jsCode: '' }, { endpoint: wechat.endpoint }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain('jsCode');
    expect(wechat.received).toEqual([]);
  });
});

describe('componentCode2Session (third-party platform)', () => {
  const TOKEN = 'component-access-token-0123456789';
  const params = { appid: APPID, jsCode: JS_CODE, componentAppid: 'wx0123456789abcdef', componentAccessToken: TOKEN };

  it('sends the platform parameters and no secret', async () => {
    wechat.respond(json({ openid: 'o1', session_key: SESSION_KEY }));
    const result = await componentCode2Session(params, { endpoint: wechat.endpoint });
    expect(result.session_key.reveal()).toBe(SESSION_KEY);
    const query = Object.fromEntries(new URLSearchParams(wechat.received[0]?.split('?')[1]));
    expect(query).toEqual({
      appid: APPID,
      js_code: JS_CODE,
      grant_type: 'authorization_code',
      component_appid: 'wx0123456789abcdef',
      component_access_token: TOKEN,
    });
  });

  it('turns 61003 (sent as a string) into a WechatApiError without leaking the token', async () => {
    wechat.respond((req, res) => json({ errcode: '61003', errmsg: `component is not authorized by this account, url ${req.url}` })(req, res));
    const error = await failure(componentCode2Session(params, { endpoint: wechat.endpoint }));
    expect(error).toMatchObject({ name: 'WechatApiError', api: 'componentCode2Session', errcode: 61003, category: 'permission' });
    expect(leakedSecrets(error, [TOKEN])).toEqual([]);
  });
});
