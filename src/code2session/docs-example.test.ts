// Runs the backend example of docs/code2session.md against the local fake WeChat: the docs must stay
// true, and the handler must never hand session_key to the client.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { json, startFakeWechat, type FakeWechat } from './fake-wechat.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SESSION_KEY = 'kJtdi6RF+Dv67QkbLlPGjw==';

function exampleModule(): string {
  const docs = readFileSync(`${ROOT}docs/code2session.md`, 'utf8');
  const block = [...docs.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '').find((code) => code.includes('export async function handleLogin'));
  if (!block) throw new Error('docs/code2session.md lost its handleLogin example');
  const source = block.replace("'miniprogram-schema/code2session'", `'${ROOT}src/code2session/index.ts'`);
  const dir = `${ROOT}.tmp/docs-example`;
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/handle-login-${process.pid}.ts`;
  writeFileSync(file, source);
  return file;
}

type HandleLogin = (body: unknown, store: unknown) => Promise<{ status: number; body: unknown }>;

let wechat: FakeWechat;
let handleLogin: HandleLogin;
const realFetch = globalThis.fetch;
const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
const stored: unknown[] = [];
const store = { set: async (_token: string, value: unknown) => void stored.push(value) };

beforeAll(async () => {
  wechat = await startFakeWechat();
  process.env.WX_APPID = 'wx4f4bc4dec97d474b';
  process.env.WX_SECRET = 'docs-example-secret';
  // The example calls WeChat itself; point the global fetch at the fake server for this file.
  globalThis.fetch = ((url: URL | string, init?: RequestInit) =>
    realFetch(String(url).replace('https://api.weixin.qq.com/sns/jscode2session', wechat.endpoint), init)) as typeof fetch;
  ({ handleLogin } = (await import(/* @vite-ignore */ exampleModule())) as { handleLogin: HandleLogin });
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  logged.mockRestore();
  await wechat.close();
});

describe('the backend example in docs/code2session.md', () => {
  it('returns its own token and keeps session_key in the server-side store', async () => {
    wechat.respond(json({ openid: 'o1', session_key: SESSION_KEY, unionid: 'u1' }));
    const out = await handleLogin({ code: 'code-1' }, store);
    expect(out.status).toBe(200);
    expect(JSON.stringify(out)).not.toContain(SESSION_KEY);
    expect(JSON.stringify(out)).not.toContain('o1');
    expect(stored).toEqual([{ openid: 'o1', unionid: 'u1', sessionKey: SESSION_KEY }]);
  });

  it('asks for a new code after 40163 and rejects a missing code', async () => {
    wechat.respond(json({ errcode: 40163, errmsg: 'code been used, rid: 1-2' }));
    expect(await handleLogin({ code: 'code-2' }, store)).toEqual({ status: 401, body: { error: 'relogin' } });
    expect(await handleLogin({}, store)).toMatchObject({ status: 400 });
    const log = inspect(logged.mock.calls, { depth: 10 });
    expect(log).toContain('40163');
    expect(log).not.toContain('code-2');
    expect(log).not.toContain('docs-example-secret');
  });
});
