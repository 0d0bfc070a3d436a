import { describe, expect, it } from 'vitest';
import { docOf } from '../meta.js';
import {
  code2SessionRequestSchema,
  code2SessionResponseSchema,
  code2SessionUrl,
  componentCode2SessionRequestSchema,
  componentCode2SessionResponseSchema,
  decryptedPhoneNumberSchema,
  getPhoneNumberSuccessSchema,
  isWechatError,
  parseRid,
  resetUserSessionKeySuccessSchema,
  SessionKey,
  sessionKeyCheckRequestSchema,
  sessionKeySignature,
  wecomCode2SessionSuccessSchema,
  wechatErrorSchema,
} from './index.js';

const KEY = 'kJtdi6RF+Dv67QkbLlPGjw==';

describe('code2SessionRequestSchema', () => {
  it('accepts the four documented parameters only', () => {
    const request = { appid: 'wx4f4bc4dec97d474b', secret: 's', js_code: 'c', grant_type: 'authorization_code' };
    expect(code2SessionRequestSchema.parse(request)).toEqual(request);
    expect(code2SessionRequestSchema.safeParse({ ...request, grant_type: 'client_credential' }).success).toBe(false);
    expect(code2SessionRequestSchema.safeParse({ ...request, code: 'c' }).success).toBe(false);
    expect(code2SessionRequestSchema.safeParse({ ...request, js_code: '' }).success).toBe(false);
  });

  it('documents every field in both languages', () => {
    for (const field of Object.values(code2SessionRequestSchema.shape)) {
      expect(docOf(field)).toMatchObject({ zh: expect.any(String), en: expect.any(String) });
    }
  });

  it('builds the URL with grant_type', () => {
    const url = code2SessionUrl({ appid: 'wx1', secret: 'a b', jsCode: 'x+y' });
    expect(url.origin + url.pathname).toBe('https://api.weixin.qq.com/sns/jscode2session');
    expect(url.search).toBe('?appid=wx1&secret=a+b&js_code=x%2By&grant_type=authorization_code');
  });
});

describe('code2SessionResponseSchema', () => {
  it('reads a success, wrapping session_key', () => {
    const result = code2SessionResponseSchema.parse({ openid: 'o1', session_key: KEY, unionid: 'u1' });
    expect(isWechatError(result)).toBe(false);
    if (isWechatError(result)) return;
    expect(result.session_key).toBeInstanceOf(SessionKey);
    expect(result.session_key.reveal()).toBe(KEY);
  });

  it('reads errcode 0 with data and keeps extra fields', () => {
    const result = code2SessionResponseSchema.parse({ openid: 'o1', session_key: KEY, errcode: 0, errmsg: 'ok', expires_in: 7200 });
    expect(result).toMatchObject({ errcode: 0, expires_in: 7200 });
    expect(code2SessionResponseSchema.parse({ openid: 'o1', session_key: KEY, errcode: '0' })).toMatchObject({ errcode: 0 });
  });

  it('reads an error, with errcode as number or string, with or without errmsg', () => {
    expect(code2SessionResponseSchema.parse({ errcode: 40029, errmsg: 'invalid code' })).toEqual({ errcode: 40029, errmsg: 'invalid code' });
    expect(code2SessionResponseSchema.parse({ errcode: '40029', errmsg: 'invalid code' })).toEqual({ errcode: 40029, errmsg: 'invalid code' });
    expect(code2SessionResponseSchema.parse({ errcode: -1 })).toEqual({ errcode: -1, errmsg: '' });
    expect(isWechatError(code2SessionResponseSchema.parse({ errcode: ' -1 ', errmsg: 'system error' }))).toBe(true);
  });

  it('rejects bodies that are neither', () => {
    expect(code2SessionResponseSchema.safeParse({ errcode: 0 }).success).toBe(false);
    expect(code2SessionResponseSchema.safeParse({ openid: 'o1' }).success).toBe(false);
    expect(code2SessionResponseSchema.safeParse({ errcode: 'abc', openid: 'o1', session_key: KEY }).success).toBe(false);
  });
});

describe('parseRid', () => {
  it('reads the current and the older request-id styles', () => {
    expect(parseRid('invalid code, rid: 6437cc6f-0c7b8d14-7d4a1f20')).toBe('6437cc6f-0c7b8d14-7d4a1f20');
    expect(parseRid('code been used, hints: [ req_id: AijFoqaLRa-pTFm4 ]')).toBe('AijFoqaLRa-pTFm4');
    expect(parseRid('system error')).toBeUndefined();
  });
});

describe('variants', () => {
  it('third-party platform: no secret, component_appid and token required, string errcode', () => {
    const request = { appid: 'wx1', js_code: 'c', grant_type: 'authorization_code', component_appid: 'wx2', component_access_token: 't' };
    expect(componentCode2SessionRequestSchema.parse(request)).toEqual(request);
    expect(componentCode2SessionRequestSchema.safeParse({ ...request, secret: 's' }).success).toBe(false);
    expect(componentCode2SessionResponseSchema.parse({ errcode: '61003', errmsg: 'component is not authorized by this account' })).toMatchObject({ errcode: 61003 });
  });

  it('WeCom: corpid and userid instead of openid, open_userid for third-party apps', () => {
    const result = wecomCode2SessionSuccessSchema.parse({ corpid: 'ww1', userid: 'lisi', session_key: KEY, errcode: 0, errmsg: 'ok', deviceid: 'd' });
    expect(result).toMatchObject({ corpid: 'ww1', userid: 'lisi', deviceid: 'd' });
    expect(result.session_key.reveal()).toBe(KEY);
    expect(wecomCode2SessionSuccessSchema.parse({ corpid: 'ww1', userid: 'x', session_key: KEY, open_userid: 'ou' }).open_userid).toBe('ou');
    expect(wecomCode2SessionSuccessSchema.safeParse({ openid: 'o1', session_key: KEY }).success).toBe(false);
  });

  it('getPhoneNumber: countryCode as the doc table (string) or its example (number)', () => {
    const body = {
      errcode: 0,
      errmsg: 'ok',
      phone_info: { phoneNumber: 'xxxxxx', purePhoneNumber: 'xxxxxx', countryCode: 86, watermark: { timestamp: 1637744274, appid: 'xxxx' } },
    };
    expect(getPhoneNumberSuccessSchema.parse(body).phone_info.countryCode).toBe(86);
    expect(getPhoneNumberSuccessSchema.parse({ ...body, phone_info: { ...body.phone_info, countryCode: '86' } }).phone_info.countryCode).toBe('86');
    expect(decryptedPhoneNumberSchema.safeParse(body.phone_info).success).toBe(true);
    expect(wechatErrorSchema.parse({ errcode: 40013, errmsg: 'invalid appid' }).errcode).toBe(40013);
  });

  it('checkSessionKey: the signature the helper computes is what the schema expects', () => {
    const query = { access_token: 't', openid: 'o1', signature: sessionKeySignature(KEY), sig_method: 'hmac_sha256' };
    expect(sessionKeyCheckRequestSchema.parse(query)).toEqual(query);
    expect(sessionKeyCheckRequestSchema.safeParse({ ...query, sig_method: 'sha1' }).success).toBe(false);
  });

  it('resetUserSessionKey: the new key is opaque too', () => {
    const result = resetUserSessionKeySuccessSchema.parse({ errcode: 0, errmsg: 'ok', openid: 'o1', session_key: KEY });
    expect(JSON.stringify(result)).not.toContain(KEY);
  });
});
