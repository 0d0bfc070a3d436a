import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'jsonc-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { getLanguageService } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CliIo } from './command.js';
import { initCommand, initVscode } from './init-vscode.js';
import { run } from './run.js';
import { type SchemaMapping, schemaUrl } from './init-vscode-mappings.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mps-init-'));
  made.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const PROJECT = {
  'project.config.json': { miniprogramRoot: 'miniprogram/', appid: 'touristappid' },
  'miniprogram/app.json': {
    pages: ['pages/index/index', 'views/home/home'],
    subpackages: [{ root: 'packageA/', pages: ['cat/cat'] }],
    usingComponents: { 'nav-bar': '/shared/nav-bar/nav-bar', plugin: 'plugin://p/c' },
    themeLocation: 'style/theme.json',
  },
};

function settingsOf(dir: string): Record<string, any> {
  return parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8')) as Record<string, any>;
}

/** Which kinds VS Code's JSON service associates with a file, given the written settings. */
async function kindsFor(dir: string, mappings: SchemaMapping[], file: string): Promise<string[]> {
  const folderUri = pathToFileURL(dir).href;
  const service = getLanguageService({});
  service.configure({
    validate: true,
    // Each kind's stand-in schema rejects everything with the kind as message.
    schemas: mappings.map((m) => ({ uri: `https://test/${m.kind}`, fileMatch: m.fileMatch, folderUri, schema: { type: 'null', errorMessage: m.kind } })),
  });
  const document = TextDocument.create(pathToFileURL(path.join(dir, file)).href, 'json', 1, '{}');
  const problems = await service.doValidation(document, service.parseJSONDocument(document));
  return problems.map((p) => (typeof p.message === 'string' ? p.message : p.message.value)).sort();
}

