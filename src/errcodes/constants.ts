/**
 * Named constants for the error codes code2Session and the common server APIs return.
 * This module holds no catalogue data, so importing it costs nothing.
 */
export const ERRCODE = {
  /** 系统繁忙 · WeChat busy. */
  SYSTEM_BUSY: -1,
  /** 请求成功 · Success. */
  OK: 0,
  /** AppSecret 错误或 access_token 无效 · Wrong AppSecret or invalid access_token. */
  INVALID_CREDENTIAL: 40001,
  /** 不合法的凭证类型 · grant_type not accepted. */
  INVALID_GRANT_TYPE: 40002,
  /** 不合法的 OpenID · openid not valid for this account. */
  INVALID_OPENID: 40003,
  /** 不合法的 AppID · AppID not valid. */
  INVALID_APPID: 40013,
  /** 不合法的 access_token · access_token not valid. */
  INVALID_ACCESS_TOKEN: 40014,
  /** code 无效（过期、非本小程序、已使用或格式错误）· Login code not valid. */
  INVALID_CODE: 40029,
  /** 不合法的 AppSecret · AppSecret not valid. */
  INVALID_APPSECRET: 40125,
  /** code 已被使用 · Login code already used. */
  CODE_BEEN_USED: 40163,
  /** 调用方 IP 不在白名单中 · Caller IP not in the whitelist. */
  IP_NOT_IN_WHITELIST: 40164,
  /** 高风险用户，登录被拦截 · Login blocked: high-risk user. */
  CODE_BLOCKED: 40226,
  /** 缺少 access_token 参数 · access_token missing. */
  MISSING_ACCESS_TOKEN: 41001,
  /** 缺少 appid 参数 · appid missing. */
  MISSING_APPID: 41002,
  /** 缺少 secret 参数 · secret missing. */
  MISSING_SECRET: 41004,
  /** 缺少 code 参数 · code missing. */
  MISSING_CODE: 41008,
  /** access_token 已过期 · access_token expired. */
  ACCESS_TOKEN_EXPIRED: 42001,
  /** code 已过期 · Login code expired. */
  CODE_EXPIRED: 42003,
  /** POST 数据包为空 · POST body empty. */
  EMPTY_POST_BODY: 44002,
  /** 接口调用超过每日限额 · Daily API quota reached. */
  DAILY_QUOTA_REACHED: 45009,
  /** 每分钟调用频率超限 · Per-minute rate limit hit. */
  MINUTE_QUOTA_REACHED: 45011,
  /** JSON/XML 解析错误 · Request body could not be parsed. */
  INVALID_REQUEST_BODY: 47001,
  /** 接口功能未授权 · API not authorized for this account. */
  API_UNAUTHORIZED: 48001,
  /** 接口被封禁 · API banned. */
  API_BANNED: 48004,
  /** 用户未授权该接口 · User has not authorized this API. */
  USER_UNAUTHORIZED: 50001,
  /** 帐号未授权该第三方平台 · Account has not authorized the third-party platform. */
  COMPONENT_UNAUTHORIZED: 61003,
  /** sig_method 不合法 · sig_method not valid. */
  INVALID_SIG_METHOD: 87008,
  /** session_key 签名无效 · session_key signature not valid. */
  INVALID_SIGNATURE: 87009,
} as const;

export type ErrcodeName = keyof typeof ERRCODE;
export type NamedErrcode = (typeof ERRCODE)[ErrcodeName];

/** Codes code2Session is documented or has been observed to return. */
export const CODE2SESSION_ERRCODES = [
  ERRCODE.SYSTEM_BUSY,
  ERRCODE.INVALID_CODE,
  ERRCODE.MINUTE_QUOTA_REACHED,
  ERRCODE.CODE_BLOCKED,
  ERRCODE.CODE_BEEN_USED,
  ERRCODE.INVALID_APPSECRET,
  ERRCODE.INVALID_APPID,
  ERRCODE.MISSING_APPID,
  ERRCODE.MISSING_SECRET,
  ERRCODE.MISSING_CODE,
  ERRCODE.IP_NOT_IN_WHITELIST,
  ERRCODE.CODE_EXPIRED,
] as const;

/** An errcode code2Session may return; other numbers stay possible, hence `number`. */
export type Code2SessionErrcode = (typeof CODE2SESSION_ERRCODES)[number] | (number & {});
