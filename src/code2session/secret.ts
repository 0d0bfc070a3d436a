/**
 * Keeping secrets (AppSecret, session_key, login code, tokens) out of errors, logs and serialised results.
 * 让密钥（AppSecret、session_key、登录 code、各类 token）不出现在错误、日志和序列化结果里。
 */

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const REDACTED = '[redacted]';
const MASK = '***';

/**
 * The session_key of one user, as an opaque value: printing, logging or serialising it shows
 * `[redacted]`; the key itself is only readable through {@link SessionKey.reveal}.
 * 用户的 session_key：打印、记日志、JSON 序列化都只显示 `[redacted]`，只能通过 `reveal()` 显式读取。
 */
export class SessionKey {
  readonly #value: string;

  private constructor(value: string) {
    this.#value = value;
  }

  /** Wraps a session_key you stored yourself (e.g. in your session store). */
  static from(value: string): SessionKey {
    if (typeof value !== 'string' || value.length === 0) {
      throw new TypeError('session_key 必须是非空字符串 / session_key must be a non-empty string');
    }
    return new SessionKey(value);
  }

  /** The base64 text of the key. Keep it on the server: never send it to the client or log it. */
  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return `SessionKey ${REDACTED}`;
  }

  toJSON(): string {
    return REDACTED;
  }

  [Symbol.toPrimitive](): string {
    return this.toString();
  }

  [INSPECT](): string {
    return this.toString();
  }
}

/** A session_key as this package returns it, or as the text you stored. */
export type SessionKeyInput = SessionKey | string;

export function revealSessionKey(key: SessionKeyInput): string {
  return key instanceof SessionKey ? key.reveal() : key;
}

// A key is secret when, with `_` and `-` removed and lower-cased, it ends with one of these: `secret`,
// `appsecret`, `client_secret`, `js_code`, `jsCode`, `session_key`, `*access_token`, `refresh_token`, …
const SECRET_KEY = /(?:secret|token|ticket|sessionkey|jscode|password)$/;
const MAX_DEPTH = 32;

function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.replace(/[_-]/g, '').toLowerCase());
}

// Each pattern starts only where a key can start (lookbehind) and its alternatives never overlap, so a
// hostile string costs linear time.
/** `key=value` in URLs, query strings and logs. */
const QUERY_PATTERN = /(?<![\w.-])([\w.-]+)=([^&\s#"'<>]*)/g;
/** `"key": "value"` in JSON text, the value with its escaped quotes. */
const JSON_PATTERN = /"([\w.-]+)"(\s*:\s*)"(?:[^"\\]|\\.)*"?/g;
/** `\"key\": \"value\"`: JSON inside a JSON string (a logged request body, say). */
const NESTED_JSON_PATTERN = /\\"([\w.-]+)\\"(\s*:\s*)\\"(?:[^\\"]|\\{4}|\\{3}"|\\{2}[^\\"]|\\[^\\"])*(?:\\")?/g;

function redactText(text: string): string {
  return text
    .replace(QUERY_PATTERN, (match, key: string) => (isSecretKey(key) ? `${key}=${MASK}` : match))
    .replace(JSON_PATTERN, (match, key: string, colon: string) => (isSecretKey(key) ? `"${key}"${colon}"${MASK}"` : match))
    .replace(NESTED_JSON_PATTERN, (match, key: string, colon: string) => (isSecretKey(key) ? `\\"${key}\\"${colon}\\"${MASK}\\"` : match));
}

// Fields of this package's errors worth keeping in a log: none of them can hold a secret.
const ERROR_FIELDS = ['api', 'reason', 'errcode', 'rid', 'category', 'retryable', 'needsNewCode', 'mayHaveReachedWeChat', 'status'];

