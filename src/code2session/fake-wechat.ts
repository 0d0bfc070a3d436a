// Test support (not exported by the package): a real HTTP server on 127.0.0.1 that answers like WeChat,
// and an assertion that no secret leaks through an error or a result.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FakeWechat {
  /** Base URL, e.g. http://127.0.0.1:54321/sns/jscode2session */
  endpoint: string;
  /** The request URLs received, as sent on the wire. */
  received: string[];
  respond(handler: Handler): void;
  close(): Promise<void>;
}

export function json(body: unknown, status = 200): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}

export async function startFakeWechat(): Promise<FakeWechat> {
  let handler: Handler = json({ errcode: -1, errmsg: 'system error' });
  const received: string[] = [];
  const server: Server = createServer((req, res) => {
    received.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/sns/jscode2session`,
    received,
    respond(next) {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Every way a value can be printed or serialised, including the whole cause chain. */
export function renderings(value: unknown): string[] {
  const out = [String(value), JSON.stringify(value) ?? '', inspect(value, { depth: 20, showHidden: true })];
  for (let current = value, depth = 0; current instanceof Error && depth < 10; depth++) {
    out.push(current.message, current.stack ?? '', String(current), JSON.stringify(current));
    out.push(inspect(current, { depth: 20, showHidden: true }));
    current = current.cause;
  }
  return out;
}

export function leakedSecrets(value: unknown, secrets: readonly string[]): string[] {
  const forms = secrets.flatMap((secret) => [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)]);
  const text = renderings(value).join('\n');
  return [...new Set(forms.filter((form) => text.includes(form)))];
}
