import type * as z from 'zod';
import type { Locale } from '../meta.js';
import { WechatApiError, WechatHttpError, type WechatHttpErrorReason } from './errors.js';
import { MAX_CAUSE_DEPTH, scrubCause, scrubText } from './secret.js';

export interface RequestOptions {
  /** A fetch implementation (defaults to the global fetch of Node ≥ 18). */
  fetch?: typeof globalThis.fetch;
  /**
   * Gives up after this many milliseconds, body included, even when a custom fetch ignores the abort
   * signal. Default 5000; must be > 0 and ≤ 2147483647 (Node's timer limit).
   */
  timeoutMs?: number;
  /** Overrides the URL, e.g. for a test server or an egress proxy. Query parameters are added to it. */
  endpoint?: string | URL;
  /** Cancels the request. */
  signal?: AbortSignal;
  /** Language of error messages (`'zh-CN'` or `'en'`); by default from `LC_ALL` / `LC_MESSAGES` / `LANG`. */
  locale?: Locale;
}

export const DEFAULT_TIMEOUT_MS = 5000;
/** The longest timeout Node's timers honour: a larger delay fires after ~1 ms. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
/**
 * Response bodies are read up to this many bytes (after decompression), then abandoned with
 * `body-too-large`: WeChat's answers are well under 1 KB, and a hostile or broken proxy must not fill memory.
 */
export const MAX_RESPONSE_BYTES = 64 * 1024;

interface Call {
  api: string;
  url: URL;
  /** Values that must never show up in an error: they are masked wherever they occur. */
  secrets: readonly string[];
  options: RequestOptions;
}

/**
 * Checks the request options before anything is sent, so a mistake does not waste a login code.
 * @returns the timeout to use.
 */
export function checkRequestOptions(options: RequestOptions): number {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, fetch, locale, signal } = options;
  if (!(typeof timeoutMs === 'number' && timeoutMs > 0 && timeoutMs <= MAX_TIMEOUT_MS)) {
    throw new RangeError(
      `timeoutMs 必须是大于 0、不超过 ${MAX_TIMEOUT_MS} 的毫秒数 / timeoutMs must be a number of ms > 0 and ≤ ${MAX_TIMEOUT_MS} (got ${typeof timeoutMs === 'number' ? timeoutMs : typeof timeoutMs})`,
    );
  }
  if (fetch !== undefined && typeof fetch !== 'function') throw new TypeError('fetch 必须是函数 / fetch must be a function');
  if (locale !== undefined && locale !== 'zh-CN' && locale !== 'en') throw new RangeError("locale 必须是 'zh-CN' 或 'en' / locale must be 'zh-CN' or 'en'");
  // Duck-typed: polyfilled and other-realm signals are not `instanceof AbortSignal`.
  const signalLike = typeof signal?.aborted === 'boolean' && typeof signal.addEventListener === 'function';
  if (signal !== undefined && !signalLike) throw new TypeError('signal 必须是 AbortSignal / signal must be an AbortSignal');
  return timeoutMs;
}

/** `value instanceof type`, false for a revoked Proxy (whose prototype lookup throws). */
export function isInstance<T>(value: unknown, type: abstract new (...args: never[]) => T): value is T {
  try {
    return value instanceof type;
  } catch {
    return false;
  }
}

/** Why a deadline ended a call: its timer fired, or the caller's signal aborted. */
export class Expired {
  constructor(readonly kind: 'timeout' | 'aborted', readonly cause?: unknown) {}
}

export interface Deadline {
  /** Aborted when the deadline expires: hand it to fetch. */
  signal: AbortSignal;
  /** Rejects with {@link Expired} when the deadline expires: race the whole call against it. */
  expired: Promise<never>;
  expiredBy(): Expired | undefined;
  /** Clears the timer and the listener; call it in `finally`. */
  dispose(): void;
}

/** A timer and the caller's abort signal as one promise, so a call settles even if its work never does. */
export function startDeadline(timeoutMs: number, external: AbortSignal | undefined): Deadline {
  const controller = new AbortController();
  let reason: Expired | undefined;
  let reject!: (reason: Expired) => void;
  const expired = new Promise<never>((_resolve, fail) => {
    reject = fail;
  });
  expired.catch(() => undefined); // settled after the race may be over
  const expire = (why: Expired) => {
    if (reason) return;
    reason = why;
    reject(why);
    controller.abort(why.cause);
  };
  const timer = setTimeout(() => expire(new Expired('timeout')), timeoutMs);
  const onAbort = () => expire(new Expired('aborted', external?.reason));
  external?.addEventListener('abort', onAbort, { once: true });
  if (external?.aborted) onAbort();
  return {
    signal: controller.signal,
    expired,
    expiredBy: () => reason,
    dispose() {
      clearTimeout(timer);
      external?.removeEventListener('abort', onAbort);
    },
  };
}

// Errors raised before a byte was sent: the login code is certainly still unused.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);


/** The `code`s along a cause chain (at most {@link MAX_CAUSE_DEPTH} deep), tolerating any thrown value. */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  try {
    for (let current = error, depth = 0; current && typeof current === 'object' && depth < MAX_CAUSE_DEPTH; depth++) {
      const { code, cause } = current as { code?: unknown; cause?: unknown };
      if (typeof code === 'string') codes.push(code);
      current = cause;
    }
  } catch {
    // a throwing getter or a revoked Proxy: what was read so far is all there is
  }
  return codes;
}

function snippet(text: string, secrets: readonly string[]): string {
  // Scrub before cutting, so a cut never leaves half a secret that the patterns no longer recognise.
  return scrubText(text, secrets).slice(0, 300);
}

