// code2Session against a hostile or broken network: huge and compressed bodies, fetch implementations
// that ignore the abort signal or return nonsense, options that would waste the login code.
import { getEventListeners } from 'node:events';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { code2Session, MAX_RESPONSE_BYTES, WechatHttpError } from './index.js';
import { json, leakedSecrets, startFakeWechat, type FakeWechat } from './fake-wechat.js';

const SECRET = 'S3cr3tAppSecret+/=&value';
const JS_CODE = '081xYz+code/w=th&chars';
const PARAMS = { appid: 'wx4f4bc4dec97d474b', secret: SECRET, jsCode: JS_CODE };
const SESSION_KEY = 'kJtdi6RF+Dv67QkbLlPGjw==';

let wechat: FakeWechat;
beforeAll(async () => {
  wechat = await startFakeWechat();
});
afterAll(() => wechat.close());
afterEach(() => {
  vi.useRealTimers();
  wechat.received.length = 0;
});

async function failure(promise: Promise<unknown>): Promise<WechatHttpError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(WechatHttpError);
    expect(leakedSecrets(error, [SECRET, JS_CODE])).toEqual([]);
    return error as WechatHttpError;
  }
  throw new Error('expected a rejection');
}

/** `total` bytes of `byte`, produced 64 KiB at a time as the reader asks: never allocated whole. */
function zeros(total: number, byte = 0x30): Readable {
  const chunk = Buffer.alloc(64 * 1024, byte);
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

describe('the response body is capped while it streams', () => {
  it(`caps at ${MAX_RESPONSE_BYTES} bytes: a 300 MB plain body is abandoned with body-too-large, memory stays bounded`, async () => {
    expect(MAX_RESPONSE_BYTES).toBe(64 * 1024);
    let served = 0;
    wechat.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const source = zeros(300 * 1024 * 1024);
      source.on('data', (chunk: Buffer) => {
        served += chunk.length;
      });
      source.pipe(res);
      res.on('close', () => source.destroy());
    });
    const before = process.memoryUsage().rss;
    const error = await failure(code2Session(PARAMS, { endpoint: wechat.endpoint, timeoutMs: 20_000 }));
    expect(error).toMatchObject({ reason: 'body-too-large', status: 200, mayHaveReachedWeChat: true });
    expect(served).toBeLessThan(50 * 1024 * 1024); // the client stopped reading long before the end
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses a gzip bomb (1 GB of zeros) after inflating only the cap', async () => {
    wechat.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      const source = zeros(1024 * 1024 * 1024, 0x20);
      source.pipe(createGzip()).pipe(res);
      res.on('close', () => source.destroy());
    });
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const error = await failure(code2Session(PARAMS, { endpoint: wechat.endpoint, timeoutMs: 20_000 }));
    expect(error).toMatchObject({ reason: 'body-too-large', mayHaveReachedWeChat: true });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses a declared content-length above the cap without reading the body', async () => {
    wechat.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) });
      res.write('{');
    });
    expect(await failure(code2Session(PARAMS, { endpoint: wechat.endpoint, timeoutMs: 2000 }))).toMatchObject({ reason: 'body-too-large' });
  });

  it('still reads a normal answer just under the cap', async () => {
    wechat.respond(json({ openid: 'o1', session_key: SESSION_KEY, padding: 'x'.repeat(MAX_RESPONSE_BYTES - 200) }));
    expect((await code2Session(PARAMS, { endpoint: wechat.endpoint, timeoutMs: 2000 })).openid).toBe('o1');
  });
});

describe('timeoutMs is checked before any request', () => {
  it.each([Number.POSITIVE_INFINITY, 2 ** 31, 1e12, 0, -1, Number.NaN, '100'])('refuses %j with a RangeError and sends nothing', async (timeoutMs) => {
    const fetch = vi.fn();
    await expect(code2Session(PARAMS, { endpoint: wechat.endpoint, timeoutMs: timeoutMs as number, fetch })).rejects.toThrow(RangeError);
    await expect(code2Session(PARAMS, { endpoint: wechat.endpoint, timeoutMs: timeoutMs as number })).rejects.toThrow(/timeoutMs/);
    expect(fetch).not.toHaveBeenCalled();
    expect(wechat.received).toEqual([]);
  });

  it('accepts the largest timer Node honours', async () => {
    wechat.respond(json({ openid: 'o1', session_key: SESSION_KEY }));
    expect((await code2Session(PARAMS, { endpoint: wechat.endpoint, timeoutMs: 2 ** 31 - 1 })).openid).toBe('o1');
  });
});

