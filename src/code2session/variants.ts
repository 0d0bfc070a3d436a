/**
 * The code2Session variants (third-party platform, WeCom) and the other session_key / phone APIs.
 * code2Session 的变体（第三方平台、企业微信）以及 session_key、手机号相关接口。
 */
import * as z from 'zod';
import { field } from '../meta.js';
import { appidSchema, grantTypeSchema, jsCodeSchema } from './request.js';
import { errcodeSchema, errmsgSchema, openidSchema, sessionKeySchema } from './response.js';
import { watermarkSchema } from './user-data.js';
import type { ComponentCode2SessionRequest, WecomCode2SessionRequest, WecomServiceCode2SessionRequest, WecomCode2SessionSuccess, GetPhoneNumberRequest, GetPhoneNumberSuccess, SessionKeyCheckRequest, ResetUserSessionKeySuccess } from './types.js';
export type { ComponentCode2SessionRequest, WecomCode2SessionRequest, WecomServiceCode2SessionRequest, WecomCode2SessionSuccess, GetPhoneNumberRequest, GetPhoneNumberSuccess, SessionKeyCheckRequest, ResetUserSessionKeySuccess };

const successErrcode = errcodeSchema.pipe(z.literal(0)).optional();

const tokenSchema = (zh: string, en: string) => z.string().min(1).meta(field({ zh, en }));

// Third-party platform (component) ---------------------------------------------------------------------

export const COMPONENT_CODE2SESSION_ENDPOINT = 'https://api.weixin.qq.com/sns/component/jscode2session';

/** `GET /sns/component/jscode2session`: a third-party platform exchanges an authorizer's login code. No secret. */
export const componentCode2SessionRequestSchema = z.strictObject({
  appid: appidSchema,
  js_code: jsCodeSchema,
  grant_type: grantTypeSchema,
  component_appid: z.string().min(1).meta(field({ zh: '第三方平台 AppID。', en: 'The third-party platform AppID.' })),
  component_access_token: tokenSchema('第三方平台的 component_access_token（放在 URL 参数里）。', 'The platform’s component_access_token (a URL parameter).'),
}).meta({
  id: 'ComponentCode2SessionRequest',
  ...field({
    zh: '第三方平台代小程序换取登录态的请求参数。',
    en: 'Query parameters of the third-party platform login code exchange.',
    docUrl: 'https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/login/api_thirdpartycode2session.html',
  }),
});
// The response has the same shape as code2Session's (61003 = the mini program has not authorised the platform).
export { code2SessionResponseSchema as componentCode2SessionResponseSchema } from './response.js';

// WeCom (企业微信) -------------------------------------------------------------------------------------

export const WECOM_CODE2SESSION_ENDPOINT = 'https://qyapi.weixin.qq.com/cgi-bin/miniprogram/jscode2session';
export const WECOM_SERVICE_CODE2SESSION_ENDPOINT = 'https://qyapi.weixin.qq.com/cgi-bin/service/miniprogram/jscode2session';

/** Self-built WeCom app: the token comes from the corpid and the secret of the app linked to the mini program. */
export const wecomCode2SessionRequestSchema = z.strictObject({
  access_token: tokenSchema('企业微信应用的 access_token（由 corpid 和应用 secret 获取）。', 'The WeCom app access_token (from the corpid and the app secret).'),
  js_code: jsCodeSchema.meta(field({ zh: 'wx.qy.login 得到的 code。', en: 'The code from wx.qy.login.' })),
  grant_type: grantTypeSchema,
}).meta({ id: 'WecomCode2SessionRequest', ...field({ zh: '企业微信自建应用小程序登录的请求参数。', en: 'Query parameters of the WeCom self-built app login.', docUrl: 'https://developer.work.weixin.qq.com/document/path/96959' }) });

/** Third-party (service provider) WeCom app. */
export const wecomServiceCode2SessionRequestSchema = z.strictObject({
  suite_access_token: tokenSchema('第三方应用的 suite_access_token。', 'The third-party app suite_access_token.'),
  js_code: jsCodeSchema,
  grant_type: grantTypeSchema,
}).meta({ id: 'WecomServiceCode2SessionRequest', ...field({ zh: '企业微信第三方应用小程序登录的请求参数。', en: 'Query parameters of the WeCom third-party app login.', docUrl: 'https://developer.work.weixin.qq.com/document/path/92423' }) });

