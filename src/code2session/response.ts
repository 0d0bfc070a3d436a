import * as z from 'zod';
import { field } from '../meta.js';
import { CODE2SESSION_DOC } from './request.js';
import { SessionKey } from './secret.js';
import type { Code2SessionSuccess, Code2SessionError, WechatErrorBody, Code2SessionResponse } from './types.js';
export type { Code2SessionSuccess, Code2SessionError, WechatErrorBody, Code2SessionResponse };

/** WeChat sends errcode as a number, and in some samples as a numeric string ("40029"). */
export const errcodeSchema = z
  .union([z.number().int(), z.string().trim().regex(/^-?\d+$/).transform(Number)])
  .meta(field({ zh: '错误码；0 或缺省表示成功。', en: 'Error code; 0 or absent means success.' }));

export const errmsgSchema = z.string().meta(field({
  zh: '错误信息（英文），通常带有 rid 后缀；不要按文本匹配。',
  en: 'Error message (English), usually with a `rid` suffix; do not match on its text.',
}));

const successErrcode = errcodeSchema.pipe(z.literal(0)).optional();

/** A session_key in a WeChat response, turned into an opaque {@link SessionKey}. */
export const sessionKeySchema = z
  .string()
  .min(1)
  .transform((value) => SessionKey.from(value))
  .meta(field({
    zh: '会话密钥（16 字节密钥的 base64）。只能留在服务端，不能下发给客户端，也不能写入日志。',
    en: 'Session key (base64 of a 16-byte key). Keep it on the server: never send it to the client or log it.',
  }));

export const openidSchema = z.string().min(1).meta(field({
  zh: '用户在该小程序下的唯一标识。它不是密钥，不能当作登录态使用。',
  en: 'The user’s id within this mini program. Not a secret: do not use it as a session token.',
}));

export const unionidSchema = z.string().min(1).optional().meta(field({
  zh: '用户在开放平台帐号下的唯一标识；仅当小程序绑定了开放平台帐号时返回。',
  en: 'The user’s id across the Open Platform account; only present when the mini program is bound to one.',
}));

export const code2SessionSuccessSchema = z.looseObject({
  openid: openidSchema,
  session_key: sessionKeySchema,
  unionid: unionidSchema,
  errcode: successErrcode,
  errmsg: errmsgSchema.optional(),
}).meta({
  id: 'Code2SessionSuccess',
  ...field({ zh: 'code2Session 成功时的响应。', en: 'A successful code2Session response.', docUrl: CODE2SESSION_DOC }),
});

/** Any WeChat server API's error body: an errcode other than 0 and an errmsg. */
export const wechatErrorSchema = z.looseObject({
  errcode: errcodeSchema.pipe(z.number().refine((code) => code !== 0)),
  errmsg: errmsgSchema.catch(''),
}).meta({
  id: 'WechatError',
  ...field({ zh: '微信服务端接口的错误响应。', en: 'An error response of a WeChat server API.' }),
});

/** Error first: a body with an errcode other than 0 is an error whatever else it carries. */
export const code2SessionResponseSchema = z.union([wechatErrorSchema, code2SessionSuccessSchema]);


export function isWechatError(body: { errcode?: unknown }): body is Code2SessionError {
  return typeof body.errcode === 'number' && body.errcode !== 0;
}
