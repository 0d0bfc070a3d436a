import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from './check-project.js';
import { joinInside } from '../primitives/paths.js';
import { MAX_CONFIG_BYTES, readRegularFile } from './project-fs.js';
import { EXAMPLES, minimalApp, pageFiles, removeTempProjects, tempProject, writeFiles } from './test-support.js';
import type { ProjectReport } from './types.js';

const PNG = readFileSync(path.join(EXAMPLES, 'valid/miniprogram/images/tab-home.png'));

/** The definition joinInside keeps: Node's POSIX join and normalize, kept inside the root. */
function byNodePath(...parts: string[]): string | undefined {
  const clean = path.posix.normalize(path.posix.join(...parts.map((p) => p.replace(/\\/g, '/')))).replace(/^\/+/, '');
  if (clean === '..' || clean.startsWith('../')) return undefined;
  return clean === '.' ? '' : clean;
}

const segment = fc.constantFrom('', '.', '..', '/', '//', '\\', 'a', 'b.json', 'pages', 'x/', '/y', './', '../', 'a\\b', '.hidden');
const part = fc.array(segment, { maxLength: 5 }).map((s) => s.join(''));

describe('joinInside', () => {
  it('agrees with path.posix join + normalize on any parts', () => {
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => {
      expect(joinInside(...parts)).toBe(byNodePath(...parts));
    }), { numRuns: 5000 });
  });

  it('returns clean paths as they are and refuses to leave the root', () => {
    expect(joinInside('pages/index', 'index.json')).toBe('pages/index/index.json');
    expect(joinInside('/components/card/card')).toBe('components/card/card');
    expect(joinInside('pages', '../../secret')).toBeUndefined();
    expect(joinInside('')).toBe('');
  });
});

describe('reading a hostile project', () => {
  afterAll(removeTempProjects);

  const codesAt = (report: ProjectReport) => report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);

  it('reads nothing whose real path leaves the project: configs and tab icons, through a symlink or a linked folder', async () => {
    const outside = tempProject();
    writeFiles(outside, { 'secret.json': { pages: ['pages/index/index'], token: 'hunter2' }, 'icon.png': PNG, 'dir/index.json': { token: 'hunter2' } });
    const dir = tempProject();
    writeFiles(dir, minimalApp({ pages: ['pages/index/index', 'linked/index'], tabBar: { list: [
      { pagePath: 'pages/index/index', text: 'a', iconPath: 'images/out.png' },
      { pagePath: 'linked/index', text: 'b' },
    ] } }));
    writeFiles(dir, { 'linked-src/index.js': 'Page({})', 'linked-src/index.wxml': '<view/>' });
    rmSync(path.join(dir, 'pages/index/index.json'));
    symlinkSync(path.join(outside, 'secret.json'), path.join(dir, 'pages/index/index.json'));
    mkdirSync(path.join(dir, 'images'));
    symlinkSync(path.join(outside, 'icon.png'), path.join(dir, 'images/out.png'));
    symlinkSync(path.join(outside, 'dir'), path.join(dir, 'linked'));
    const report = await checkProject(dir);
    expect(codesAt(report)).toEqual(expect.arrayContaining([
      'pages/index/index.json:1:1 file-outside-project',
      'linked/index.json:1:1 file-outside-project',
    ]));
    const icon = report.diagnostics.find((d) => d.code === 'file-outside-project' && d.file === 'app.json');
    expect(icon).toMatchObject({ path: ['tabBar', 'list', 0, 'iconPath'], severity: 'error' });
    expect(icon?.message).toContain('"images/out.png"');
    expect(JSON.stringify(report)).not.toContain('hunter2');
  });

  it('keeps following symlinks that stay inside, also when the project root itself is reached through one', async () => {
    const dir = tempProject();
    writeFiles(dir, { ...minimalApp(), 'shared/page.json': { navigationBarTitleText: 'x' } });
    rmSync(path.join(dir, 'pages/index/index.json'));
    symlinkSync('../../shared/page.json', path.join(dir, 'pages/index/index.json'));
    const alias = path.join(tempProject(), 'alias');
    symlinkSync(dir, alias);
    for (const root of [dir, alias]) expect(codesAt(await checkProject(root))).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('reports a FIFO instead of blocking on it, and a file over the size limit instead of reading it', async () => {
    const dir = tempProject();
    writeFiles(dir, minimalApp({ pages: ['pages/index/index', 'pages/big/big'] }));
    writeFiles(dir, pageFiles('pages/big/big'));
    rmSync(path.join(dir, 'pages/index/index.json'));
    execFileSync('mkfifo', [path.join(dir, 'pages/index/index.json')]);
    const fd = openSync(path.join(dir, 'pages/big/big.json'), 'w');
    ftruncateSync(fd, MAX_CONFIG_BYTES + 1);
    closeSync(fd);
    const report = await checkProject(dir, { locale: 'zh-CN' });
    expect(codesAt(report)).toEqual(['pages/big/big.json:1:1 file-too-large', 'pages/index/index.json:1:1 file-not-regular']);
    expect(report.diagnostics[0]!.message).toContain('16.0 MiB');
  });

  it('reads no more than the limit from a regular file', () => {
    const dir = tempProject();
    writeFiles(dir, { 'a.json': '12345' });
    expect(readRegularFile(path.join(dir, 'a.json'), 5)).toMatchObject({ size: 5 });
    expect(readRegularFile(path.join(dir, 'a.json'), 4)).toEqual({ error: 'too-large', size: 5 });
    expect(readRegularFile(dir, 4)).toEqual({ error: 'EISDIR' });
  });
});

describe('checkProject options', () => {
  it('accepts null options and keeps every diagnostic when onProgress throws', async () => {
    const dir = tempProject('broken');
    const expected = await checkProject(dir);
    expect(expected.diagnostics.length).toBeGreaterThan(5);
    await expect(checkProject(dir, null)).resolves.toEqual(expected);
    let calls = 0;
    const report = await checkProject(dir, { onProgress: () => { calls++; throw new Error('progress bar broke'); } });
    expect(report).toEqual(expected);
    expect(calls).toBe(1);
    expect(await checkProject(dir, { onProgress: 'not a function' as never })).toEqual(expected);
  });
});
