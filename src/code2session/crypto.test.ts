import { createCipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DecryptError, decryptData, rawDataSignature, SessionKey, sessionKeySignature, verifySignature } from './index.js';
import { decryptedUserInfoSchema } from './user-data.js';
import { leakedSecrets } from './fake-wechat.js';

// Official vectors (developers.weixin.qq.com open-data signature page and the WXBizDataCrypt demo).
const RAW_DATA =
  '{"nickName":"Band","gender":1,"language":"zh_CN","city":"Guangzhou","province":"Guangdong","country":"CN","avatarUrl":"http://wx.qlogo.cn/mmopen/vi_32/1vZvI39NWFQ9XM4LtQpFrQJ1xlgZxx3w7bQxKARol6503Iuswjjn6nIGBiaycAjAtpujxyzYsrztuuICqIM5ibXQ/0"}';
const RAW_KEY = 'HyVFkGl5F5OQWJZZaNzBBg==';
const RAW_SIGNATURE = '75e81ceda165f4ffa64f4068af58c64b8f54b88c';

const APPID = 'wx4f4bc4dec97d474b';
const SESSION_KEY = 'tiihtNczf5v6AKRyjwEUhQ==';
const IV = 'r7BXXKkLb8qrSNn05n0qiA==';
const ENCRYPTED =
  'CiyLU1Aw2KjvrjMdj8YKliAjtP4gsMZMQmRzooG2xrDcvSnxIMXFufNstNGTyaGS9uT5geRa0W4oTOb1WT7fJlAC+oNPdbB+3hVbJSRgv+4lGOETKUQz6OYStslQ142dNCuabNPGBzlooOmB231qMM85d2/fV6ChevvXvQP8Hkue1poOFtnEtpyxVLW1zAo6/1Xx1COxFvrc2d7UL/lmHInNlxuacJXwu0fjpXfz/YqYzBIBzD6WUfTIF9GRHpOn/Hz7saL8xz+W//FRAUid1OksQaQx4CMs8LOddcQhULW4ucetDf96JcR3g0gfRK4PC7E/r7Z6xNrXd2UIeorGj5Ef7b1pJAYB6Y5anaHqZ9J6nKEBvB4DnNLIVWSgARns/8wR2SiRS7MNACwTyrGvt9ts8p12PKFdlqYTopNHR1Vf7XjfhQlVsAJdNiKdYmYVoKlaRv85IfVunYzO0IKXsyl7JCUjCpoG20f0a04COwfneQAGGwd5oa+T8yO5hzuyDb/XcxxmK01EpqOyuxINew==';

function encrypt(plaintext: string, key = SESSION_KEY, iv = IV): string {
  const cipher = createCipheriv('aes-128-cbc', Buffer.from(key, 'base64'), Buffer.from(iv, 'base64'));
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

function decryptError(run: () => unknown): DecryptError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DecryptError);
    expect(leakedSecrets(error, [SESSION_KEY])).toEqual([]);
    return error as DecryptError;
  }
  throw new Error('expected a DecryptError');
}

describe('verifySignature (sha1 of rawData + session_key)', () => {
  it('matches the official vector', () => {
    expect(rawDataSignature(RAW_DATA, RAW_KEY)).toBe(RAW_SIGNATURE);
    expect(verifySignature(RAW_DATA, RAW_SIGNATURE, RAW_KEY)).toBe(true);
    expect(verifySignature(RAW_DATA, RAW_SIGNATURE, SessionKey.from(RAW_KEY))).toBe(true);
    expect(verifySignature(RAW_DATA, RAW_SIGNATURE.toUpperCase(), RAW_KEY)).toBe(true);
  });

  it('rejects a changed rawData, a wrong key, a wrong or truncated signature', () => {
    expect(verifySignature(RAW_DATA.replace('Band', 'Bond'), RAW_SIGNATURE, RAW_KEY)).toBe(false);
    expect(verifySignature(RAW_DATA, RAW_SIGNATURE, SESSION_KEY)).toBe(false);
    expect(verifySignature(RAW_DATA, RAW_SIGNATURE.replace(/.$/, '0'), RAW_KEY)).toBe(false);
    expect(verifySignature(RAW_DATA, RAW_SIGNATURE.slice(0, 20), RAW_KEY)).toBe(false);
    expect(verifySignature(RAW_DATA, '', RAW_KEY)).toBe(false);
  });
});

