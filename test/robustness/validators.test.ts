/**
 * Hostile input: the validators never throw, and every malformed file gets a diagnostic that says
 * what is wrong and where (line/column for text, a path for values).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { findMiniPrograms } from '../../src/cli/init-vscode-mappings.js';
import { validateAppJson, validateComponentJson, validatePageJson, validateProjectConfigJson } from '../../src/index.js';
import { MAX_DIAGNOSTICS_PER_CODE, validateConfig } from '../../src/validate/validate.js';
import type { Diagnostic, ValidationResult } from '../../src/index.js';

const VALIDATORS = { validateAppJson, validatePageJson, validateComponentJson } as const;
type Validator = (input: unknown, options?: { locale?: 'en' | 'zh-CN' }) => ValidationResult<unknown>;

/** Runs a validator; a thrown exception fails the test with the input that caused it. */
function safely(validate: Validator, input: unknown, locale: 'en' | 'zh-CN' = 'en'): ValidationResult<unknown> {
  const result = validate(input, { locale });
  expect(typeof result.valid).toBe('boolean');
  for (const d of result.diagnostics) {
    expect(d.message.length).toBeGreaterThan(0);
    expect(['error', 'warning']).toContain(d.severity);
  }
  return result;
}

function only(result: ValidationResult<unknown>, code: string): Diagnostic {
  const found = result.diagnostics.find((d) => d.code === code);
  expect(found, `expected a ${code} diagnostic in ${JSON.stringify(result.diagnostics)}`).toBeDefined();
  return found as Diagnostic;
}

const positioned = (d: Diagnostic) => {
  expect(d.line).toBeGreaterThanOrEqual(1);
  expect(d.column).toBeGreaterThanOrEqual(1);
};

const PROPERTY_RUNS = { numRuns: 150 };

