import { wechatErrorSchema, code2SessionSuccessSchema, type Code2SessionSuccess } from './response.js';
import { code2SessionParamsSchema, code2SessionUrl, type Code2SessionParams } from './request.js';
import { getWechatJson, type RequestOptions } from './transport.js';

export type { RequestOptions as Code2SessionOptions } from './transport.js';

function checkParams(params: Code2SessionParams): void {
  const parsed = code2SessionParamsSchema.safeParse(params);
  if (parsed.success) return;
  // Names only: the values may be secrets.
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(params)'))].join(', ');
  throw new TypeError(`code2Session 参数无效：${fields} / invalid code2Session parameters: ${fields}`);
}

/**
 * Exchanges a login code from `wx.login` for the user's openid, unionid and session_key (server only).
 * Never retries: a code works once, so a second attempt with the same code gets 40163. See the docs for
 * double submits (`createIdempotentCode2Session`).
 * 用 wx.login 的 code 换取 openid、unionid 和 session_key（仅限服务端）。不会自动重试：code 只能用一次。
 *
 * @throws {WechatApiError} WeChat answered with an errcode (40029 invalid code, 40163 code used, …).
 * @throws {WechatHttpError} timeout, abort, network failure, non-2xx, empty, non-JSON or malformed body.
 * @throws {TypeError} a parameter is missing or empty.
 */
export async function code2Session(params: Code2SessionParams, options: RequestOptions = {}): Promise<Code2SessionSuccess> {
  checkParams(params);
  return getWechatJson(
    { api: 'code2Session', url: code2SessionUrl(params, options.endpoint), secrets: [params.secret, params.jsCode], options },
    code2SessionSuccessSchema,
    wechatErrorSchema,
  );
}
