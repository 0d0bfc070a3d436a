import * as z from 'zod';
import { field } from '../meta.js';
import type { Code2SessionRequest, Code2SessionParams } from './types.js';
export type { Code2SessionRequest, Code2SessionParams };

export const CODE2SESSION_DOC = 'https://developers.weixin.qq.com/miniprogram/dev/server/API/user-login/api_code2session';
export const CODE2SESSION_ENDPOINT = 'https://api.weixin.qq.com/sns/jscode2session';

export const appidSchema = z.string().min(1).meta(field({
  zh: '小程序 AppID（通常为 wx 加 16 位十六进制字符）。',
  en: 'The mini program AppID (usually `wx` followed by 16 hex characters).',
  examples: ['wx4f4bc4dec97d474b'],
}));

export const jsCodeSchema = z.string().min(1).meta(field({
  zh: '客户端 wx.login 得到的登录 code：5 分钟内有效，只能使用一次。',
  en: 'The login code from wx.login on the client: valid for 5 minutes, usable once.',
}));

export const grantTypeSchema = z.literal('authorization_code').meta(field({
  zh: '授权类型，固定为 authorization_code。',
  en: 'Grant type; always `authorization_code`.',
  values: { authorization_code: { zh: '唯一允许的值。', en: 'The only allowed value.' } },
}));

/** The query string of `GET /sns/jscode2session`, as WeChat names the parameters. */
export const code2SessionRequestSchema = z.strictObject({
  appid: appidSchema,
  secret: z.string().min(1).meta(field({
    zh: '小程序 AppSecret。只能存放在服务端，绝不能出现在小程序代码里。',
    en: 'The mini program AppSecret. Server-side only; never ship it in mini program code.',
  })),
  js_code: jsCodeSchema,
  grant_type: grantTypeSchema,
}).meta({
  id: 'Code2SessionRequest',
  ...field({ zh: 'code2Session（登录凭证校验）的请求参数。', en: 'Query parameters of code2Session (login code exchange).', docUrl: CODE2SESSION_DOC }),
});


/** What {@link code2Session} takes: the request in camelCase, without the constant grant_type. */
export const code2SessionParamsSchema = z.strictObject({
  appid: appidSchema,
  secret: z.string().min(1),
  jsCode: jsCodeSchema,
});


/**
 * The URL of one code2Session call. Parameters go in the query string (WeChat answers 41002 when they
 * are sent as a body) and are URL-encoded by URLSearchParams.
 */
export function code2SessionUrl(params: Code2SessionParams, endpoint: string | URL = CODE2SESSION_ENDPOINT): URL {
  const url = new URL(endpoint);
  url.searchParams.set('appid', params.appid);
  url.searchParams.set('secret', params.secret);
  url.searchParams.set('js_code', params.jsCode);
  url.searchParams.set('grant_type', 'authorization_code');
  return url;
}
