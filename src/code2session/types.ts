/**
 * The named types of the code2session entry, declared without zod so that a consumer's compiler never
 * instantiates zod's types for them. Each one is proven equal to its schema's `z.input` / `z.output` by
 * test-d/code2session-types.test-d.ts: change a schema and that test says which type to update.
 * code2session 入口的命名类型，不依赖 zod 声明；test-d 中的类型测试保证它们与 schema 完全一致。
 */
import type { SessionKey } from './secret.js';

/** Query parameters of `GET /sns/jscode2session`, as WeChat names them. */
export interface Code2SessionRequest {
  appid: string;
  secret: string;
  js_code: string;
  grant_type: 'authorization_code';
}

/** What `code2Session()` takes: the request in camelCase, without the constant grant_type. */
export interface Code2SessionParams {
  appid: string;
  secret: string;
  jsCode: string;
}

/** What `componentCode2Session()` takes (third-party platform). */
export interface ComponentCode2SessionParams {
  appid: string;
  jsCode: string;
  componentAppid: string;
  componentAccessToken: string;
}

/** A successful code2Session answer; `session_key` is opaque until `.reveal()`. */
export interface Code2SessionSuccess {
  openid: string;
  session_key: SessionKey;
  unionid?: string | undefined;
  errcode?: 0 | undefined;
  errmsg?: string | undefined;
  [key: string]: unknown;
}

/** Any WeChat server API's error body: an errcode other than 0 and an errmsg. */
export interface WechatErrorBody {
  errcode: number;
  errmsg: string;
  [key: string]: unknown;
}

export type Code2SessionError = WechatErrorBody;
export type Code2SessionResponse = WechatErrorBody | Code2SessionSuccess;

/** `GET /sns/component/jscode2session` (third-party platform). */
export interface ComponentCode2SessionRequest {
  appid: string;
  js_code: string;
  grant_type: 'authorization_code';
  component_appid: string;
  component_access_token: string;
}

/** WeCom self-built app login. */
export interface WecomCode2SessionRequest {
  access_token: string;
  js_code: string;
  grant_type: 'authorization_code';
}

/** WeCom third-party app login. */
export interface WecomServiceCode2SessionRequest {
  suite_access_token: string;
  js_code: string;
  grant_type: 'authorization_code';
}

/** A successful WeCom login: `corpid` + `userid` instead of `openid`. */
export interface WecomCode2SessionSuccess {
  corpid: string;
  userid: string;
  session_key: SessionKey;
  open_userid?: string | undefined;
  errcode?: 0 | undefined;
  errmsg?: string | undefined;
  [key: string]: unknown;
}

/** POST body of `getuserphonenumber`. */
export interface GetPhoneNumberRequest {
  code: string;
  openid?: string | undefined;
}

/** Watermark of decrypted or returned sensitive data. */
export interface Watermark {
  appid: string;
  /** Unix seconds. */
  timestamp: number;
  [key: string]: unknown;
}

export interface PhoneInfo {
  phoneNumber: string;
  purePhoneNumber: string;
  countryCode: string | number;
  watermark: Watermark;
  [key: string]: unknown;
}

export interface GetPhoneNumberSuccess {
  errcode?: 0 | undefined;
  errmsg?: string | undefined;
  phone_info: PhoneInfo;
  [key: string]: unknown;
}

/** Query of checkSessionKey and resetUserSessionKey. */
export interface SessionKeyCheckRequest {
  access_token: string;
  openid: string;
  signature: string;
  sig_method: 'hmac_sha256';
}

export interface ResetUserSessionKeySuccess {
  openid: string;
  session_key: SessionKey;
  errcode?: 0 | undefined;
  errmsg?: string | undefined;
  [key: string]: unknown;
}

/** Any decrypted payload: whatever it holds, it has a watermark. */
export interface DecryptedData {
  watermark: Watermark;
  [key: string]: unknown;
}

export interface DecryptedUserInfo {
  openId: string;
  unionId?: string | undefined;
  nickName: string;
  gender: number;
  language?: string | undefined;
  city: string;
  province: string;
  country: string;
  avatarUrl: string;
  watermark: Watermark;
  [key: string]: unknown;
}

export interface DecryptedPhoneNumber {
  phoneNumber: string;
  purePhoneNumber: string;
  countryCode: string | number;
  watermark: Watermark;
  [key: string]: unknown;
}

export interface DecryptedShareInfo {
  openGId: string;
  watermark: Watermark;
  [key: string]: unknown;
}

export interface RunDataStep {
  /** Midnight of the day, Unix seconds. */
  timestamp: number;
  step: number;
  [key: string]: unknown;
}

export interface DecryptedRunData {
  stepInfoList: RunDataStep[];
  watermark: Watermark;
  [key: string]: unknown;
}
