/** --format sarif against the official SARIF 2.1.0 JSON Schema; --format gitlab's code quality shape. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from './command.js';
import { run } from './run.js';
import { EXAMPLES, removeTempProjects, tempProject } from '../project/test-support.js';

afterAll(removeTempProjects);

/**
 * The OASIS schema (2.1.0 rtm.5), as shipped in the npm package @microsoft/jest-sarif (MIT). One of its
 * patterns (language) is not a valid Unicode regular expression, hence `unicodeRegExp: false`.
 */
const SARIF_SCHEMA = JSON.parse(readFileSync(new URL('../../test/fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;

async function output(args: string[], cwd: string) {
  const out: string[] = [];
  const io: CliIo = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: () => true }, env: {}, cwd, locale: 'en' };
  const code = await run(args, io);
  return { code, json: JSON.parse(out.join('')) as Record<string, any> };
}

describe('--format sarif', () => {
  it('is a valid SARIF 2.1.0 log, with rule metadata and file locations relative to the working folder', async () => {
    const { code, json } = await output(['check', 'broken', '--format', 'sarif'], EXAMPLES);
    expect(code).toBe(1);
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(SARIF_SCHEMA);
    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false); // the schema bites: a run needs its tool
    const [runLog] = json.runs;
    const rules = runLog.tool.driver.rules as Array<{ id: string; helpUri: string; help: { text: string }; shortDescription: { text: string } }>;
    expect(runLog.results.length).toBe(13);
    for (const result of runLog.results) {
      expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^broken\//);
    }
    const rule = rules.find((r) => r.id === 'tab-page-not-in-pages')!;
    expect(rule.helpUri).toMatch(/^https:\/\/github\.com\/.+\/docs\/rules\.md$/);
    expect(rule.help.text).toContain(rule.shortDescription.text);
    expect(rules.every((r) => r.helpUri && r.shortDescription.text !== r.id)).toBe(true);
  });

  it('is valid when there is nothing to report', async () => {
    const { code, json } = await output(['check', path.join(EXAMPLES, 'valid'), '--format', 'sarif'], tempProject());
    expect(code).toBe(0);
    expect(new Ajv({ strict: false, unicodeRegExp: false }).validate(SARIF_SCHEMA, json)).toBe(true);
    expect(json.runs[0].results).toEqual([]);
  });
});

describe('--format gitlab', () => {
  it('writes one code quality issue per diagnostic with a stable fingerprint', async () => {
    const first = await output(['check', 'broken', '--format', 'gitlab'], EXAMPLES);
    const second = await output(['check', 'broken', '--format', 'gitlab'], EXAMPLES);
    expect(first.json).toHaveLength(13);
    expect(first.json[0]).toMatchObject({ type: 'issue', check_name: expect.any(String), description: expect.any(String), location: { path: expect.stringMatching(/^broken\//), lines: { begin: expect.any(Number) } } });
    expect(new Set(first.json.map((i: { severity: string }) => i.severity))).toEqual(new Set(['major', 'minor']));
    expect(first.json.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(second.json.map((i: { fingerprint: string }) => i.fingerprint));
    expect(new Set(first.json.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(13);
  });
});
