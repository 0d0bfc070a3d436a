/** The dispatcher, options, colour and progress, in-process with fake streams. */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliCommand } from './command.js';
import { colorEnabled } from './color.js';
import { progressLine, PROGRESS_MIN_FILES } from './progress.js';
import { renderGithub } from './format-github.js';
import { run } from './run.js';
import { fakeIo } from './test-support.js';
import { removeTempProjects, tempProject } from '../project/test-support.js';

afterAll(removeTempProjects);

describe('run', () => {
  it.each([
    [['check', '.', '--bogus'], 'Unknown option'],
    [['check', '.', '--format', 'xml'], '--format must be one of pretty, json, github'],
    [['check', '.', '--locale', 'fr'], '--locale must be one of zh-CN, en'],
    [['check', 'a', 'b'], 'one folder only'],
    [['validate'], 'at least one file'],
    [['validate', 'x.json', '--kind', 'nope'], '--kind must be one of app, page'],
    [['lint'], 'Unknown command "lint"'],
    [[], 'Name a command'],
  ])('exits 2 with a message on stderr for %j', async (argv, expected) => {
    const { io, err } = fakeIo();
    expect(await run(argv, io)).toBe(2);
    expect(err()).toContain(expected);
  });

  it('writes usage errors in Chinese under a Chinese locale', async () => {
    const { io, err } = fakeIo({ locale: 'zh-CN' });
    expect(await run(['check', '--format', 'xml'], io)).toBe(2);
    expect(err()).toContain('只能是');
  });

  it('dispatches to any command of the table and lists it in --help', async () => {
    const hello: CliCommand = {
      name: 'hello', args: '<who>', summary: { 'zh-CN': '打招呼', en: 'Say hello' }, help: { 'zh-CN': '', en: '' },
      run: async (argv, io) => (io.stdout.write(`hello ${argv[0]}\n`), 0),
    };
    const { io, out } = fakeIo();
    expect(await run(['hello', 'world'], io, [hello])).toBe(0);
    expect(await run(['--help'], io, [hello])).toBe(0);
    expect(out()).toContain('hello world');
    expect(out()).toMatch(/hello <who> +Say hello/);
  });

  it('checks the folder of a file given to check', async () => {
    const dir = tempProject('valid');
    const { io, out } = fakeIo();
    expect(await run(['check', path.join(dir, 'miniprogram', 'app.json'), '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(out())).toMatchObject({ root: path.join(dir, 'miniprogram'), errorCount: 0 });
  });

  it('prints help in the locale --locale names', async () => {
    const { io, out } = fakeIo();
    await run(['--help', '--locale', 'zh-CN'], io);
    expect(out()).toContain('用法：miniprogram-schema <命令>');
  });

  it('shows progress on a TTY stderr for a big project only, and clears it', async () => {
    const dir = tempProject('valid');
    const writes: string[] = [];
    const { io } = fakeIo({ stderr: { write: (s: string) => writes.push(s), isTTY: true } });
    expect(await run(['check', dir], io)).toBe(0);
    expect(writes).toEqual([]); // 14 files: too few for a counter
    let clock = 0;
    const progress = progressLine({ write: (s: string) => writes.push(s), isTTY: true }, 'en', () => (clock += 100));
    progress.update({ checked: 1, total: PROGRESS_MIN_FILES, file: 'pages/a/a.json' });
    progress.finish();
    expect(writes.join('')).toContain(`checking 1/${PROGRESS_MIN_FILES} pages/a/a.json`);
    expect(writes.at(-1)).toBe('\r\u001b[K');
  });

  it('escapes the file name in the progress line', () => {
    const writes: string[] = [];
    let clock = 0;
    const progress = progressLine({ write: (s: string) => writes.push(s), isTTY: true }, 'en', () => (clock += 100));
    progress.update({ checked: 1, total: PROGRESS_MIN_FILES, file: 'pages/\u001b[2J\n/a.json' });
    expect(writes.join('').replace('\r\u001b[K', '')).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('colorEnabled', () => {
  it('follows FORCE_COLOR, then NO_COLOR, then whether the stream is a TTY', () => {
    const tty = { write: () => true, isTTY: true };
    const pipe = { write: () => true };
    expect(colorEnabled(tty, {})).toBe(true);
    expect(colorEnabled(pipe, {})).toBe(false);
    expect(colorEnabled(tty, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled(tty, { TERM: 'dumb' })).toBe(false);
  });
});

describe('renderGithub', () => {
  it('escapes what workflow commands reserve', () => {
    const report = {
      root: '/p', files: ['a,b:c.json'], errorCount: 1, warningCount: 0,
      diagnostics: [{ severity: 'error' as const, code: 'x', message: '100% bad\nnext line', path: [], file: 'a,b:c.json', line: 2, column: 3 }],
    };
    expect(renderGithub(report, { locale: 'en', cwd: '/p' }).split('\n')[0]).toBe('::error file=a%2Cb%3Ac.json,line=2,col=3,title=x::100%25 bad%0Anext line');
  });
});
