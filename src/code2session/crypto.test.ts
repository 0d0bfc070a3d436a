import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
  DecryptError, decryptData, rawDataSignature, SessionKey, sessionKeySignature, verifySignature, WATERMARK_CLOCK_SKEW_SECONDS,
} from './index.js';
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

  it('refuses data made for another mini program, without echoing the decrypted appid', () => {
    const error = decryptError(() => decryptData(ENCRYPTED, IV, SESSION_KEY, { appid: 'wx0000000000000000' }));
    expect(error.reason).toBe('decrypt-failed');
    expect(error.message).not.toContain(APPID);
  });

  it('reports a wrong session_key', () => {
    const wrongKey = Buffer.alloc(16, 7).toString('base64');
    const error = decryptError(() => decryptData(ENCRYPTED, IV, wrongKey, { appid: APPID }));
    expect(error.reason).toBe('decrypt-failed');
    expect(error.message).toMatch(/session_key/);
  });

  it('reports tampered ciphertext', () => {
    const bytes = Buffer.from(ENCRYPTED, 'base64');
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff;
    const error = decryptError(() => decryptData(bytes.toString('base64'), IV, SESSION_KEY, { appid: APPID }));
    expect(error.reason).toBe('decrypt-failed');
  });

  it('checks the shapes of key, iv and data before decrypting', () => {
    expect(decryptError(() => decryptData(ENCRYPTED, IV, 'short', { appid: APPID })).reason).toBe('invalid-key');
    expect(decryptError(() => decryptData(ENCRYPTED, IV, 'not base64!!', { appid: APPID })).reason).toBe('invalid-key');
    expect(decryptError(() => decryptData(ENCRYPTED, 'AAAA', SESSION_KEY, { appid: APPID })).reason).toBe('invalid-iv');
    expect(decryptError(() => decryptData('', IV, SESSION_KEY, { appid: APPID })).reason).toBe('invalid-data');
    expect(decryptError(() => decryptData('AAAAAAAA', IV, SESSION_KEY, { appid: APPID })).reason).toBe('invalid-data');
  });

  it.each([undefined, null, '', 42, {}, 'AAAA', 'A'.repeat(22), `${'A'.repeat(22)}=`, Buffer.alloc(16).toString('base64').replace('==', '')])(
    'refuses a missing or malformed session_key or iv (%j) as invalid-key / invalid-iv',
    (bad) => {
      expect(decryptError(() => decryptData(ENCRYPTED, IV, bad as never, { appid: APPID })).reason).toBe('invalid-key');
      expect(decryptError(() => decryptData(ENCRYPTED, bad as never, SESSION_KEY, { appid: APPID })).reason).toBe('invalid-iv');
    },
  );

  it('requires a watermark and can enforce its age', () => {
    expect(decryptError(() => decryptData(encrypt('{"openId":"o1"}'), IV, SESSION_KEY, { appid: APPID })).reason).toBe('decrypt-failed');
    expect(decryptError(() => decryptData(encrypt('[1]'), IV, SESSION_KEY, { appid: APPID })).reason).toBe('decrypt-failed');
    const fresh = encrypt(JSON.stringify({ phoneNumber: '+8613800000000', watermark: { appid: APPID, timestamp: 1_700_000_000 } }));
    expect(decryptData(fresh, IV, SESSION_KEY, { appid: APPID, maxAgeSeconds: 60, now: 1_700_000_030_000 })).toMatchObject({ phoneNumber: '+8613800000000' });
    const error = decryptError(() => decryptData(fresh, IV, SESSION_KEY, { appid: APPID, maxAgeSeconds: 60, now: 1_700_000_600_000 }));
    expect(error.reason).toBe('decrypt-failed');
  });

  const NOW = 1_700_000_000_000;
  const withTimestamp = (timestamp: unknown) => encrypt(JSON.stringify({ watermark: { appid: APPID, timestamp } }));

  it(`accepts a watermark up to ${WATERMARK_CLOCK_SKEW_SECONDS} s in the future (clock skew), and refuses one further ahead`, () => {
    expect(WATERMARK_CLOCK_SKEW_SECONDS).toBe(60);
    const options = { appid: APPID, maxAgeSeconds: 300, now: NOW };
    expect(decryptData(withTimestamp(NOW / 1000 + 60), IV, SESSION_KEY, options)).toBeTruthy();
    expect(decryptError(() => decryptData(withTimestamp(NOW / 1000 + 61), IV, SESSION_KEY, options)).reason).toBe('decrypt-failed');
  });

  it.each([4_102_444_800, 1e308, Number.MAX_SAFE_INTEGER + 2, '1700000000', 1_699_999_999.5, null, true, [1_700_000_000], -1e308])(
    'refuses the watermark timestamp %j when maxAgeSeconds is set',
    (timestamp) => {
      const error = decryptError(() => decryptData(withTimestamp(timestamp), IV, SESSION_KEY, { appid: APPID, maxAgeSeconds: 300, now: NOW }));
      expect(error.reason).toBe('decrypt-failed');
    },
  );

  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY, '60'])('refuses maxAgeSeconds %j before decrypting', (maxAgeSeconds) => {
    expect(() => decryptData(ENCRYPTED, IV, SESSION_KEY, { appid: APPID, maxAgeSeconds: maxAgeSeconds as number })).toThrow(RangeError);
  });

  it('gives its message in the locale asked for, or in the one of the environment', () => {
    const zh = decryptError(() => decryptData(ENCRYPTED, 'AAAA', SESSION_KEY, { appid: APPID, locale: 'zh-CN' }));
    expect(zh.message).toBe('iv 不是 16 字节的 base64');
    const en = decryptError(() => decryptData(ENCRYPTED, 'AAAA', SESSION_KEY, { appid: APPID, locale: 'en' }));
    expect(en.message).toBe('iv is not 16 bytes of base64');
    vi.stubEnv('LC_ALL', '');
    vi.stubEnv('LC_MESSAGES', '');
    vi.stubEnv('LANG', 'zh_CN.UTF-8');
    try {
      expect(decryptError(() => decryptData(ENCRYPTED, 'AAAA', SESSION_KEY, { appid: APPID })).message).toBe(zh.message);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

// A padding-oracle attacker forges `iv` (or a previous block) and watches how decryptData fails: any
// difference between "bad padding" and "good padding, bad content" decrypts data byte by byte without the key.
describe('decryptData gives a padding-oracle attacker nothing', () => {
  const plaintextOf = (data: string, iv: string) => {
    const aes = createDecipheriv('aes-128-cbc', Buffer.from(SESSION_KEY, 'base64'), Buffer.from(iv, 'base64'));
    aes.setAutoPadding(false);
    return Buffer.concat([aes.update(Buffer.from(data, 'base64')), aes.final()]);
  };
  const oneBlock = encrypt('{"watermark":1}').slice(0, 24); // one 16-byte block

  /** Every iv whose first byte is `guess`, split by whether the (secret) plaintext ends in valid PKCS#7. */
  function probes(): { validPadding: string[]; invalidPadding: string[] } {
    const validPadding: string[] = [];
    const invalidPadding: string[] = [];
    for (let guess = 0; guess < 256; guess++) {
      const iv = Buffer.from(IV, 'base64');
      iv[15] = guess;
      const candidate = iv.toString('base64');
      const last = plaintextOf(oneBlock, candidate).at(-1) ?? 0;
      (last >= 1 && last <= 16 && plaintextOf(oneBlock, candidate).subarray(16 - last).every((byte) => byte === last) ? validPadding : invalidPadding).push(candidate);
    }
    return { validPadding, invalidPadding };
  }

  it('answers a forged block with valid padding exactly as one with invalid padding', () => {
    const { validPadding, invalidPadding } = probes();
    expect(validPadding.length).toBeGreaterThan(0); // the attack has something to find
    const outcome = (iv: string) => {
      const error = decryptError(() => decryptData(oneBlock, iv, SESSION_KEY, { appid: APPID, maxAgeSeconds: 60 }));
      return JSON.stringify({ name: error.name, reason: error.reason, message: error.message, keys: Object.keys(error), cause: error.cause });
    };
    const seen = new Set([...validPadding, ...invalidPadding].map(outcome));
    expect(seen.size).toBe(1);
    expect(JSON.parse([...seen][0] ?? '{}')).toMatchObject({ reason: 'decrypt-failed' });
  });

  it('answers every post-decryption failure alike: not JSON, no watermark, another app, too old, in the future', () => {
    const cases = [
      encrypt('not json'),
      encrypt('[1]'),
      encrypt('{"openId":"o1"}'),
      encrypt(JSON.stringify({ watermark: { appid: 'wx0000000000000000', timestamp: 1_700_000_000 } })),
      encrypt(JSON.stringify({ watermark: { appid: APPID, timestamp: 1_600_000_000 } })),
      encrypt(JSON.stringify({ watermark: { appid: APPID, timestamp: 1_800_000_000 } })),
    ];
    const messages = cases.map((data) => {
      const error = decryptError(() => decryptData(data, IV, SESSION_KEY, { appid: APPID, maxAgeSeconds: 60, now: 1_700_000_000_000 }));
      return `${error.reason}|${error.message}`;
    });
    expect(new Set(messages).size).toBe(1);
  });
});

describe('verifySignature fails closed on a missing or malformed session_key', () => {
  it.each([undefined, null, '', 42, {}, 'short', 'not base64 at all!!!!!!', 'AAAAAAAAAAAAAAAAAAAAAAA'])('throws a TypeError for %j', (key) => {
    const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
    for (const signature of [sha1(RAW_DATA + String(key)), sha1(RAW_DATA)]) {
      expect(() => verifySignature(RAW_DATA, signature, key as never)).toThrow(TypeError);
    }
    expect(() => rawDataSignature(RAW_DATA, key as never)).toThrow(TypeError);
    expect(() => sessionKeySignature(key as never)).toThrow(TypeError);
  });

  it('still answers false for a bad signature of any type from the client', () => {
    for (const signature of [undefined, null, 42, {}, [], RAW_SIGNATURE.padEnd(41, '0')]) {
      expect(verifySignature(RAW_DATA, signature as never, RAW_KEY)).toBe(false);
    }
  });
});
