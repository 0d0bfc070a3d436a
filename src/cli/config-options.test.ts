/** Configuration in the CLI: config files, --rule, --ignore, --max-warnings, --verbose; polish of usage errors. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run.js';
import { fakeIo } from './test-support.js';
import { minimalApp, pageFiles, removeTempProjects, tempProject, writeFiles } from '../project/test-support.js';

afterAll(removeTempProjects);

/** A repository (with .git) holding a project with one unknown key (warning) and one missing component (error). */
function repoWithProject(extra: Record<string, string | object> = {}): { repo: string; project: string } {
  const repo = tempProject();
  mkdirSync(path.join(repo, '.git'));
  const project = path.join(repo, 'app');
  writeFiles(project, {
    ...minimalApp({ colour: 'red' }),
    ...pageFiles('pages/index/index', { usingComponents: { x: '/nowhere/x' } }),
  });
  writeFiles(repo, extra);
  return { repo, project };
}

async function checkJson(argv: string[], cwd = process.cwd()) {
  const { io, out, err } = fakeIo({ cwd });
  const code = await run(['check', ...argv, '--format', 'json'], io);
  return { code, report: out() ? JSON.parse(out()) as { diagnostics: Array<{ code: string; severity: string; file: string }>; errorCount: number; warningCount: number } : undefined, err: err() };
}

describe('config file', () => {
  it('is found from the checked folder upward, up to the repository root', async () => {
    const { project } = repoWithProject({ 'miniprogram-schema.config.json': { rules: { 'unknown-key': 'off', 'component-missing': 'warn' } } });
    const { code, report } = await checkJson([project]);
    expect(report!.diagnostics.map((d) => [d.code, d.severity])).toEqual([['component-missing', 'warning']]);
    expect(code).toBe(0);
  });

  it('is read from the "miniprogram-schema" key of package.json', async () => {
    const { project } = repoWithProject({ 'package.json': { name: 'x', 'miniprogram-schema': { rules: { 'unknown-key': 'error' } } } });
    const { report } = await checkJson([project]);
    expect(report!.diagnostics.find((d) => d.code === 'unknown-key')!.severity).toBe('error');
  });

  it('is not looked for above the repository root', async () => {
    const outer = tempProject();
    writeFiles(outer, { 'miniprogram-schema.config.json': { rules: { 'unknown-key': 'off' } } });
    const repo = path.join(outer, 'repo');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    writeFiles(repo, minimalApp({ colour: 'red' }));
    const { report } = await checkJson([repo]);
    expect(report!.diagnostics.map((d) => d.code)).toEqual(['unknown-key']);
  });

  it('sets the locale, which --locale overrides', async () => {
    const { project } = repoWithProject({ 'miniprogram-schema.config.json': { locale: 'zh-CN' } });
    const zh = fakeIo();
    await run(['check', project], zh.io);
    expect(zh.out()).toContain('个错误');
    const en = fakeIo();
    await run(['check', project, '--locale', 'en'], en.io);
    expect(en.out()).toContain('1 error');
  });

  it('leaves out files matching "ignore" (relative to the config file) and --ignore (relative to the working folder)', async () => {
    const { repo, project } = repoWithProject({ 'miniprogram-schema.config.json': { ignore: ['app/pages/**'] } });
    const { report } = await checkJson([project]);
    expect(report!.diagnostics.map((d) => d.code)).toEqual(['unknown-key']);
    const both = await checkJson([project, '--ignore', 'app/app.json'], repo);
    expect(both.report!.diagnostics).toEqual([]);
    expect(both.code).toBe(0);
  });

  it('--config names the file; --rule overrides it', async () => {
    const { repo, project } = repoWithProject({ 'other.json': { rules: { 'unknown-key': 'error' } } });
    const { report } = await checkJson([project, '--config', path.join(repo, 'other.json'), '--rule', 'component-missing=off']);
    expect(report!.diagnostics.map((d) => [d.code, d.severity])).toEqual([['unknown-key', 'error']]);
  });

  it.each([
    [{ rules: { 'unknonw-key': 'off' } }, 'en', ['Unknown diagnostic code "unknonw-key"', 'Did you mean "unknown-key"?']],
    [{ rules: { 'unknonw-key': 'off' } }, 'zh-CN', ['未知的诊断代码 "unknonw-key"', '你是不是想写 "unknown-key"？']],
    [{ rules: { 'unknown-key': 'warning' } }, 'en', ['must be "off", "warn" or "error", not "warning"']],
    [{ rules: [] }, 'en', ['"rules" must be an object']],
    [{ ignore: 'x' }, 'en', ['"ignore" must be an array']],
    [{ locale: 'fr' }, 'en', ['"locale" must be zh-CN or en']],
    [{ rule: {} }, 'en', ['Unknown setting "rule"']],
  ])('rejects %j with a clear message and exit 2 (%s)', async (config, locale, expected) => {
    const { project } = repoWithProject({ 'miniprogram-schema.config.json': config });
    const { io, err, out } = fakeIo({ locale: locale as 'en' | 'zh-CN' });
    expect(await run(['check', project], io)).toBe(2);
    for (const text of expected) expect(err()).toContain(text);
    expect(err()).toContain('miniprogram-schema.config.json');
    expect(out()).toBe('');
  });

  it('rejects a config file that is not JSON', async () => {
    const { project } = repoWithProject({ 'miniprogram-schema.config.json': '{ rules: ' });
    const { io, err } = fakeIo();
    expect(await run(['check', project], io)).toBe(2);
    expect(err()).toMatch(/config file .*miniprogram-schema\.config\.json is not valid JSON/);
  });
});

