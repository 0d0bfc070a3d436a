import * as z from 'zod';
import { code2SessionParamsSchema, code2SessionUrl, type Code2SessionParams } from './request.js';
import { code2SessionSuccessSchema, wechatErrorSchema, type Code2SessionSuccess } from './response.js';
import { getWechatJson, type RequestOptions } from './transport.js';
import { COMPONENT_CODE2SESSION_ENDPOINT } from './variants.js';
import type { ComponentCode2SessionParams } from './types.js';
export type { ComponentCode2SessionParams };

export type { RequestOptions as Code2SessionOptions } from './transport.js';

function checkParams(api: string, schema: z.ZodType, params: unknown): void {
  const parsed = schema.safeParse(params);
  if (parsed.success) return;
  // Names only: the values may be secrets.
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(params)'))].join(', ');
  throw new TypeError(`${api} 参数无效：${fields} / invalid ${api} parameters: ${fields}`);
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
  checkParams('code2Session', code2SessionParamsSchema, params);
  return getWechatJson(
    { api: 'code2Session', url: code2SessionUrl(params, options.endpoint), secrets: [params.secret, params.jsCode], options },
    code2SessionSuccessSchema,
    wechatErrorSchema,
  );
}

export const componentCode2SessionParamsSchema = z.strictObject({
  appid: z.string().min(1),
  jsCode: z.string().min(1),
  componentAppid: z.string().min(1),
  componentAccessToken: z.string().min(1),
});

/**
 * The third-party platform variant: exchanges an authorizer mini program's login code with the
 * platform's component_access_token (no AppSecret). Same answers and errors as {@link code2Session},
 * plus 61003 when the mini program has not authorised the platform. Never retries.
 * 第三方平台代小程序换取登录态（使用 component_access_token，不需要 AppSecret）。不会自动重试。
 */
export async function componentCode2Session(params: ComponentCode2SessionParams, options: RequestOptions = {}): Promise<Code2SessionSuccess> {
  checkParams('componentCode2Session', componentCode2SessionParamsSchema, params);
  const url = new URL(options.endpoint ?? COMPONENT_CODE2SESSION_ENDPOINT);
  url.searchParams.set('appid', params.appid);
  url.searchParams.set('js_code', params.jsCode);
  url.searchParams.set('grant_type', 'authorization_code');
  url.searchParams.set('component_appid', params.componentAppid);
  url.searchParams.set('component_access_token', params.componentAccessToken);
  return getWechatJson(
    { api: 'componentCode2Session', url, secrets: [params.jsCode, params.componentAccessToken], options },
    code2SessionSuccessSchema,
    wechatErrorSchema,
  );
}
