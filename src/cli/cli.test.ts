/** End-to-end: the CLI run by node as a separate process, on temp copies of the examples. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../project/index.js';
import { minimalApp, pageFiles, removeTempProjects, snapshot, tempProject, writeFiles } from '../project/test-support.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = path.join(REPO, 'src/cli/index.ts');
/**
 * The CLI source bundled once with esbuild (dependencies stay external and resolve from the repo's
 * node_modules, package.json is found above it): spawning it costs a plain node start-up, where
 * going through tsx costs a TypeScript transform per run.
 */
const BUNDLE = path.join(REPO, 'node_modules/.cache/miniprogram-schema-cli-test/cli.mjs');

beforeAll(async () => {
  await build({ entryPoints: [ENTRY], outfile: BUNDLE, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'silent' });
});
const PACKAGE_VERSION = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

afterAll(removeTempProjects);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, LANG: 'en_US.UTF-8', ...options.env };
  for (const key of ['LC_ALL', 'LC_MESSAGES', 'FORCE_COLOR', 'NO_COLOR']) if (!options.env?.[key]) delete env[key];
  return new Promise((resolve) => {
    execFile(process.execPath, [BUNDLE, ...args], { cwd: options.cwd ?? REPO, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const ANSI = /\u001b\[/;

function warningOnlyProject(): string {
  const dir = tempProject();
  writeFiles(dir, { ...minimalApp(), ...pageFiles('pages/index/index', { navigationBarTitleTxt: 'x' }) });
  return dir;
}

// Each test spawns node a few times; on a busy machine that takes seconds.
const SLOW = { timeout: 60_000 };

describe('miniprogram-schema check', SLOW, () => {
  it('exits 0 on examples/valid and 1 on examples/broken, with code frames and no colour off a TTY', async () => {
    const valid = await cli(['check', tempProject('valid')]);
    expect(valid).toMatchObject({ code: 0 });
    expect(valid.stdout).toContain('No problems');
    const broken = await cli(['check', tempProject('broken')]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('pages/index/index.json');
    expect(broken.stdout).toMatch(/> +6 \| +"coupon-card"/);
    expect(broken.stdout).toMatch(/✖ \d+ errors, \d+ warnings/);
    expect(broken.stdout).not.toMatch(ANSI);
  });

  it('colours with FORCE_COLOR and not with NO_COLOR', async () => {
    const dir = tempProject('broken');
    expect((await cli(['check', dir], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await cli(['check', dir], { env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });

  it('--format json prints exactly the ProjectReport', async () => {
    const dir = tempProject('broken');
    const run = await cli(['check', dir, '--format', 'json']);
    expect(run.code).toBe(1);
    const printed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual(['root', 'files', 'diagnostics', 'errorCount', 'warningCount']);
    expect(printed).toEqual(JSON.parse(JSON.stringify(await checkProject(dir))));
  });

  it('--format github prints one workflow annotation per diagnostic, paths relative to the working folder', async () => {
    const dir = tempProject('broken');
    const run = await cli(['check', path.basename(dir), '-f', 'github'], { cwd: path.dirname(dir) });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    const annotations = lines.filter((l) => l.startsWith('::'));
    expect(annotations.length).toBeGreaterThanOrEqual(10);
    for (const line of annotations) expect(line).toMatch(/^::(error|warning) file=[^,]+,line=\d+,col=\d+,title=[a-z0-9-]+::\S/);
    expect(run.stdout).toContain('::error file=' + path.basename(dir) + '/pages/index/index.json,line=6,col=20,title=component-missing::');
  });

  it('--locale zh-CN, or a Chinese LANG, gives Chinese output; --locale wins over LANG', async () => {
    const dir = tempProject('broken');
    expect((await cli(['check', dir, '--locale', 'zh-CN'])).stdout).toContain('找不到组件');
    expect((await cli(['check', dir], { env: { LANG: 'zh_CN.UTF-8' } })).stdout).toContain('个错误');
    expect((await cli(['check', dir, '--locale', 'en'], { env: { LANG: 'zh_CN.UTF-8' } })).stdout).toContain('not found');
  });

  it('--strict fails on warnings; --quiet hides them', async () => {
    const dir = warningOnlyProject();
    const plain = await cli(['check', dir]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('navigationBarTitleTxt');
    expect((await cli(['check', dir, '--strict'])).code).toBe(1);
    const quiet = await cli(['check', dir, '--quiet', '--format', 'json']);
    expect(JSON.parse(quiet.stdout)).toMatchObject({ diagnostics: [], warningCount: 0 });
    expect((await cli(['check', dir, '-q', '--strict'])).code).toBe(1);
  });

  it('exits 2 on usage errors, a folder without app.json and a missing folder', async () => {
    const usage = await cli(['check', tempProject('valid'), '--format', 'xml']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--format must be one of pretty, json, github, sarif, gitlab, not "xml"');
    const empty = tempProject();
    writeFiles(empty, { 'README.md': 'not a mini program' });
    const noApp = await cli(['check', empty]);
    expect(noApp.code).toBe(2);
    expect(noApp.stdout).toContain('app-json-missing');
    expect((await cli(['check', path.join(empty, 'missing')])).code).toBe(2);
  });

  it('writes nothing into the project', async () => {
    const dir = tempProject('broken');
    const before = snapshot(dir);
    await cli(['check', dir]);
    await cli(['check', dir, '--format', 'json']);
    await cli(['validate', path.join(dir, 'app.json')]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('--version and --help', async () => {
    expect((await cli(['--version'])).stdout.trim()).toBe(PACKAGE_VERSION);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/check \[dir\][\s\S]*validate <file…>/);
    expect((await cli(['check', '--help'], { env: { LANG: 'zh_CN.UTF-8' } })).stdout).toContain('用法：miniprogram-schema check');
  });
});

describe('miniprogram-schema validate', SLOW, () => {
  it('tells the kind from the file name, or from "component": true, or from --kind', async () => {
    const dir = tempProject('broken');
    const app = await cli(['validate', 'app.json', 'theme.json', '-f', 'json'], { cwd: dir });
    expect(app.code).toBe(1);
    const report = JSON.parse(app.stdout) as { files: string[]; diagnostics: Array<{ code: string; file: string }> };
    expect(report.files).toEqual(['app.json', 'theme.json']);
    expect(report.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['tab-page-not-in-pages', 'theme-variable-missing', 'theme-variable-unpaired']));

    const component = await cli(['validate', 'components/price-tag/price-tag.json', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(component.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(['page-key-in-component']);
    const page = await cli(['validate', 'pages/logs/logs.json', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(page.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(['invalid-type', 'app-key-in-page']);
    const forced = await cli(['validate', 'pages/logs/logs.json', '--kind', 'app', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(forced.stdout).diagnostics.map((d: { code: string }) => d.code)).toContain('missing-key');
  });

  it('exits 0 on valid files, 2 on unreadable ones and on usage errors', async () => {
    const dir = tempProject('valid');
    expect((await cli(['validate', 'miniprogram/app.json', 'miniprogram/sitemap.json', 'project.config.json'], { cwd: dir })).code).toBe(0);
    expect((await cli(['validate', 'nope.json'], { cwd: dir })).code).toBe(2);
    expect((await cli(['validate'], { cwd: dir })).code).toBe(2);
    expect((await cli(['validate', 'project.config.json', '--kind', 'nope'], { cwd: dir })).code).toBe(2);
  });
});