describe.each(Object.entries(VALIDATORS))('%s never throws', (_name, validate) => {
  it('on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void safely(validate, value)), PROPERTY_RUNS);
  });

  it('on any JSON text, in both locales', () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom('en' as const, 'zh-CN' as const), (text, locale) => void safely(validate, text, locale)),
      PROPERTY_RUNS,
    );
  });

  it('on any string, with a positioned diagnostic whenever it is not JSON', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const result = safely(validate, text);
        let parses = true;
        try {
          JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch {
          parses = false;
        }
        if (!parses) {
          expect(result.valid).toBe(false);
          for (const d of result.diagnostics) positioned(d);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('on objects shaped like its config, with values of any kind', () => {
    const keys = fc.constantFrom('pages', 'window', 'tabBar', 'subpackages', 'usingComponents', 'component',
      'navigationBarTitleText', 'list', 'root', 'backgroundColor', '__proto__', 'constructor', 'toString');
    const config = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), fc.dictionary(keys, tie('node'), { maxKeys: 5 }), fc.array(tie('node'), { maxLength: 4 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(keys, config, { maxKeys: 6 }), (value) => {
        safely(validate, value);
        safely(validate, JSON.stringify(value, null, 2));
      }),
      PROPERTY_RUNS,
    );
  });

  it('on anything JSON can carry (fc.anything mapped to JSON)', () => {
    fc.assert(
      fc.property(fc.anything(), (thing) => {
        const text = JSON.stringify(thing) ?? 'null';
        safely(validate, text);
        safely(validate, JSON.parse(text));
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('deep nesting', () => {
  const LEVELS = 10_000;

  it.each(Object.entries(VALIDATORS))('%s reports 10k levels of text with a position', (_name, validate) => {
    for (const text of [
      '['.repeat(LEVELS) + ']'.repeat(LEVELS),
      '{"a":'.repeat(LEVELS) + '1' + '}'.repeat(LEVELS),
      '{"pages":[],"window":' + '{"a":'.repeat(LEVELS), // unterminated as well
    ]) {
      const d = only(safely(validate, text), 'json-too-deep');
      expect(d.severity).toBe('error');
      positioned(d);
    }
  });

  it('points at the bracket that goes one level too deep', () => {
    const text = '{"pages":[],\n"window":' + '{"a":'.repeat(LEVELS) + '1' + '}'.repeat(LEVELS + 1);
    const d = only(safely(validateAppJson, text), 'json-too-deep');
    expect(d.line).toBe(2);
    // The root `{` is level 1, so level 513 is the 512th `{"a":` after "window":.
    expect(d.column).toBe('"window":'.length + 5 * 511 + 1);
    expect(d.path.slice(0, 2)).toEqual(['window', 'a']);
  });

  it.each(Object.entries(VALIDATORS))('%s reports a 10k-level value (and a cyclic one) by path', (_name, validate) => {
    let deep: unknown = 1;
    for (let i = 0; i < LEVELS; i++) deep = { a: deep };
    const d = only(safely(validate, { window: deep, usingComponents: {} }), 'json-too-deep');
    expect(d.path[0]).toBe('window');

    const cyclic: Record<string, unknown> = { pages: [] };
    cyclic.window = cyclic;
    expect(only(safely(validate, cyclic), 'json-too-deep').path.slice(0, 2)).toEqual(['window', 'window']);
  });

  it('still checks ordinary nesting', () => {
    let nested: unknown = 1;
    for (let i = 0; i < 100; i++) nested = { a: nested };
    const result = safely(validateAppJson, JSON.stringify({ pages: ['index'], custom: nested }));
    expect(result.valid).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unknown-key']);
  });
});

// Skipped under mutation testing (MPS_MUTATION): instrumented code takes minutes on 10 MB, for every mutant.
describe.skipIf(Boolean(process.env.MPS_MUTATION))('large input', () => {
  // 10 MB: a realistic page list plus a large block under a key WeChat ignores.
  const pages = Array.from({ length: 20_000 }, (_, i) => `pages/p${i}/index`);
  const filler = Array.from({ length: 110_000 }, (_, i) => ({ id: i, label: `item ${i} ${'x'.repeat(60)}` }));
  const big = JSON.stringify({ pages, extra: filler });

  it('checks a 10 MB app.json in bounded time', () => {
    expect(big.length).toBeGreaterThan(10_000_000);
    const started = performance.now();
    const result = safely(validateAppJson, big);
    expect(result.valid).toBe(true);
    expect(result.diagnostics).toMatchObject([{ code: 'unknown-key', path: ['extra'], line: 1, column: big.indexOf('"extra"') + 1 }]);
    // Generous: the suite runs in parallel on small machines; this guards against quadratic behaviour.
    expect(performance.now() - started).toBeLessThan(8_000);
  });

  it('locates one mistake in 10 MB', () => {
    const result = safely(validateAppJson, big.replace('"pages/p7/index"', '7'));
    expect(result.valid).toBe(false);
    const d = only(result, 'invalid-type');
    expect(d.path).toEqual(['pages', 7]);
    expect(d.line).toBe(1);
    expect(d.column).toBe(big.indexOf('"pages/p7/index"') + 1);
  });

  it('reports a 10 MB file cut short at its end', () => {
    const d = only(safely(validateAppJson, big.slice(0, -2)), 'json-syntax');
    expect(d.column).toBeGreaterThan(10_000_000);
  });

  it('reports a 10 MB string that is not an object', () => {
    const result = safely(validatePageJson, JSON.stringify('x'.repeat(10_000_000)));
    expect(only(result, 'json-not-object').message.length).toBeLessThan(300);
  });
});

describe('prototype keys', () => {
  const hostile = '{"pages":["index"],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
    '"window":{"__proto__":{"polluted":true}},"usingComponents":{"__proto__":"x","constructor":"y"}}';

  it.each(Object.entries(VALIDATORS))('%s treats __proto__ and constructor as plain keys', (_name, validate) => {
    for (const input of [hostile, JSON.parse(hostile)]) {
      const result = safely(validate, input);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(result.diagnostics.some((d) => d.path.includes('__proto__'))).toBe(true);
    }
  });

  it('reports them as unknown keys at their own position', () => {
    const result = safely(validateAppJson, hostile);
    const proto = result.diagnostics.find((d) => d.code === 'unknown-key' && d.path.join('.') === '__proto__');
    expect(proto).toMatchObject({ line: 1, column: hostile.indexOf('"__proto__"') + 1 });
  });
});

describe('text WeChat would not read as strict JSON', () => {
  // WeChat's checker parses the text as read, BOM included, and fails ("Unexpected token"): an error,
  // and what follows is still checked with the right columns.
  it('rejects a byte-order mark as WeChat does, and counts columns after it correctly', () => {
    const result = safely(validateAppJson, '\uFEFF{"pages":["index"],"windw":{}}');
    expect(result.valid).toBe(false);
    expect(only(result, 'json-bom')).toMatchObject({ severity: 'error', line: 1, column: 1 });
    expect(only(result, 'unknown-key')).toMatchObject({ line: 1, column: 21 });
  });

  it.each([
    ['a line comment', '{\n  // home\n  "pages": ["index"]\n}', 'json-comment', 2, 3],
    ['a block comment', '{\n  "pages": /* home */ ["index"]\n}', 'json-comment', 2, 12],
    ['a trailing comma', '{\n  "pages": ["index"],\n}', 'json-trailing-comma', 2, 21],
    ['a trailing comma in an array', '{"pages": ["index",]}', 'json-trailing-comma', 1, 19],
    ['a merge-conflict marker', '{\n<<<<<<< HEAD\n  "pages": ["a"]\n=======\n  "pages": ["b"]\n>>>>>>> main\n}', 'json-merge-conflict', 2, 1],
    ['a truncated file', '{"pages": ["index"', 'json-syntax', 1, 19],
    ['an empty file', '  \n', 'json-empty', 1, 1],
  ])('reports %s with its position', (_what, text, code, line, column) => {
    for (const validate of Object.values(VALIDATORS)) {
      const result = safely(validate, text);
      expect(result.valid).toBe(false);
      expect(only(result, code)).toMatchObject({ severity: 'error', line, column });
    }
  });

  it('reports one trailing comma once', () => {
    const result = safely(validateAppJson, '{"pages": ["index"],\n}');
    expect(result.diagnostics).toHaveLength(1);
  });

  it('warns about a duplicate key, and the last value wins', () => {
    const text = '{\n  "pages": ["first"],\n  "pages": ["second"]\n}';
    const result = safely(validateAppJson, text);
    expect(result.valid).toBe(true);
    expect(only(result, 'duplicate-key')).toMatchObject({ severity: 'warning', path: ['pages'], line: 2, column: 3 });
    expect(result.value).toMatchObject({ pages: ['second'] });
  });

  it('warns about duplicate keys at any depth', () => {
    const text = '{"pages":["a"],"window":{"navigationBarTitleText":"x","navigationBarTitleText":"y"}}';
    const d = only(safely(validateAppJson, text), 'duplicate-key');
    expect(d.path).toEqual(['window', 'navigationBarTitleText']);
  });

  it('warns at the first byte that was not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('{\n  "pages": ["ind'), Buffer.from([0xff, 0xfe]), Buffer.from('ex"]\n}')]);
    const result = safely(validateAppJson, bytes.toString('utf8'));
    expect(only(result, 'json-invalid-utf8')).toMatchObject({ severity: 'warning', line: 2, column: 17 });
    const zh = validateAppJson(bytes.toString('utf8'), { locale: 'zh-CN' });
    expect(only(zh, 'json-invalid-utf8').message).toMatch(/UTF-8/);
  });

  it('reports a UTF-16 file (decoded as UTF-8) as unreadable, with a position', () => {
    const utf16 = Buffer.from('\uFEFF{"pages":["index"]}', 'utf16le').toString('utf8');
    const result = safely(validateAppJson, utf16);
    expect(result.valid).toBe(false);
    for (const d of result.diagnostics) positioned(d);
  });

  it('property: any of these defects spliced into a valid file yields a positioned error', () => {
    const valid = '{\n  "pages": ["pages/index/index"],\n  "window": {\n    "navigationBarTitleText": "Demo"\n  }\n}';
    const defects = fc.constantFrom('// note\n', '/* x */', ',', '\n<<<<<<< HEAD\n', '\n>>>>>>> branch\n', '{', ']', '"', ':');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: valid.length - 1 }), defects, (at, defect) => {
        const text = valid.slice(0, at) + defect + valid.slice(at);
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const result = safely(validateAppJson, text);
        if (!parses) {
          expect(result.valid).toBe(false);
          expect(result.diagnostics.length).toBeGreaterThan(0);
          for (const d of result.diagnostics) positioned(d);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Fastest of three runs of `run`, in ms: the minimum is the timing least disturbed by a busy machine. */
function fastest(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * Near-linear time: eight times the input may take at most 24 times as long (a quadratic step takes
 * 64 times), measured as ratios so that a slow machine does not fail the test. `at(n)` builds the
 * input outside the timing and returns the work to time.
 */
function expectNearLinear(at: (n: number) => () => unknown, n: number): void {
  const small = fastest(at(n));
  const large = fastest(at(8 * n));
  expect(large / Math.max(small, 1), `${small.toFixed(1)} ms at ${n}, ${large.toFixed(1)} ms at ${8 * n}`).toBeLessThan(24);
}

// Retried: a timing can be disturbed by other work on the machine, a quadratic step fails every time.
// Skipped under mutation testing (MPS_MUTATION), where they would take seconds per mutant.
describe.skipIf(Boolean(process.env.MPS_MUTATION))('hostile sizes take near-linear time', { retry: 2 }, () => {
  it('a page path of "?" characters (with and without a newline after them)', () => {
    expectNearLinear((n) => {
      // The newline inside: a trailing one would be trimmed before the suggestion is built.
      const pages = [`p${'?'.repeat(n)}`, `p${'?'.repeat(n)}\nx`];
      return () => validateAppJson({ pages });
    }, 4000);
  });

  it('a pluginRoot and miniprogramRoot of slashes', () => {
    expectNearLinear((n) => {
      const config = { compileType: 'plugin', pluginRoot: `a${'/'.repeat(n)}x`, miniprogramRoot: `a${'/'.repeat(n)}y` };
      return () => validateProjectConfigJson(config);
    }, 4000);
  });

  it('init vscode on a project whose miniprogramRoot is a long run of slashes', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'mps-slashes-'));
    try {
      expectNearLinear((n) => {
        writeFileSync(path.join(workspace, 'project.config.json'), JSON.stringify({ miniprogramRoot: `a${'/'.repeat(n)}x` }));
        return () => findMiniPrograms(workspace);
      }, 4000);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('thousands of subpackages, nested in one another and holding the main pages', () => {
    expectNearLinear((n) => {
      const subpackages = Array.from({ length: n }, (_, i) => ({ root: i % 2 ? `r${i - 1}/in` : `r${i}`, pages: ['x'] }));
      const text = JSON.stringify({ pages: Array.from({ length: n }, (_, i) => `r${i}/p`), subpackages });
      return () => validateAppJson(text, { maxPerCode: Infinity });
    }, 3000);
  });

  it('thousands of chat tools naming one subpackage', () => {
    expectNearLinear((n) => {
      const pages = Array.from({ length: n }, (_, i) => `p${i}`);
      const app = { pages, subpackages: [{ root: 'chat', pages, independent: true }], chatTools: pages.map(() => ({ root: 'chat', entryPagePath: 'missing', desc: 'd' })) };
      return () => validateAppJson(app, { maxPerCode: Infinity });
    }, 1000);
  });

  it('positions for tens of thousands of diagnostics in one list', () => {
    expectNearLinear((n) => {
      const text = JSON.stringify({ pages: Array(n).fill('a') }, null, 2);
      return () => validateAppJson(text, { maxPerCode: Infinity });
    }, 2000);
  });
});

describe('huge lists and hostile values are never misreported', () => {
  it('reads 130,000 repeated pages as valid JSON, with capped duplicate-page errors and a summary', () => {
    const result = validateAppJson(JSON.stringify({ pages: Array(130000).fill('a') }));
    expect(result.diagnostics.filter((d) => d.code === 'json-syntax')).toEqual([]);
    const duplicates = result.diagnostics.filter((d) => d.code === 'duplicate-page');
    expect(duplicates).toHaveLength(MAX_DIAGNOSTICS_PER_CODE);
    const summary = only(result, 'diagnostics-truncated');
    expect(summary).toMatchObject({ severity: 'error', path: ['pages', MAX_DIAGNOSTICS_PER_CODE + 1] });
    expect(summary.message).toContain(`${130000 - 1 - MAX_DIAGNOSTICS_PER_CODE} more "duplicate-page"`);
    positioned(summary);
  });

  it('caps each code at maxPerCode, with one summary per code in both languages', () => {
    const text = JSON.stringify({ pages: Array(10).fill('a'), window: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`k${i}`, 1])) });
    const en = validateAppJson(text, { maxPerCode: 5 });
    expect(en.diagnostics.filter((d) => d.code === 'duplicate-page')).toHaveLength(5);
    expect(en.diagnostics.filter((d) => d.code === 'unknown-key')).toHaveLength(5);
    const summaries = en.diagnostics.filter((d) => d.code === 'diagnostics-truncated');
    expect(summaries.map((d) => [d.severity, d.path])).toEqual(expect.arrayContaining([['error', ['pages', 6]], ['warning', ['window', 'k5']]]));
    expect(summaries.find((d) => d.severity === 'error')?.message).toMatch(/4 more "duplicate-page".*at most 5/);
    const zh = validateAppJson(text, { maxPerCode: 5, locale: 'zh-CN' });
    expect(zh.diagnostics.filter((d) => d.code === 'diagnostics-truncated').map((d) => d.message).join()).toMatch(/还有 4 条 "duplicate-page"/);
    expect(validateAppJson(text, { maxPerCode: Infinity }).diagnostics.filter((d) => d.code === 'duplicate-page')).toHaveLength(9);
    expect(validateAppJson(text).diagnostics.some((d) => d.code === 'diagnostics-truncated')).toBe(false);
  });

  it('applies rule settings before the cap: a code turned off leaves no summary, a downgraded one a warning summary', () => {
    const text = JSON.stringify({ pages: Array(10).fill('a') });
    const off = validateAppJson(text, { maxPerCode: 5, rules: { 'duplicate-page': 'off' } });
    expect(off.diagnostics).toEqual([]);
    const warn = validateAppJson(text, { maxPerCode: 5, rules: { 'duplicate-page': 'warn' } });
    expect(warn.valid).toBe(true);
    expect(only(warn, 'diagnostics-truncated').severity).toBe('warning');
    expect(validateAppJson(text, { maxPerCode: 5, rules: { 'diagnostics-truncated': 'off' } }).diagnostics.map((d) => d.code)).toEqual(Array(5).fill('duplicate-page'));
  });

  it('reports a throwing getter where it is, without throwing', () => {
    const input = { pages: ['a'], get window(): never { throw new RangeError('no window today'); } };
    for (const locale of ['en', 'zh-CN'] as const) {
      const d = only(safely(validateAppJson, input, locale), 'input-unreadable');
      expect(d.path).toEqual(['window']);
      expect(d.message).toContain('no window today');
      expect(d.message).not.toMatch(/nest|嵌套|JSON:/);
    }
  });

  it('reports a Proxy whose traps throw, and a throwing message getter, without throwing', () => {
    const hostile = new Proxy({}, { ownKeys() { throw new Error('trap'); } });
    expect(only(safely(validateAppJson, hostile), 'input-unreadable').path).toEqual([]);
    const weird = Object.create(null) as object;
    const nested = { pages: [new Proxy({}, { get() { throw weird; }, ownKeys() { return ['x']; }, getOwnPropertyDescriptor() { return { enumerable: true, configurable: true, value: 1 }; } })] };
    expect(only(safely(validateAppJson, nested), 'input-unreadable').path).toEqual(['pages', 0, 'x']);
  });

  it('reports its own failures as internal errors, never as JSON nesting', () => {
    const failing = { code: 'explodes', severity: 'error', description: { zh: '', en: '' }, messages: { 'zh-CN': () => '', en: () => '' },
      *check(): Generator<never> { throw new RangeError('Maximum call stack size exceeded'); } } as const;
    const result = validateConfig({ schema: z.object({}), rules: [failing] }, '{}');
    const d = only(result, 'internal-error');
    expect(result.valid).toBe(false);
    expect(d.message).toContain('RangeError: Maximum call stack size exceeded');
    expect(d.message).not.toMatch(/nest/);
  });

  it('accepts null options', () => {
    expect(validateAppJson('{"pages":["a"]}', null as never).valid).toBe(true);
  });
});

describe('positions in CRLF files', () => {
  it('point at the line and column of the finding, counting \\r\\n as one line end', () => {
    const text = '{\r\n  "pages": ["pages/index/index"],\r\n  "window": {\r\n    "navigationBarTextStyle": 1\r\n  }\r\n}\r\n';
    const d = only(validateAppJson(text), 'invalid-value');
    expect([d.line, d.column]).toEqual([4, 31]);
    const key = only(validateAppJson(text.replace('"navigationBarTextStyle"', '"navigationBarTextStyl"')), 'unknown-key');
    expect([key.line, key.column]).toEqual([4, 5]);
  });
});