describe('init vscode', () => {
  it('maps every kind with patterns anchored on miniprogramRoot, and VS Code resolves them as intended', async () => {
    const dir = workspace({ ...PROJECT, 'expo/app.json': {}, 'wp/theme.json': {} });
    const { mappings } = initVscode(dir, 'en', '1.2.3');
    const expectations: Record<string, string[]> = {
      'miniprogram/app.json': ['app'],
      'miniprogram/pages/index/index.json': ['page'],
      'miniprogram/views/home/home.json': ['page'],
      'miniprogram/packageA/cat/cat.json': ['page'],
      'miniprogram/packageA/components/x/x.json': ['component'],
      'miniprogram/components/card/card.json': ['component'],
      'miniprogram/shared/nav-bar/nav-bar.json': ['component'],
      'miniprogram/custom-tab-bar/index.json': ['component'],
      'miniprogram/miniprogram_npm/tdesign/button/button.json': [],
      'miniprogram/sitemap.json': ['sitemap'],
      'miniprogram/style/theme.json': ['theme'],
      'project.config.json': ['project.config'],
      'project.private.config.json': ['project.private.config'],
      'expo/app.json': [],
      'wp/theme.json': [],
      'package.json': [],
    };
    for (const [file, kinds] of Object.entries(expectations)) expect([file, await kindsFor(dir, mappings, file)]).toEqual([file, kinds]);
  });

  it('keeps comments and every other setting, and is idempotent', () => {
    const original = `{
  // my editor
  "editor.tabSize": 4,
  "json.schemas": [
    /* someone else's */
    { "fileMatch": ["/foo.json"], "url": "https://example.com/foo.json" }
  ],
  "files.exclude": { "**/.git": true },
}
`;
    const dir = workspace({ ...PROJECT, '.vscode/settings.json': original });
    expect(initVscode(dir, 'zh-CN', '1.2.3').changed).toBe(true);
    const once = readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8');
    expect(once).toContain('// my editor');
    expect(once).toContain("/* someone else's */");
    const settings = settingsOf(dir);
    expect(settings['editor.tabSize']).toBe(4);
    expect(settings['files.exclude']).toEqual({ '**/.git': true });
    expect(settings['json.schemas'][0]).toEqual({ fileMatch: ['/foo.json'], url: 'https://example.com/foo.json' });
    expect(settings['json.schemas'].slice(1).map((e: { url: string }) => e.url)).toEqual([
      'app', 'page', 'component', 'sitemap', 'theme', 'project.config', 'project.private.config',
    ].map((kind) => `https://cdn.jsdelivr.net/npm/miniprogram-schema@1/schemas/zh-CN/${kind}.schema.json`));
    expect(initVscode(dir, 'zh-CN', '1.2.3').changed).toBe(false);
    expect(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8')).toBe(once);
  });

  it('updates its own entries in place, keeping patterns the user added', () => {
    const dir = workspace({ ...PROJECT });
    initVscode(dir, 'en', '1.2.3');
    const file = path.join(dir, '.vscode/settings.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"miniprogram/app.json"', '"miniprogram/app.json", "legacy/app.json"'));
    mkdirSync(path.join(dir, 'node_modules/miniprogram-schema/schemas/zh-CN'), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules/miniprogram-schema/schemas/zh-CN/app.schema.json'), '{}');
    initVscode(dir, 'zh-CN', '1.2.3');
    const entries = settingsOf(dir)['json.schemas'] as Array<{ fileMatch: string[]; url: string }>;
    expect(entries).toHaveLength(7);
    expect(entries[0]).toEqual({ fileMatch: ['miniprogram/app.json', 'legacy/app.json'], url: './node_modules/miniprogram-schema/schemas/zh-CN/app.schema.json' });
  });

  it('finds mini programs below a monorepo folder and refuses a folder without one', () => {
    const dir = workspace({ 'apps/weapp/project.config.json': { miniprogramRoot: 'src' }, 'apps/weapp/src/app.json': { pages: ['pages/a/a'] } });
    const { mappings } = initVscode(dir, 'en', '1.0.0');
    expect(mappings.find((m) => m.kind === 'app')?.fileMatch).toEqual(['apps/weapp/src/app.json']);
    expect(mappings.find((m) => m.kind === 'project.config')?.fileMatch).toEqual(['apps/weapp/project.config.json']);
    expect(() => initVscode(workspace({ 'README.md': '' }), 'en')).toThrow(/no mini program/);
  });

  it('leaves a settings file that is not JSON alone', () => {
    const dir = workspace({ ...PROJECT, '.vscode/settings.json': '{ "a": ' });
    expect(() => initVscode(dir, 'zh-CN')).toThrow(/不是有效的 JSON/);
    expect(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8')).toBe('{ "a": ');
  });

  it('uses the same CDN URL as the published schemas', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schemas/en/app.schema.json', import.meta.url), 'utf8')) as { $id: string };
    const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    expect(schemaUrl('/nonexistent', 'en', 'app', version)).toBe(committed.$id);
  });

  it('runs as a command, in both languages', async () => {
    const dir = workspace({ ...PROJECT });
    let out = '';
    const io: CliIo = { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true }, env: {}, cwd: dir, locale: 'zh-CN' };
    expect(await initCommand.run(['vscode'], io)).toBe(0);
    expect(out).toContain('已更新 .vscode/settings.json');
    out = '';
    expect(await initCommand.run(['vscode', '.'], io)).toBe(0);
    expect(out).toBe('.vscode/settings.json 已是最新，无需修改。\n');
    out = '';
    expect(await initCommand.run(['vscode', '.', '--locale', 'en'], io)).toBe(0);
    expect(out).toContain('Updated .vscode/settings.json:\n  app                    miniprogram/app.json\n');
    expect(settingsOf(dir)['json.schemas'][0].url).toMatch(/\/schemas\/en\/app\.schema\.json$/);
    await expect(initCommand.run(['jetbrains'], io)).rejects.toThrow(/init vscode/);
  });

  describe('a settings path it must not or cannot write', () => {
    const IS_ROOT = process.getuid?.() === 0;

    async function runInit(dir: string): Promise<{ code: number; out: string; err: string }> {
      let out = '';
      let err = '';
      const io: CliIo = { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) }, env: {}, cwd: dir, locale: 'en' };
      const code = await run(['init', 'vscode'], io);
      return { code, out, err };
    }

    it('refuses a dangling settings.json symlink without creating its target', async () => {
      const outside = workspace({});
      const dir = workspace({ ...PROJECT });
      mkdirSync(path.join(dir, '.vscode'));
      symlinkSync(path.join(outside, 'planted.json'), path.join(dir, '.vscode/settings.json'));
      const { code, err } = await runInit(dir);
      expect(code).toBe(2);
      expect(err).toMatch(/^miniprogram-schema: \.vscode\/settings\.json is a symbolic link; it was left unchanged/);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(existsSync(path.join(outside, 'planted.json'))).toBe(false);
    });

    it('refuses a live symlink and a .vscode folder that leads out of the workspace, leaving the targets alone', async () => {
      const outside = workspace({ 'target.json': '{ "keep": true }\n' });
      const dir = workspace({ ...PROJECT });
      mkdirSync(path.join(dir, '.vscode'));
      symlinkSync(path.join(outside, 'target.json'), path.join(dir, '.vscode/settings.json'));
      const linkedFolder = workspace({ ...PROJECT });
      symlinkSync(outside, path.join(linkedFolder, '.vscode'));
      for (const target of [dir, linkedFolder]) {
        const { code, err } = await runInit(target);
        expect(code).toBe(2);
        expect(err).toMatch(/symbolic link/);
      }
      expect(readFileSync(path.join(outside, 'target.json'), 'utf8')).toBe('{ "keep": true }\n');
      expect(existsSync(path.join(outside, 'settings.json'))).toBe(false);
    });

    it('gives one clear line and exit 2 for a folder at that path', async () => {
      const dir = workspace({ ...PROJECT });
      mkdirSync(path.join(dir, '.vscode/settings.json'), { recursive: true });
      const folder = await runInit(dir);
      expect(folder.code).toBe(2);
      expect(folder.err).toBe('miniprogram-schema: .vscode/settings.json is not a regular file; it was left unchanged\n');
    });

    it('gives one clear line and exit 2 for a settings file over the size limit, without reading it', async () => {
      const dir = workspace({ ...PROJECT, '.vscode/settings.json': '' });
      truncateSync(path.join(dir, '.vscode/settings.json'), 400e6);
      const { code, err } = await runInit(dir);
      expect(code).toBe(2);
      expect(err).toBe('miniprogram-schema: .vscode/settings.json is too large (400000000 bytes); it was left unchanged\n');
    });

    it.skipIf(IS_ROOT)('gives one clear line and exit 2 for a read-only file (skipped as root, who can write anything)', async () => {
      const readOnly = workspace({ ...PROJECT, '.vscode/settings.json': '{}\n' });
      chmodSync(path.join(readOnly, '.vscode/settings.json'), 0o444);
      const result = await runInit(readOnly);
      expect(result.code).toBe(2);
      expect(result.err).toBe('miniprogram-schema: cannot write .vscode/settings.json (EACCES). Check the permissions of the file and its folder\n');
      expect(lstatSync(path.join(readOnly, '.vscode/settings.json')).size).toBe(3);
    });

    it('escapes control characters that come from the workspace in what it prints', async () => {
      const root = 'mp\u001b[2J\u0007';
      const dir = workspace({ 'project.config.json': { miniprogramRoot: `${root}/` }, [`${root}/app.json`]: { pages: ['a'] } });
      const { code, out } = await runInit(dir);
      expect(code).toBe(0);
      expect(out).toContain('mp\\u001B[2J\\u0007/app.json');
      expect(out.replaceAll('\n', '')).not.toMatch(/[\u0000-\u001f]/);
    });

    it.skipIf(process.platform === 'win32')('does not block on a FIFO named project.config.json', async () => {
      const dir = workspace({ 'mp/app.json': { pages: ['a'] } });
      execFileSync('mkfifo', [path.join(dir, 'project.config.json')]);
      const { code, out } = await runInit(dir);
      expect(code).toBe(0);
      expect(out).toContain('Updated .vscode/settings.json');
    });

    it('accepts an empty settings file and one with a byte order mark (kept)', () => {
      for (const original of ['', '  \n', '\uFEFF{ "editor.tabSize": 2 }\n']) {
        const dir = workspace({ ...PROJECT, '.vscode/settings.json': original });
        expect(initVscode(dir, 'en', '1.2.3').changed).toBe(true);
        const written = readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8');
        expect(written.startsWith('\uFEFF')).toBe(original.startsWith('\uFEFF'));
        expect(settingsOf(dir)['json.schemas']).toHaveLength(7);
        expect(initVscode(dir, 'en', '1.2.3').changed).toBe(false);
      }
    });

    it('does not grow the list on every run when "json.schemas" appears twice, or an entry of ours twice', async () => {
      const dir = workspace({ ...PROJECT, '.vscode/settings.json': '{ "json.schemas": [], "json.schemas": [] }\n' });
      const { code, err } = await runInit(dir);
      expect(code).toBe(2);
      expect(err).toMatch(/"json\.schemas" more than once/);
      expect(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8')).toBe('{ "json.schemas": [], "json.schemas": [] }\n');
      const twice = workspace({ ...PROJECT });
      initVscode(twice, 'en', '1.2.3');
      const file = path.join(twice, '.vscode/settings.json');
      const entries = settingsOf(twice)['json.schemas'] as unknown[];
      writeFileSync(file, JSON.stringify({ 'json.schemas': [...entries, entries[0]] }, null, 2));
      initVscode(twice, 'en', '1.2.3');
      const once = readFileSync(file, 'utf8');
      expect(initVscode(twice, 'en', '1.2.3').changed).toBe(false);
      expect(readFileSync(file, 'utf8')).toBe(once);
      expect(settingsOf(twice)['json.schemas']).toHaveLength(8);
    });
  });
});