describe('command-line settings', () => {
  it('--rule with an unknown code suggests the closest one', async () => {
    const { project } = repoWithProject();
    const { io, err } = fakeIo();
    expect(await run(['check', project, '--rule', 'componet-missing=off'], io)).toBe(2);
    expect(err()).toContain('Did you mean "component-missing"?');
    expect(await run(['check', project, '--rule', 'component-missing'], io)).toBe(2);
    expect(err()).toContain('--rule takes <code>=<off|warn|error>');
  });

  it('--max-warnings fails the check when there are more warnings than allowed', async () => {
    const { project } = repoWithProject();
    const within = fakeIo();
    expect(await run(['check', project, '--rule', 'component-missing=off', '--max-warnings', '1'], within.io)).toBe(0);
    const over = fakeIo();
    expect(await run(['check', project, '--rule', 'component-missing=off', '--max-warnings', '0'], over.io)).toBe(1);
    expect(over.err()).toContain('1 warnings, more than --max-warnings 0');
    expect(await run(['check', project, '--max-warnings', 'many'], fakeIo().io)).toBe(2);
  });

  it('validate takes the same settings', async () => {
    const { project } = repoWithProject();
    const { io, out } = fakeIo({ cwd: project });
    expect(await run(['validate', 'app.json', '--rule', 'unknown-key=error', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(out()).diagnostics[0]).toMatchObject({ code: 'unknown-key', severity: 'error' });
  });

  it('--verbose lists what a cause explains; without it the cause stands alone', async () => {
    const dir = tempProject();
    writeFiles(dir, {
      ...minimalApp(),
      ...pageFiles('pages/index/index', { usingComponents: { a: 'lib-ui/a/a', b: 'lib-ui/b/b' } }),
      'package.json': { name: 'x', dependencies: { 'lib-ui': '1.0.0' } },
    });
    const plain = fakeIo();
    expect(await run(['check', dir], plain.io)).toBe(1);
    expect(plain.out()).toContain('npm-not-built');
    expect(plain.out()).not.toContain('component-missing');
    const verbose = fakeIo();
    expect(await run(['check', dir, '--verbose'], verbose.io)).toBe(1);
    expect(verbose.out().match(/component-missing/g)).toHaveLength(2 + 1); // two diagnostics and the tally
  });
});

describe('usage errors people can act on', () => {
  it.each([
    ['en', ['check', '.', '--formt', 'json'], 'Unknown option --formt. Did you mean --format?'],
    ['zh-CN', ['check', '.', '--stirct'], '未知选项 --stirct。你是不是想写 --strict？'],
    ['en', ['validate', 'a.json', '--knd', 'page'], 'Did you mean --kind?'],
    ['en', ['check', '.', '--format'], '--format needs a value'],
    ['en', ['check', '.', '--strict=yes'], '--strict does not take a value'],
  ] as const)('%s %j', async (locale, argv, expected) => {
    const { io, err } = fakeIo({ locale });
    expect(await run([...argv], io)).toBe(2);
    expect(err()).toContain(expected);
    expect(err()).not.toContain('positional argument');
  });

  it('check of a folder that does not exist says so in one line, without a code frame', async () => {
    const { io, err, out } = fakeIo();
    expect(await run(['check', 'nope'], io)).toBe(2);
    expect(err()).toBe('miniprogram-schema: No such folder: "nope". Check the path (check takes a mini program project folder; default: the current one).\n');
    expect(out()).toBe('');
  });
});