/** WeCom returns `corpid` + `userid` instead of `openid`; WeCom errcodes are a separate namespace. */
export const wecomCode2SessionSuccessSchema = z.looseObject({
  corpid: z.string().min(1).meta(field({ zh: '用户所属企业的 corpid；多企业时要与 token 的企业核对。', en: 'The user’s corp id; with several corps, check it against the token’s corp.' })),
  userid: z.string().min(1).meta(field({ zh: '用户在企业内的 UserID（第三方开发的小程序为加密值）。', en: 'The user’s id in the corp (encrypted for third-party mini programs).' })),
  session_key: sessionKeySchema,
  open_userid: z.string().optional().meta(field({ zh: '第三方应用下全局唯一的用户 ID（仅第三方应用返回）。', en: 'Service-provider-wide user id (third-party apps only).' })),
  errcode: successErrcode,
  errmsg: errmsgSchema.optional(),
}).meta({ id: 'WecomCode2SessionSuccess', ...field({ zh: '企业微信小程序登录成功的响应。', en: 'A successful WeCom mini program login response.' }) });

// getPhoneNumber -----------------------------------------------------------------------------------------

export const GET_PHONE_NUMBER_ENDPOINT = 'https://api.weixin.qq.com/wxa/business/getuserphonenumber';

/** POST body of `getuserphonenumber` (the access_token goes in the query). */
export const getPhoneNumberRequestSchema = z.strictObject({
  code: z.string().min(1).meta(field({ zh: '手机号按钮（open-type=getPhoneNumber）返回的 code，不是 wx.login 的 code。', en: 'The code from the phone-number button (open-type=getPhoneNumber), not the wx.login code.' })),
  openid: z.string().min(1).optional().meta(field({ zh: '可选；传入时微信会校验 code 是否属于该用户。', en: 'Optional; when given WeChat checks the code belongs to that user.' })),
}).meta({ id: 'GetPhoneNumberRequest', ...field({ zh: '获取手机号接口的请求体。', en: 'Request body of getPhoneNumber.', docUrl: 'https://developers.weixin.qq.com/miniprogram/dev/server/API/user-info/phone-number/api_getphonenumber' }) });

export const phoneInfoSchema = z.looseObject({
  phoneNumber: z.string().min(1).meta(field({ zh: '带区号的手机号（境外手机号含区号）。', en: 'Phone number with the country code for non-mainland numbers.' })),
  purePhoneNumber: z.string().min(1).meta(field({ zh: '不带区号的手机号。', en: 'Phone number without the country code.' })),
  // Typed as string in the doc table, but the doc example sends the number 86.
  countryCode: z.union([z.string(), z.number()]).meta(field({ zh: '区号（文档写作字符串，示例为数字）。', en: 'Country code (string in the doc table, a number in its example).' })),
  watermark: watermarkSchema,
}).meta({ id: 'PhoneInfo', ...field({ zh: '用户手机号信息。', en: 'The user’s phone number.' }) });

export const getPhoneNumberSuccessSchema = z.looseObject({
  errcode: successErrcode,
  errmsg: errmsgSchema.optional(),
  phone_info: phoneInfoSchema,
}).meta({ id: 'GetPhoneNumberSuccess', ...field({ zh: '获取手机号成功的响应。', en: 'A successful getPhoneNumber response.' }) });

// checkSessionKey / resetUserSessionKey --------------------------------------------------------------------

export const CHECK_SESSION_KEY_ENDPOINT = 'https://api.weixin.qq.com/wxa/checksession';
export const RESET_USER_SESSION_KEY_ENDPOINT = 'https://api.weixin.qq.com/wxa/resetusersessionkey';

/** Query of checkSessionKey and resetUserSessionKey; `signature` comes from `sessionKeySignature()`. */
export const sessionKeyCheckRequestSchema = z.strictObject({
  access_token: tokenSchema('接口调用凭证 access_token。', 'The access_token.'),
  openid: openidSchema,
  signature: z.string().regex(/^[0-9a-f]{64}$/).meta(field({ zh: '以 session_key 文本为密钥、对空字符串做 HMAC-SHA256 的十六进制结果。', en: 'Hex HMAC-SHA256 of the empty string keyed by the session_key text.' })),
  sig_method: z.literal('hmac_sha256').meta(field({ zh: '签名方法，固定为 hmac_sha256。', en: 'Signature method; always `hmac_sha256`.', values: { hmac_sha256: { zh: '唯一允许的值。', en: 'The only allowed value.' } } })),
}).meta({ id: 'SessionKeyCheckRequest', ...field({ zh: 'checkSessionKey / resetUserSessionKey 的请求参数。', en: 'Query parameters of checkSessionKey / resetUserSessionKey.', docUrl: 'https://developers.weixin.qq.com/miniprogram/dev/server/API/user-login/api_checksessionkey' }) });

/** resetUserSessionKey returns the new key; the old one stops working and the expiry is not extended. */
export const resetUserSessionKeySuccessSchema = z.looseObject({
  openid: openidSchema,
  session_key: sessionKeySchema,
  errcode: successErrcode,
  errmsg: errmsgSchema.optional(),
}).meta({ id: 'ResetUserSessionKeySuccess', ...field({ zh: '重置 session_key 成功的响应。', en: 'A successful resetUserSessionKey response.' }) });