describe('sessionKeySignature (checkSessionKey / resetUserSessionKey)', () => {
  it('is HMAC-SHA256 keyed by the session_key text: the documented vector', () => {
    expect(sessionKeySignature('o0q0otL8aEzpcZL/FT9WsQ==', '{"foo":"bar"}')).toBe(
      '654571f79995b2ce1e149e53c0a33dc39c0a74090db514261454e8dbe432aa0b',
    );
  });

  it('signs the empty string by default', () => {
    expect(sessionKeySignature(SessionKey.from(SESSION_KEY))).toBe(sessionKeySignature(SESSION_KEY, ''));
    expect(sessionKeySignature(SESSION_KEY)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('decryptData', () => {
  it('decrypts the official WXBizDataCrypt vector and checks the watermark', () => {
    const data = decryptData(ENCRYPTED, IV, SessionKey.from(SESSION_KEY), { appid: APPID });
    expect(data).toMatchObject({
      openId: 'oGZUI0egBJY1zhBYw2KhdUfwVJJE',
      unionId: 'ocMvos6NjeKLIBqg5Mr9QjxrP1FA',
      watermark: { timestamp: 1477314187, appid: APPID },
    });
    expect(decryptedUserInfoSchema.parse(data).nickName).toBe('Band');
  });

  it('refuses data made for another mini program', () => {
    const error = decryptError(() => decryptData(ENCRYPTED, IV, SESSION_KEY, { appid: 'wx0000000000000000' }));
    expect(error.reason).toBe('appid-mismatch');
    expect(error.message).toContain('wx0000000000000000');
  });

  it('reports a wrong session_key', () => {
    const wrongKey = Buffer.alloc(16, 7).toString('base64');
    const error = decryptError(() => decryptData(ENCRYPTED, IV, wrongKey, { appid: APPID }));
    expect(['decrypt-failed', 'not-json']).toContain(error.reason);
    expect(error.message).toMatch(/session_key/);
  });

  it('reports tampered ciphertext', () => {
    const bytes = Buffer.from(ENCRYPTED, 'base64');
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff;
    const error = decryptError(() => decryptData(bytes.toString('base64'), IV, SESSION_KEY, { appid: APPID }));
    expect(['decrypt-failed', 'not-json']).toContain(error.reason);
  });

  it('checks the shapes of key, iv and data before decrypting', () => {
    expect(decryptError(() => decryptData(ENCRYPTED, IV, 'short', { appid: APPID })).reason).toBe('invalid-key');
    expect(decryptError(() => decryptData(ENCRYPTED, IV, 'not base64!!', { appid: APPID })).reason).toBe('invalid-key');
    expect(decryptError(() => decryptData(ENCRYPTED, 'AAAA', SESSION_KEY, { appid: APPID })).reason).toBe('invalid-iv');
    expect(decryptError(() => decryptData('', IV, SESSION_KEY, { appid: APPID })).reason).toBe('invalid-data');
    expect(decryptError(() => decryptData('AAAAAAAA', IV, SESSION_KEY, { appid: APPID })).reason).toBe('invalid-data');
  });

  it('requires a watermark and can enforce its age', () => {
    expect(decryptError(() => decryptData(encrypt('{"openId":"o1"}'), IV, SESSION_KEY, { appid: APPID })).reason).toBe('missing-watermark');
    expect(decryptError(() => decryptData(encrypt('[1]'), IV, SESSION_KEY, { appid: APPID })).reason).toBe('not-json');
    const fresh = encrypt(JSON.stringify({ phoneNumber: '+8613800000000', watermark: { appid: APPID, timestamp: 1_700_000_000 } }));
    expect(decryptData(fresh, IV, SESSION_KEY, { appid: APPID, maxAgeSeconds: 60, now: 1_700_000_030_000 })).toMatchObject({ phoneNumber: '+8613800000000' });
    const error = decryptError(() => decryptData(fresh, IV, SESSION_KEY, { appid: APPID, maxAgeSeconds: 60, now: 1_700_000_600_000 }));
    expect(error.reason).toBe('expired');
  });

  it('gives bilingual messages', () => {
    const { message } = decryptError(() => decryptData(ENCRYPTED, 'AAAA', SESSION_KEY, { appid: APPID }));
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).toMatch(/iv is not 16 bytes/);
  });
});
