import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { memoSize } from './catalogue.js';
import { CODE2SESSION_ERRCODES, describeErrcode, ERRCODE, listErrcodes } from './index.js';

const TSV = fileURLToPath(new URL('./error-codes.tsv', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function tsvRows() {
  const [, ...lines] = readFileSync(TSV, 'utf8').trimEnd().split('\n');
  return lines.map((line) => {
    const [code = '', en = '', zh = '', category = '', apis = ''] = line.split('\t');
    return { code: Number(code), en, zh, category, apis: apis ? apis.split(',') : [] };
  });
}

describe('the catalogue', () => {
  it('holds all 1,870 codes of the table, each with the same meanings, category and APIs', () => {
    const rows = tsvRows();
    expect(rows).toHaveLength(1870);
    const listed = listErrcodes();
    expect(listed).toHaveLength(1870);
    for (const row of rows) {
      const info = describeErrcode(row.code);
      expect(info.known).toBe(true);
      expect(info.meanings.en).toBe(row.en);
      if (row.zh) expect(info.meanings.zh).toBe(row.zh);
      expect(info.category).toBe(row.category);
      expect(info.apis).toEqual(row.apis);
    }
  });

  it('is generated from the TSV and the committed module is fresh', () => {
    const out = execFileSync(process.execPath, ['scripts/gen-errcodes.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toContain('up to date');
  });
});

describe('describeErrcode', () => {
  it('describes 40029 in both languages with category, retryability and APIs', () => {
    expect(describeErrcode(40029, 'zh-CN')).toMatchObject({
      code: 40029,
      message: '无效的 oauth_code',
      messageLocale: 'zh-CN',
      category: 'auth',
      retryable: false,
      apis: ['code2Session', 'thirdpartyCode2Session', 'getPhoneNumber'],
      known: true,
    });
    expect(describeErrcode(40029, 'en').message).toMatch(/^code not valid/);
  });

  it('defaults to English and accepts a numeric string', () => {
    expect(describeErrcode('40163')).toMatchObject({ code: 40163, messageLocale: 'en', category: 'auth' });
    expect(describeErrcode(' -1 ').code).toBe(-1);
  });

  it('marks transient system errors and rate limits as retryable', () => {
    expect(describeErrcode(ERRCODE.SYSTEM_BUSY).retryable).toBe(true);
    expect(describeErrcode(ERRCODE.MINUTE_QUOTA_REACHED).retryable).toBe(true);
    expect(describeErrcode(ERRCODE.DAILY_QUOTA_REACHED).retryable).toBe(true);
    expect(describeErrcode(ERRCODE.CODE_BLOCKED).retryable).toBe(false);
    expect(describeErrcode(ERRCODE.INVALID_APPSECRET).retryable).toBe(false);
  });

  it('falls back to English when the table has no Chinese text, and says so', () => {
    const info = describeErrcode(61023, 'zh-CN');
    expect(info.meanings.zh).toBeUndefined();
    expect(info.message).toBe(info.meanings.en);
    expect(info.messageLocale).toBe('en');
  });

  it('flags the Chinese texts this package wrote itself as unofficial', () => {
    const info = describeErrcode(ERRCODE.INVALID_SIG_METHOD, 'zh-CN');
    expect(info).toMatchObject({ messageLocale: 'zh-CN', zhUnofficial: true });
    expect(describeErrcode(ERRCODE.INVALID_CODE).zhUnofficial).toBe(false);
  });

  it('answers an unknown code without throwing', () => {
    expect(describeErrcode(123456789, 'zh-CN')).toMatchObject({ known: false, category: 'other', message: '未收录的错误码 123456789' });
    expect(describeErrcode('not a number').known).toBe(false);
  });
});

describe('ERRCODE', () => {
  it('names only codes that are in the catalogue, each with a Chinese meaning', () => {
    for (const [name, code] of Object.entries(ERRCODE)) {
      const info = describeErrcode(code, 'zh-CN');
      expect(info.known, name).toBe(true);
      expect(info.messageLocale, name).toBe('zh-CN');
    }
  });

  it('lists the documented code2Session codes first', () => {
    expect(CODE2SESSION_ERRCODES.slice(0, 4)).toEqual([-1, 40029, 45011, 40226]);
    for (const code of [-1, 40029, 45011, 40226]) expect(describeErrcode(code).apis).toContain('code2Session');
  });
});

describe('describeErrcode on hostile input', () => {
  it('hands out no shared mutable state', () => {
    const first = describeErrcode(40029);
    expect(() => (first.apis as string[]).push('x')).toThrow(TypeError);
    (first.meanings as { en: string }).en = 'changed';
    expect(describeErrcode(40029).apis).toEqual(['code2Session', 'thirdpartyCode2Session', 'getPhoneNumber']);
    expect(describeErrcode(40029).meanings.en).toMatch(/^code not valid/);
    expect(() => (describeErrcode(123456789).apis as string[]).push('x')).toThrow(TypeError);
    expect(describeErrcode(123456789).apis).toEqual([]);
  });

  it.each(['', ' ', [], [40029], null, undefined, true, false, {}, '0x9C8D', '0b1', '0o7', '1e3', '40029.0', 40029.5, '4_0029', '+40029', Number.NaN, Infinity, '9'.repeat(400)].map((input) => [input]))(
    'treats %j as not a code (never code 0 Success)',
    (input: unknown) => {
      const info = describeErrcode(input as never);
      expect(info.known).toBe(false);
      expect(info.category).toBe('other');
      expect(info.message).not.toMatch(/^Success|^ok$/i);
    },
  );

  it('accepts integers and decimal digit strings with an optional minus sign', () => {
    expect(describeErrcode('0').known).toBe(true);
    expect(describeErrcode(0).known).toBe(true);
    expect(describeErrcode('-1').code).toBe(-1);
    expect(describeErrcode(' 40029 ').code).toBe(40029);
  });

  it('remembers only the codes it knows: a flood of unknown codes leaves the memo bounded', () => {
    for (let code = 10_000_000; code < 10_005_000; code++) describeErrcode(code);
    expect(memoSize()).toBeLessThanOrEqual(1870);
  });
});
