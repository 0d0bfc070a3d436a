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

const SECRET_PARAMS = [
  'secret',
  'appsecret',
  'js_code',
  'session_key',
  'access_token',
  'component_access_token',
  'suite_access_token',
  'authorizer_access_token',
  'authorizer_refresh_token',
  'refresh_token',
  'component_verify_ticket',
];
const SECRET_KEYS = new Set(SECRET_PARAMS.map(normaliseKey).concat(['jscode', 'sessionkey', 'accesstoken']));
const QUERY_PATTERN = new RegExp(`\\b(${SECRET_PARAMS.join('|')})=[^&\\s#"'<>]*`, 'gi');
const JSON_PATTERN = new RegExp(`"(${SECRET_PARAMS.join('|')}|jsCode|sessionKey|accessToken)"\\s*:\\s*"[^"]*"?`, 'gi');

function normaliseKey(key: string): string {
  return key.replace(/[_-]/g, '').toLowerCase();
}

function redactText(text: string): string {
  return text.replace(QUERY_PATTERN, `$1=${MASK}`).replace(JSON_PATTERN, `"$1":"${MASK}"`);
}

/**
 * A copy of `value` that is safe for your own logs: keys such as `secret`, `session_key`, `js_code`
 * and `*access_token` are masked, {@link SessionKey}s become `[redacted]`, and the same parameters are
 * masked inside strings (URLs, query strings, JSON text). Errors become `{ name, message }`.
 * 返回可写入日志的副本：屏蔽 secret、session_key、js_code、各类 access_token 等字段及字符串中的同名参数。
 */
export function redact<T>(value: T): unknown {
  return redactValue(value, new WeakSet());
}

function redactValue(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value instanceof SessionKey) return REDACTED;
  if (value instanceof URL || value instanceof URLSearchParams) return redactText(value.toString());
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  if (Array.isArray(value)) return value.map((item) => redactValue(item, seen));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = SECRET_KEYS.has(normaliseKey(key)) && item != null && item !== '' ? MASK : redactValue(item, seen);
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

/**
 * A copy of an error chain whose messages and stacks went through {@link scrubText}, so it can be
 * attached as a `cause` without carrying a URL with the secret in it.
 */
export function scrubCause(cause: unknown, secrets: readonly string[], depth = 0): Error | undefined {
  if (cause === undefined || cause === null || depth > 4) return undefined;
  const source = cause instanceof Error ? cause : undefined;
  const nested = scrubCause(source?.cause, secrets, depth + 1);
  const copy = new Error(scrubText(source ? source.message : String(cause), secrets), nested ? { cause: nested } : undefined);
  copy.name = source?.name ?? (typeof cause === 'object' && 'name' in cause ? String(cause.name) : 'Error');
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') Object.assign(copy, { code });
  copy.stack = source?.stack ? scrubText(source.stack, secrets) : `${copy.name}: ${copy.message}`;
  return copy;
}