describe('a fetch that ignores the abort signal still settles on time', () => {
  const hangs = () => new Promise<Response>(() => undefined);

  it('a fetch that never settles', async () => {
    const started = Date.now();
    const error = await failure(code2Session(PARAMS, { fetch: hangs, timeoutMs: 50 }));
    expect(error).toMatchObject({ reason: 'timeout', mayHaveReachedWeChat: true });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a body whose text() never settles', async () => {
    const fetch = async () => ({ status: 200, headers: new Headers(), body: null, text: hangs }) as unknown as Response;
    expect(await failure(code2Session(PARAMS, { fetch, timeoutMs: 50 }))).toMatchObject({ reason: 'timeout' });
  });

  it('a body stream that never delivers', async () => {
    const fetch = async () => new Response(new ReadableStream({ pull: () => new Promise(() => undefined) }));
    expect(await failure(code2Session(PARAMS, { fetch, timeoutMs: 50 }))).toMatchObject({ reason: 'timeout' });
  });

  it("the caller's abort signal releases a fetch that ignores it", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const error = await failure(code2Session(PARAMS, { fetch: hangs, timeoutMs: 5000, signal: controller.signal }));
    expect(error).toMatchObject({ reason: 'aborted', mayHaveReachedWeChat: true });
  });

  it('clears its timer and its abort listener in finally, on success and on failure', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const ok = async () => Response.json({ openid: 'o1', session_key: SESSION_KEY });
    const broken = async () => {
      throw new Error('boom');
    };
    for (const fetch of [ok, broken]) {
      await code2Session(PARAMS, { fetch, timeoutMs: 60_000, signal: controller.signal }).catch(() => undefined);
      expect(vi.getTimerCount()).toBe(0);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    }
    const pending = code2Session(PARAMS, { fetch: hangs, timeoutMs: 60_000, signal: controller.signal }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await pending).toMatchObject({ reason: 'timeout' });
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe('every failure of a fetch is a WechatHttpError', () => {
  it.each([
    ['Object.create(null)', () => Object.create(null) as unknown],
    ['a string', () => 'socket hang up'],
    ['undefined', () => undefined],
    ['a number', () => 42],
    ['a revoked Proxy', () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }],
    ['an object whose getters throw', () => ({ get message() { throw new Error('no'); }, get code() { throw new Error('no'); } })],
  ])('a fetch that throws %s', async (_label, thrown) => {
    const fetch = async () => {
      throw thrown();
    };
    const error = await failure(code2Session(PARAMS, { fetch, timeoutMs: 1000 }));
    expect(error).toMatchObject({ reason: 'network', mayHaveReachedWeChat: true });
  });

  const responses: [string, unknown][] = [
    ['null', null],
    ['a string', 'ok'],
    ['an object without status', { ok: true, text: async () => '{}' }],
    ['a text() that gives null', { status: 200, headers: new Headers(), text: async () => null }],
    ['a text() that gives a number', { status: 200, text: async () => 42 }],
    ['no body and no text()', { status: 200, headers: new Headers() }],
    ['headers without get()', { status: 200, headers: {}, text: async () => 'null' }],
    ['a reader that yields strings', { status: 200, body: new ReadableStream({ start: (c) => { c.enqueue('{}'); c.close(); } }) }],
  ];
  it.each(responses)('a fetch that returns %s', async (_label, response) => {
    const fetch = async () => response as unknown as Response;
    const error = await failure(code2Session(PARAMS, { fetch, timeoutMs: 1000 }));
    expect(error.reason).toBe('invalid-response');
    expect(error.mayHaveReachedWeChat).toBe(true);
  });

  it('a text() that throws a non-Error', async () => {
    const fetch = async () => ({ status: 200, text: async () => Promise.reject(Object.create(null)) }) as unknown as Response;
    expect(await failure(code2Session(PARAMS, { fetch, timeoutMs: 1000 }))).toMatchObject({ reason: 'network' });
  });

  it('marks a well-formed JSON body of the wrong shape as having reached WeChat (the code may be used)', async () => {
    wechat.respond(json({ unexpected: true }));
    expect(await failure(code2Session(PARAMS, { endpoint: wechat.endpoint }))).toMatchObject({ reason: 'invalid-response', mayHaveReachedWeChat: true });
  });

  it('copies a cause chain 5 levels deep at most, and a cyclic one without hanging', async () => {
    let deep: Error = new Error('level 9');
    for (let level = 8; level >= 0; level--) deep = new Error(`level ${level}`, { cause: deep });
    const cyclic = new Error('cyclic');
    Object.assign(cyclic, { cause: cyclic });
    for (const thrown of [deep, cyclic]) {
      const error = await failure(code2Session(PARAMS, { fetch: async () => Promise.reject(thrown), timeoutMs: 1000 }));
      let depth = 0;
      for (let cause = error.cause; cause instanceof Error; cause = cause.cause) depth++;
      expect(depth).toBe(5);
    }
  });
});

describe('messages in one locale', () => {
  it('uses the locale option, else LC_ALL / LC_MESSAGES / LANG', async () => {
    wechat.respond(json({ errcode: 40029, errmsg: 'invalid code, rid: 1-2' }));
    const zh = await code2Session(PARAMS, { endpoint: wechat.endpoint, locale: 'zh-CN' }).catch((error: Error) => error);
    expect(zh.message).toBe('code2Session 失败：errcode 40029，无效的 oauth_code (rid: 1-2)');
    const en = await code2Session(PARAMS, { endpoint: wechat.endpoint, locale: 'en' }).catch((error: Error) => error);
    expect(en.message).toMatch(/^code2Session failed: errcode 40029, code not valid/);
    expect(en.message).not.toMatch(/[\u4e00-\u9fff]/);
    vi.stubEnv('LC_ALL', '');
    vi.stubEnv('LC_MESSAGES', 'zh_CN.UTF-8');
    try {
      const fromEnv = await code2Session(PARAMS, { endpoint: wechat.endpoint }).catch((error: Error) => error);
      expect(fromEnv.message).toBe(zh.message);
      const http = await code2Session(PARAMS, { fetch: async () => Promise.reject(new Error('x')) }).catch((error: Error) => error);
      expect(http.message).toBe('code2Session 请求失败：网络错误（连接失败或被重置）');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('refuses a locale it does not speak, a fetch or a signal of the wrong kind, before sending', async () => {
    await expect(code2Session(PARAMS, { endpoint: wechat.endpoint, locale: 'fr' as never })).rejects.toThrow(RangeError);
    await expect(code2Session(PARAMS, { endpoint: wechat.endpoint, fetch: 'fetch' as never })).rejects.toThrow(TypeError);
    await expect(code2Session(PARAMS, { endpoint: wechat.endpoint, signal: {} as never })).rejects.toThrow(TypeError);
    expect(wechat.received).toEqual([]);
  });
});