/** GETs `call.url` and returns the response body parsed by `schema`; WeChat errcodes become WechatApiError. */
export async function getWechatJson<S extends z.ZodType>(call: Call, schema: S, errorSchema: z.ZodType<{ errcode: number; errmsg: string }>): Promise<z.output<S>> {
  const timeoutMs = checkRequestOptions(call.options);
  const body = await fetchJson(call, timeoutMs);
  const { locale } = call.options;
  const error = errorSchema.safeParse(body);
  if (error.success) throw new WechatApiError(call.api, error.data.errcode, scrubText(error.data.errmsg, call.secrets), locale);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)');
    throw new WechatHttpError({ api: call.api, reason: 'invalid-response', mayHaveReachedWeChat: true, issues, locale });
  }
  return parsed.data;
}

interface Answer {
  status: number;
  contentType: string | undefined;
  text: string;
}

async function fetchJson(call: Call, timeoutMs: number): Promise<unknown> {
  const { status, contentType, text } = await fetchText(call, timeoutMs);
  const fail = (reason: WechatHttpErrorReason, cause?: unknown) =>
    new WechatHttpError({
      api: call.api,
      reason,
      mayHaveReachedWeChat: true,
      status,
      contentType,
      bodySnippet: snippet(text, call.secrets),
      cause: scrubCause(cause, call.secrets),
      locale: call.options.locale,
    });
  if (status < 200 || status > 299) throw fail('http-status');
  if (text.trim() === '') throw fail('empty-body');
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw fail('not-json', cause);
  }
}

async function fetchText(call: Call, timeoutMs: number): Promise<Answer> {
  const { options } = call;
  if (options.signal?.aborted) throw transportError(call, 'aborted', options.signal.reason, false);
  const deadline = startDeadline(timeoutMs, options.signal);
  try {
    return await Promise.race([fetchAnswer(call, deadline.signal), deadline.expired]);
  } catch (error) {
    if (isInstance(error, WechatHttpError)) throw error;
    const cause = isInstance(error, Expired) ? error.cause : error;
    const expired = deadline.expiredBy();
    if (expired) throw transportError(call, expired.kind, expired.kind === 'aborted' ? (options.signal?.reason ?? cause) : undefined, true);
    const neverSent = errorCodes(error).some((code) => NOT_SENT.has(code));
    throw transportError(call, 'network', cause, !neverSent);
  } finally {
    deadline.dispose();
  }
}

/** The parts of a Response this client reads; a custom fetch may return anything. */
interface ResponseLike {
  status: number;
  headers?: { get?: (name: string) => string | null };
  body?: { getReader?: () => ReadableStreamDefaultReader<unknown> } | null;
  text?: () => Promise<unknown>;
}

async function fetchAnswer(call: Call, signal: AbortSignal): Promise<Answer> {
  const fetchImpl = call.options.fetch ?? globalThis.fetch;
  // No redirects: following one would hand the query string (secret, code) to another host.
  const response: unknown = await fetchImpl(call.url, { method: 'GET', headers: { accept: 'application/json' }, redirect: 'manual', signal });
  if (!isResponseLike(response)) throw httpError(call, 'invalid-response', {});
  const header = (name: string) => {
    const value = typeof response.headers?.get === 'function' ? response.headers.get(name) : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  const answer = { status: response.status, contentType: header('content-type') };
  if (Number(header('content-length')) > MAX_RESPONSE_BYTES) {
    cancelBody(response);
    throw httpError(call, 'body-too-large', answer);
  }
  return { ...answer, text: await readText(call, response, signal, answer) };
}

function isResponseLike(value: unknown): value is ResponseLike {
  return typeof value === 'object' && value !== null && Number.isInteger((value as { status?: unknown }).status);
}

function cancelBody(response: ResponseLike): void {
  try {
    const body = response.body as { cancel?: () => Promise<void> } | null | undefined;
    body?.cancel?.().catch(() => undefined);
  } catch {
    // nothing more to release
  }
}

/** The body as text, read chunk by chunk and abandoned past {@link MAX_RESPONSE_BYTES}. */
async function readText(call: Call, response: ResponseLike, signal: AbortSignal, answer: Omit<Answer, 'text'>): Promise<string> {
  const reader = typeof response.body?.getReader === 'function' ? response.body.getReader() : undefined;
  if (!reader) {
    if (typeof response.text !== 'function') throw httpError(call, 'invalid-response', answer);
    const text = await response.text();
    if (typeof text !== 'string') throw httpError(call, 'invalid-response', answer);
    if (Buffer.byteLength(text) > MAX_RESPONSE_BYTES) throw httpError(call, 'body-too-large', answer);
    return text;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  try {
    while (!signal.aborted) {
      const chunk = await reader.read();
      if (chunk.done) {
        done = true;
        break;
      }
      if (!(chunk.value instanceof Uint8Array)) throw httpError(call, 'invalid-response', answer);
      size += chunk.value.byteLength;
      if (size > MAX_RESPONSE_BYTES) throw httpError(call, 'body-too-large', answer);
      chunks.push(chunk.value);
    }
  } finally {
    if (!done) reader.cancel().catch(() => undefined);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function httpError(call: Call, reason: WechatHttpErrorReason, answer: Partial<Omit<Answer, 'text'>>): WechatHttpError {
  return new WechatHttpError({ api: call.api, reason, mayHaveReachedWeChat: true, ...answer, locale: call.options.locale });
}

function transportError(call: Call, reason: WechatHttpErrorReason, cause: unknown, mayHaveReachedWeChat: boolean): WechatHttpError {
  return new WechatHttpError({ api: call.api, reason, mayHaveReachedWeChat, cause: scrubCause(cause, call.secrets), locale: call.options.locale });
}
