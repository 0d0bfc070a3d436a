import type * as z from 'zod';
import { WechatApiError, WechatHttpError, type WechatHttpErrorReason } from './errors.js';
import { scrubCause, scrubText } from './secret.js';

export interface RequestOptions {
  /** A fetch implementation (defaults to the global fetch of Node ≥ 18). */
  fetch?: typeof globalThis.fetch;
  /** Gives up after this many milliseconds, body included. Default 5000. */
  timeoutMs?: number;
  /** Overrides the URL, e.g. for a test server or an egress proxy. Query parameters are added to it. */
  endpoint?: string | URL;
  /** Cancels the request. */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 5000;

interface Call {
  api: string;
  url: URL;
  /** Values that must never show up in an error: they are masked wherever they occur. */
  secrets: readonly string[];
  options: RequestOptions;
}

// Errors raised before a byte was sent: the login code is certainly still unused.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string') codes.push(code);
    current = cause;
  }
  return codes;
}

function snippet(text: string, secrets: readonly string[]): string {
  // Scrub before cutting, so a cut never leaves half a secret that the patterns no longer recognise.
  return scrubText(text, secrets).slice(0, 300);
}

/** GETs `call.url` and returns the response body parsed by `schema`; WeChat errcodes become WechatApiError. */
export async function getWechatJson<S extends z.ZodType>(call: Call, schema: S, errorSchema: z.ZodType<{ errcode: number; errmsg: string }>): Promise<z.output<S>> {
  const body = await fetchJson(call);
  const error = errorSchema.safeParse(body);
  if (error.success) throw new WechatApiError(call.api, error.data.errcode, scrubText(error.data.errmsg, call.secrets));
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)');
    throw new WechatHttpError({ api: call.api, reason: 'invalid-response', mayHaveReachedWeChat: true, issues });
  }
  return parsed.data;
}

async function fetchJson(call: Call): Promise<unknown> {
  const { status, contentType, text } = await fetchText(call);
  const fail = (reason: WechatHttpErrorReason, cause?: unknown) =>
    new WechatHttpError({
      api: call.api,
      reason,
      mayHaveReachedWeChat: true,
      status,
      contentType,
      bodySnippet: snippet(text, call.secrets),
      cause: scrubCause(cause, call.secrets),
    });
  if (status < 200 || status > 299) throw fail('http-status');
  if (text.trim() === '') throw fail('empty-body');
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw fail('not-json', cause);
  }
}

async function fetchText(call: Call): Promise<{ status: number; contentType: string | undefined; text: string }> {
  const { options } = call;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (options.signal?.aborted) throw transportError(call, 'aborted', options.signal.reason, false);
    // No redirects: following one would hand the query string (secret, code) to another host.
    const response = await fetchImpl(call.url, {
      method: 'GET',
      headers: { accept: 'application/json' },
      redirect: 'manual',
      signal: controller.signal,
    });
    const text = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type') ?? undefined, text };
  } catch (error) {
    if (error instanceof WechatHttpError) throw error;
    if (timedOut) throw transportError(call, 'timeout', error, true);
    if (options.signal?.aborted) throw transportError(call, 'aborted', options.signal.reason ?? error, true);
    const neverSent = errorCodes(error).some((code) => NOT_SENT.has(code));
    throw transportError(call, 'network', error, !neverSent);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

function transportError(call: Call, reason: WechatHttpErrorReason, cause: unknown, mayHaveReachedWeChat: boolean): WechatHttpError {
  return new WechatHttpError({ api: call.api, reason, mayHaveReachedWeChat, cause: scrubCause(cause, call.secrets) });
}
