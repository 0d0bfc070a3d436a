/** The registry of kinds is the one list every reader uses, and its facts agree with what is published. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from './cli/command.js';
import { mappingsFor } from './cli/init-vscode-mappings.js';
import { run } from './cli/run.js';
import * as api from './index.js';
import { CONFIG_KINDS, configKind, KIND_IDS, kindIdOf, kindOfFileName, schemaFilePath } from './kinds.js';
import { kindFromFileName, validatorFor } from './project/file-kind.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('registry of config kinds', () => {
  it('has one id per kind, a named type and both schema files for each', () => {
    expect(new Set(KIND_IDS).size).toBe(CONFIG_KINDS.length);
    for (const kind of CONFIG_KINDS) {
      for (const locale of ['en', 'zh-CN'] as const) expect(existsSync(path.join(ROOT, schemaFilePath(locale, kind.id))), kind.id).toBe(true);
      expect(kind.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(kind.title.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('names a fixed file `<id>.json`, and tells exactly those files by name', () => {
    for (const kind of CONFIG_KINDS) {
      const fileName = configKind(kind.id).fileName;
      if (fileName) {
        expect(fileName).toBe(`${kind.id}.json`);
        expect(kindOfFileName(fileName)).toBe(kind.id);
        expect(kindFromFileName(`some/dir/${fileName}`)).toBe(kind.id);
      }
    }
    expect(kindFromFileName('pages/index/index.json')).toBeUndefined();
  });

  it('holds the exported schema and validator of each kind (by reference, not by name)', () => {
    const exported = Object.values(api);
    for (const kind of CONFIG_KINDS) {
      expect(exported).toContain(kind.schema);
      expect(exported).toContain(kind.validate);
      expect(validatorFor(kind.id)).toBe(kind.validate);
    }
    expect(validatorFor('project.private.config')).toBe(api.validateProjectPrivateConfigJson);
  });

  it('accepts the earlier spellings of the project config kinds', () => {
    expect(kindIdOf('project-config')).toBe('project.config');
    expect(kindIdOf('project-private-config')).toBe('project.private.config');
    expect(kindIdOf('project.config')).toBe('project.config');
    expect(kindIdOf('nope')).toBeUndefined();
  });

  it('gives init vscode one mapping per kind, in registry order', () => {
    const mappings = mappingsFor(ROOT, [], 'en', '1.0.0');
    expect(mappings.map((m) => m.kind)).toEqual(KIND_IDS);
    expect(mappings.map((m) => m.url.endsWith(`/${m.kind}.schema.json`))).toEqual(KIND_IDS.map(() => true));
  });
});

describe('validate --kind', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mps-kinds-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function validate(kind: string): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, env: {}, cwd: dir, locale: 'en' };
    const code = await run(['validate', 'settings.json', '--kind', kind, '-f', 'json'], io);
    return { code, out: out.join(''), err: err.join('') };
  }

  it('takes the current and the earlier spelling of a kind alike, and lists the current ones when wrong', async () => {
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ miniprogramRoot: 1 }));
    const current = await validate('project.config');
    const earlier = await validate('project-config');
    expect(current.code).toBe(1);
    expect(JSON.parse(current.out).diagnostics.map((d: { code: string }) => d.code)).toContain('invalid-type');
    expect(earlier).toEqual(current);
    const wrong = await validate('nope');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain(KIND_IDS.join(', '));
  });
});
