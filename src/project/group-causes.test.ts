import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from './check-project.js';
import { componentFiles, minimalApp, pageFiles, removeTempProjects, tempProject, writeFiles } from './test-support.js';

afterAll(removeTempProjects);


/** A project whose pages use `count` components of an npm package that is not built. */
function unbuiltNpmProject(count: number, extra: Record<string, unknown> = {}): string {
  const dir = tempProject();
  const using = Object.fromEntries(Array.from({ length: count }, (_, i) => [`t-c${i}`, `tdesign-miniprogram/c${i}/c${i}`]));
  writeFiles(dir, {
    ...minimalApp(),
    ...pageFiles('pages/index/index', { usingComponents: using }),
    'package.json': { name: 'app', dependencies: { dayjs: '1.0.0', 'tdesign-miniprogram': '1.9.5' } },
    ...extra,
  });
  return dir;
}

describe('one cause, one diagnostic', () => {
  it('reports npm packages that are not built once, at package.json, with the fix and the count', async () => {
    const report = await checkProject(unbuiltNpmProject(5));
    expect(report.diagnostics.map((d) => d.code)).toEqual(['npm-not-built']);
    const [cause] = report.diagnostics;
    expect(cause).toMatchObject({ severity: 'error', file: 'package.json', path: ['dependencies', 'tdesign-miniprogram'], line: 5, column: 5 });
    expect(cause!.message).toContain('5 component references');
    expect(cause!.message).toContain('Build npm');
    expect(cause!.message).toContain('packNpm');
    expect(report.errorCount).toBe(1);
    expect(report.explained).toHaveLength(5);
    expect(report.explained![0]).toMatchObject({ code: 'component-missing', severity: 'error', explainedBy: { code: 'npm-not-built', target: 'tdesign-miniprogram' } });
  });

  it('says it in Chinese too', async () => {
    const report = await checkProject(unbuiltNpmProject(2), { locale: 'zh-CN' });
    expect(report.diagnostics[0]!.message).toContain('构建 npm');
  });

  it('leaves a component of a built package, and a package that is not a dependency, to component-missing', async () => {
    const built = unbuiltNpmProject(2, { 'miniprogram_npm/tdesign-miniprogram/other/other.json': { component: true } });
    expect((await checkProject(built)).diagnostics.map((d) => d.code)).toEqual(['component-missing', 'component-missing']);
    const dir = tempProject();
    writeFiles(dir, { ...minimalApp(), ...pageFiles('pages/index/index', { usingComponents: { x: 'not-a-dependency/x' } }) });
    const report = await checkProject(dir);
    expect(report.diagnostics.map((d) => d.code)).toEqual(['component-missing']);
    expect(report.explained).toBeUndefined();
  });

  it('reports a components folder that does not exist once for all its references', async () => {
    const dir = tempProject();
    writeFiles(dir, {
      ...minimalApp(),
      ...pageFiles('pages/index/index', { usingComponents: { a: '/components/a/a', b: '../../components/b/b' } }),
      ...pageFiles('pages/other/other', { usingComponents: { c: '/components/c/index' } }),
      ...componentFiles('widgets/ok/ok'),
    });
    writeFiles(dir, { 'app.json': { pages: ['pages/index/index', 'pages/other/other'] } });
    const report = await checkProject(dir);
    expect(report.diagnostics.map((d) => d.code)).toEqual(['folder-missing']);
    expect(report.diagnostics[0]!.message).toContain('"components"');
    expect(report.diagnostics[0]!.message).toContain('3 component references');
    expect(report.explained).toHaveLength(3);
  });

  it('keeps a single wrong path as it is', async () => {
    const dir = tempProject();
    writeFiles(dir, { ...minimalApp(), ...pageFiles('pages/index/index', { usingComponents: { a: '/components/a/a' } }) });
    expect((await checkProject(dir)).diagnostics.map((d) => d.code)).toEqual(['component-missing']);
  });

  it('leaves a subpackage root that does not exist to subpackage-root-missing, reported once by the project check', async () => {
    const dir = tempProject();
    writeFiles(dir, minimalApp({ subpackages: [{ root: 'pkgA', pages: ['a/a', 'b/b', 'c/c'] }] }));
    const report = await checkProject(dir);
    expect(report.diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual([['subpackage-root-missing', 'subpackages.0.root']]);
    expect(existsSync(dir)).toBe(true);
  });
});

const REAL_PROJECTS = new URL('../../../shared/real-projects/projects.tgz', import.meta.url);

describe.skipIf(!existsSync(REAL_PROJECTS))('a real project whose npm packages are not built (../shared/real-projects)', () => {
  it('tdesign-retail: one npm-not-built error explains its 200-odd component references', async () => {
    const dir = tempProject();
    execFileSync('tar', ['xzf', fileURLToPath(REAL_PROJECTS), '-C', dir, './tdesign-retail']);
    const report = await checkProject(path.join(dir, 'tdesign-retail'));
    expect(report.diagnostics.map((d) => d.code)).toEqual(['npm-not-built']);
    expect(report.explained!.length).toBeGreaterThanOrEqual(202);
    expect(report.diagnostics[0]!.message).toContain(`${report.explained!.length} component references`);
  });
});

describe('component-missing names the best candidate', () => {
  function project(): string {
    const dir = tempProject();
    writeFiles(dir, {
      ...minimalApp(),
      ...pageFiles('pages/index/index', { usingComponents: { up: '../../widgets/card/card', npm: 'lib-ui/button/button', rel: './parts/row' } }),
      ...componentFiles('widgets/other/other'),
      'miniprogram_npm/lib-ui/other/other.json': { component: true },
      'package.json': { name: 'x', dependencies: { 'lib-ui': '1.0.0' } },
    });
    return dir;
  }

  it('names where the reference most likely meant and how many other places were tried', async () => {
    const messages = Object.fromEntries((await checkProject(project())).diagnostics.map((d) => [d.path[1], d.message]));
    expect(messages.up).toContain('Looked for: "widgets/card/card.json" and 1 other place (--verbose lists them)');
    expect(messages.npm).toContain('Looked for: "miniprogram_npm/lib-ui/button/button.json" and');
    expect(messages.rel).toContain('Looked for: "pages/index/parts/row.json" and 1 other place (--verbose lists them)');
    for (const message of Object.values(messages)) expect(String(message).match(/\.json"/g)).toHaveLength(1);
  });

  it('lists every path tried with verbose', async () => {
    const report = await checkProject(project(), { verbose: true });
    const npm = report.diagnostics.find((d) => d.path[1] === 'npm')!;
    expect(npm.message.match(/\.json"/g)!.length).toBeGreaterThan(3);
    expect(npm.message).not.toContain('--verbose');
  });
});

describe('a path written through miniprogram_npm', () => {
  it('counts towards the unbuilt package', async () => {
    const dir = unbuiltNpmProject(1);
    writeFiles(dir, pageFiles('pages/index/index', { usingComponents: { a: 'tdesign-miniprogram/a/a', b: '../../miniprogram_npm/tdesign-miniprogram/b/b' } }));
    const report = await checkProject(dir);
    expect(report.diagnostics.map((d) => d.code)).toEqual(['npm-not-built']);
    expect(report.explained).toHaveLength(2);
  });
});