/**
 * A copy of `value` that is safe for your own logs: keys such as `secret`, `session_key`, `js_code`,
 * `jsCode` and `*access_token` are masked, {@link SessionKey}s become `[redacted]`, and the same parameters
 * are masked inside strings (URLs, query strings, JSON text, JSON nested in a string). Errors become
 * `{ name, message }` plus their `errcode`, `rid`, `category`, `needsNewCode`, `reason`, `status`, … .
 * Never throws: cycles, objects deeper than 32 levels, throwing getters and Proxies become markers.
 * 返回可写入日志的副本：屏蔽 secret、session_key、js_code、各类 access_token 等字段及字符串中的同名参数；从不抛出异常。
 */
export function redact<T>(value: T): unknown {
  return redactValue(value, new WeakSet(), 0);
}

function redactValue(value: unknown, seen: WeakSet<object>, depth: number): unknown {
  try {
    if (typeof value === 'string') return redactText(value);
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    if (typeof value === 'function') return '[function]';
    if (value instanceof SessionKey) return REDACTED;
    if (value instanceof URL || value instanceof URLSearchParams) return redactText(value.toString());
    if (seen.has(value)) return '[circular]';
    if (depth >= MAX_DEPTH) return '[too deep]';
    seen.add(value);
    if (value instanceof Error) return redactError(value, seen, depth);
    if (Array.isArray(value)) return value.map((item) => redactValue(item, seen, depth + 1));
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) copy[key] = redactEntry(value as Record<string, unknown>, key, seen, depth);
    return copy;
  } catch {
    return '[unreadable]';
  }
}

function redactEntry(object: Record<string, unknown>, key: string, seen: WeakSet<object>, depth: number): unknown {
  try {
    const item = object[key];
    return isSecretKey(key) && item != null && item !== '' ? MASK : redactValue(item, seen, depth + 1);
  } catch {
    return '[unreadable]';
  }
}

function redactError(error: Error, seen: WeakSet<object>, depth: number): Record<string, unknown> {
  const copy: Record<string, unknown> = { name: redactEntry(error as never, 'name', seen, depth), message: redactEntry(error as never, 'message', seen, depth) };
  for (const field of ERROR_FIELDS) {
    const item = redactEntry(error as never, field, seen, depth);
    if (item !== undefined && (item === null || typeof item !== 'object')) copy[field] = item;
  }
  return copy;
}

/** Masks the known secret parameters and every literal occurrence of the given secret values. */
export function scrubText(text: string, secrets: readonly string[]): string {
  let result = redactText(text);
  for (const secret of secrets) {
    if (secret.length < 4) continue; // masking a 1–3 character value would shred the whole message
    for (const form of new Set([secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)])) {
      result = result.split(form).join(MASK);
    }
  }
  return result;
}

/** Cause chains are copied this deep at most (real ones are 2–3 levels: fetch → undici → socket). */
export const MAX_CAUSE_DEPTH = 5;

/**
 * A copy of an error chain whose messages and stacks went through {@link scrubText}, so it can be
 * attached as a `cause` without carrying a URL with the secret in it.
 */
export function scrubCause(cause: unknown, secrets: readonly string[], depth = 0): Error | undefined {
  if (cause === undefined || cause === null || depth >= MAX_CAUSE_DEPTH) return undefined;
  try {
    const source = cause instanceof Error ? cause : undefined;
    const nested = scrubCause(source?.cause, secrets, depth + 1);
    const copy = new Error(scrubText(source ? String(source.message) : printable(cause), secrets), nested ? { cause: nested } : undefined);
    const name = source?.name ?? (typeof cause === 'object' ? (cause as { name?: unknown }).name : undefined);
    copy.name = typeof name === 'string' ? name : 'Error';
    const code = typeof cause === 'object' ? (cause as { code?: unknown }).code : undefined;
    if (typeof code === 'string' || typeof code === 'number') Object.assign(copy, { code });
    copy.stack = typeof source?.stack === 'string' ? scrubText(source.stack, secrets) : `${copy.name}: ${copy.message}`;
    return copy;
  } catch {
    return new Error('[unreadable thrown value]');
  }
}

/** `String(value)`, or a description when the value cannot be converted (`Object.create(null)`, Proxies). */
function printable(value: unknown): string {
  try {
    return String(value);
  } catch {
    return `[${typeof value}]`;
  }
}
