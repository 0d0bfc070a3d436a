/**
 * What decryptData() returns: the open-data payloads, each with its watermark. Note the camelCase
 * `openId` / `unionId` here, unlike code2Session's `openid` / `unionid`.
 * decryptData() 解密得到的开放数据（均带 watermark）。注意这里是驼峰的 openId / unionId。
 */
import * as z from 'zod';
import { field } from '../meta.js';
import type { Watermark, DecryptedData, DecryptedUserInfo, DecryptedPhoneNumber, DecryptedShareInfo, DecryptedRunData } from './types.js';
export type { Watermark, DecryptedData, DecryptedUserInfo, DecryptedPhoneNumber, DecryptedShareInfo, DecryptedRunData };

export const watermarkSchema = z.looseObject({
  appid: z.string().min(1).meta(field({ zh: '数据所属小程序的 AppID，必须与你的 AppID 一致。', en: 'AppID the data belongs to; must equal yours.' })),
  timestamp: z.number().int().meta(field({ zh: '数据生成时间（Unix 秒）。', en: 'When the data was produced (Unix seconds).' })),
}).meta({ id: 'Watermark', ...field({ zh: '敏感数据水印。', en: 'Watermark of the sensitive data.' }) });

/** Any decrypted payload: whatever it holds, it has a watermark. */
export const decryptedDataSchema = z.looseObject({ watermark: watermarkSchema });

export const decryptedUserInfoSchema = z.looseObject({
  openId: z.string().min(1).meta(field({ zh: '用户 openid。', en: 'The user’s openid.' })),
  unionId: z.string().optional().meta(field({ zh: '用户 unionid（绑定开放平台时才有）。', en: 'The user’s unionid (only with an Open Platform binding).' })),
  nickName: z.string().meta(field({ zh: '昵称。', en: 'Nickname.' })),
  gender: z.number().int().meta(field({ zh: '性别：0 未知，1 男，2 女。', en: 'Gender: 0 unknown, 1 male, 2 female.' })),
  language: z.string().optional().meta(field({ zh: '语言，如 zh_CN。', en: 'Language, e.g. zh_CN.' })),
  city: z.string().meta(field({ zh: '城市。', en: 'City.' })),
  province: z.string().meta(field({ zh: '省份。', en: 'Province.' })),
  country: z.string().meta(field({ zh: '国家。', en: 'Country.' })),
  avatarUrl: z.string().meta(field({ zh: '头像地址。', en: 'Avatar URL.' })),
  watermark: watermarkSchema,
}).meta({ id: 'DecryptedUserInfo', ...field({ zh: '解密后的用户信息（旧版 getUserInfo）。', en: 'Decrypted user info (legacy getUserInfo).' }) });

export const decryptedPhoneNumberSchema = z.looseObject({
  phoneNumber: z.string().min(1).meta(field({ zh: '带区号的手机号。', en: 'Phone number with country code.' })),
  purePhoneNumber: z.string().min(1).meta(field({ zh: '不带区号的手机号。', en: 'Phone number without country code.' })),
  countryCode: z.union([z.string(), z.number()]).meta(field({ zh: '区号。', en: 'Country code.' })),
  watermark: watermarkSchema,
}).meta({ id: 'DecryptedPhoneNumber', ...field({ zh: '解密后的手机号（旧版 encryptedData 方式；新接入请用 getPhoneNumber 的 code 方式）。', en: 'Decrypted phone number (legacy encryptedData flow; prefer the code-based getPhoneNumber).' }) });

export const decryptedShareInfoSchema = z.looseObject({
  openGId: z.string().min(1).meta(field({ zh: '群的唯一标识。', en: 'The group’s id.' })),
  watermark: watermarkSchema,
}).meta({ id: 'DecryptedShareInfo', ...field({ zh: '解密后的群分享信息。', en: 'Decrypted group share info.' }) });

export const decryptedRunDataSchema = z.looseObject({
  stepInfoList: z.array(z.looseObject({
    timestamp: z.number().int().meta(field({ zh: '当天零点的时间戳（秒）。', en: 'Midnight of the day (Unix seconds).' })),
    step: z.number().int().meta(field({ zh: '当天步数。', en: 'Steps that day.' })),
  })).meta(field({ zh: '最近 30 天的微信运动步数。', en: 'WeRun steps of the last 30 days.' })),
  watermark: watermarkSchema,
}).meta({ id: 'DecryptedRunData', ...field({ zh: '解密后的微信运动数据。', en: 'Decrypted WeRun data.' }) });
