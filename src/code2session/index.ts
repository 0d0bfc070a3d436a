/**
 * miniprogram-schema/code2session: the login API (code2Session) for servers — schemas, a safe client,
 * the session_key tools. Uses node:crypto: never import it in mini program code.
 * 服务端登录接口 code2Session：schema、安全的客户端、session_key 工具。依赖 node:crypto，不要在小程序端引入。
 *
 * @module miniprogram-schema/code2session
 */
export { code2Session, componentCode2Session, componentCode2SessionParamsSchema } from './client.js';
export type { Code2SessionOptions, ComponentCode2SessionParams } from './client.js';
export { DEFAULT_TIMEOUT_MS, MAX_RESPONSE_BYTES } from './transport.js';
export {
  CODE2SESSION_DOC,
  CODE2SESSION_ENDPOINT,
  code2SessionParamsSchema,
  code2SessionRequestSchema,
  code2SessionUrl,
} from './request.js';
export type { Code2SessionParams, Code2SessionRequest } from './request.js';
export {
  code2SessionResponseSchema,
  code2SessionSuccessSchema,
  errcodeSchema,
  isWechatError,
  sessionKeySchema,
  wechatErrorSchema,
} from './response.js';
export type { Code2SessionError, Code2SessionResponse, Code2SessionSuccess, WechatErrorBody } from './response.js';
export * from './variants.js';
export * from './user-data.js';
export { DecryptError, parseRid, WechatApiError, WechatHttpError } from './errors.js';
export type { DecryptErrorReason, WechatHttpErrorReason } from './errors.js';
export { redact, revealSessionKey, SessionKey } from './secret.js';
export type { SessionKeyInput } from './secret.js';
export { decryptData, rawDataSignature, sessionKeySignature, verifySignature, WATERMARK_CLOCK_SKEW_SECONDS } from './crypto.js';
export type { DecryptOptions } from './crypto.js';
export { createIdempotentCode2Session } from './idempotency.js';
export type { IdempotentCode2SessionOptions } from './idempotency.js';
export type { PhoneInfo, RunDataStep } from './types.js';
