/**
 * The CLI as a real process on hostile file systems: unreadable files, symlink loops, a missing
 * app.json, 10k files. Each case must end with a clear message, exit 2 where the check cannot run,
 * no crash (no stack trace), and nothing written to the project.
 */
import { execFile } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'src', 'cli', 'index.ts');
// By file URL: the CLI runs with a temporary folder as its working directory, where `tsx` does not resolve.
const TSX = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const IS_ROOT = process.getuid?.() === 0;
const work = mkdtempSync(path.join(tmpdir(), 'mps-cli-robustness-'));
afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);

interface Run { code: number | null; stdout: string; stderr: string }

function cli(args: string[], cwd = work): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', TSX, CLI, ...args], {
      cwd, env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 20_000, maxBuffer: 16 * 1024 * 1024,
    }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** Every file and folder under a directory with its size and mtime: proof that nothing was written. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isSymbolicLink()) {
        out.push(`${full} -> link`);
        continue;
      }
      let info;
      try {
        info = statSync(full);
      } catch {
        out.push(`${full} ?`);
        continue;
      }
      out.push(`${full} ${info.size} ${info.mtimeMs}`);
      if (entry.isDirectory()) walk(full);
    }
  };
  walk(dir);
  return out.sort();
}

function expectNoCrash(run: Run) {
  expect([0, 1, 2]).toContain(run.code);
  const output = run.stdout + run.stderr;
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // a stack trace
  expect(output).not.toMatch(/Unhandled|Uncaught|TypeError|RangeError|Maximum call stack/);
}

let counter = 0;
function project(files: Record<string, string> = {}): string {
  const dir = path.join(work, `p${counter++}`);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const VALID = {
  'app.json': JSON.stringify({ pages: ['pages/index/index', 'pages/other/index'] }, null, 2),
  'app.js': 'App({})',
  'pages/index/index.json': '{}',
  'pages/index/index.js': 'Page({})',
  'pages/index/index.wxml': '<view/>',
  'pages/other/index.json': '{}',
  'pages/other/index.js': 'Page({})',
  'pages/other/index.wxml': '<view/>',
};

describe('CLI robustness (real process)', () => {
  it('runs cleanly on a valid project (baseline)', async () => {
    const dir = project(VALID);
    const before = snapshot(dir);
    const run = await cli(['check', dir]);
    expectNoCrash(run);
    expect(run.code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('exits 2 with a clear message when app.json is missing', async () => {
    const dir = project({ 'README.md': '# not a mini program' });
    const before = snapshot(dir);
    const run = await cli(['check', dir]);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/app\.json/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('exits 2 when the folder does not exist, and when validate is given a folder or a missing file', async () => {
    const [missing, folder, noFile] = await Promise.all([
      cli(['check', path.join(work, 'no-such-folder')]),
      cli(['validate', work]),
      cli(['validate', path.join(work, 'no-such-file.json')]),
    ]);
    for (const run of [missing, folder, noFile]) {
      expectNoCrash(run);
      expect(run.code).toBe(2);
    }
    expect(missing.stdout + missing.stderr).toMatch(/no-such-folder/);
    expect(noFile.stdout + noFile.stderr).toMatch(/ENOENT|no-such-file/);
  });

  it.skipIf(IS_ROOT)('exits 2 on an unreadable app.json or page json (chmod 000; skipped as root, who can read anything)', async () => {
    const dir = project(VALID);
    chmodSync(path.join(dir, 'app.json'), 0o000);
    const pageDir = project(VALID);
    chmodSync(path.join(pageDir, 'pages/other/index.json'), 0o000);
    try {
      const before = [snapshot(dir), snapshot(pageDir)];
      const [app, page, single] = await Promise.all([
        cli(['check', dir]), cli(['check', pageDir]), cli(['validate', path.join(dir, 'app.json')]),
      ]);
      for (const run of [app, page, single]) {
        expectNoCrash(run);
        expect(run.code).toBe(2);
        expect(run.stdout + run.stderr).toMatch(/EACCES|permission/i);
      }
      expect(page.stdout + page.stderr).toMatch(/pages\/other\/index\.json/);
      expect([snapshot(dir), snapshot(pageDir)]).toEqual(before);
    } finally {
      chmodSync(path.join(dir, 'app.json'), 0o644);
      chmodSync(path.join(pageDir, 'pages/other/index.json'), 0o644);
    }
  });

  it('reports symlink loops instead of hanging or crashing', async () => {
    const dir = project(VALID);
    rmSync(path.join(dir, 'pages/other/index.json'));
    symlinkSync('loop-b.json', path.join(dir, 'pages/other/index.json'));
    symlinkSync('index.json', path.join(dir, 'pages/other/loop-b.json'));
    symlinkSync('.', path.join(dir, 'pages/self')); // a folder that contains itself
    symlinkSync('..', path.join(dir, 'pages/index/up'));
    const loopedApp = project({});
    symlinkSync('app.json', path.join(loopedApp, 'app.json'));
    const before = [snapshot(dir), snapshot(loopedApp)];
    const [page, app, single] = await Promise.all([
      cli(['check', dir]), cli(['check', loopedApp]), cli(['validate', path.join(loopedApp, 'app.json')]),
    ]);
    for (const run of [page, app, single]) {
      expectNoCrash(run);
      expect(run.code).not.toBe(0);
      expect(run.stdout + run.stderr).toMatch(/ELOOP|symbolic link|loop/i);
    }
    expect(page.stdout + page.stderr).toMatch(/pages\/other\/index/);
    expect(app.code).toBe(2);
    expect(single.code).toBe(2);
    expect([snapshot(dir), snapshot(loopedApp)]).toEqual(before);
  });

  it('reports hostile file contents with positions and exit 1 (validate, one process for all)', async () => {
    const dir = project({
      'deep/app.json': `{"pages":["a"],"window":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_001)}`,
      'bytes/app.json': '',
      'conflict/app.json': '{\n<<<<<<< HEAD\n"pages":["a"]\n=======\n"pages":["b"]\n>>>>>>> x\n}',
      'comment/app.json': '\uFEFF{\n  // home\n  "pages": ["a"],\n}',
      'big/app.json': JSON.stringify({ pages: ['a'], extra: 'x'.repeat(10_000_000) }),
    });
    writeFileSync(path.join(dir, 'bytes/app.json'), Buffer.concat([Buffer.from('{"pages":["a\xff'), Buffer.from([0xff]), Buffer.from('"],}')]));
    const before = snapshot(dir);
    const files = ['deep', 'bytes', 'conflict', 'comment', 'big'].map((name) => path.join(dir, name, 'app.json'));
    const run = await cli(['validate', ...files, '--format', 'json']);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    const codes = run.stdout.match(/"code": "[a-z0-9-]+"/g)?.join(' ') ?? '';
    for (const code of ['json-too-deep', 'json-invalid-utf8', 'json-merge-conflict', 'json-comment', 'json-trailing-comma', 'unknown-key']) {
      expect(codes).toContain(code);
    }
    expect(run.stdout).toMatch(/"line": \d+/);
    expect(snapshot(dir)).toEqual(before);
  });

  describe('a folder with 10k files', () => {
    let dir = '';
    beforeAll(() => {
      dir = project({});
      mkdirSync(path.join(dir, 'assets'));
      for (let i = 0; i < 10_000; i++) writeFileSync(path.join(dir, 'assets', `f${i}.json`), i % 2 ? '{}' : 'not json');
    }, 60_000);

    it('exits 2 without app.json', async () => {
      const run = await cli(['check', dir]);
      expectNoCrash(run);
      expect(run.code).toBe(2);
      expect(run.stdout + run.stderr).toMatch(/app\.json/);
    });

    it('checks only what app.json names once it is there, and writes nothing', async () => {
      for (const [file, text] of Object.entries(VALID)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      }
      const before = snapshot(dir);
      const started = performance.now();
      const run = await cli(['check', dir]);
      expectNoCrash(run);
      expect(run.code).toBe(0);
      expect(performance.now() - started).toBeLessThan(8_000);
      expect(snapshot(dir)).toEqual(before);
    });
  });

  // Each case starts several CLI processes: allow for a busy machine.
  describe('a hostile project in CI', { timeout: 90_000 }, () => {
    const SECRET = 'CI_TOKEN=ghp_s3cr3t_do_not_print';
    const FORMATS = [[], ['--format', 'json'], ['--format', 'github']];
    const all = (runs: Run[]) => runs.map((r) => r.stdout + r.stderr).join('\n');

    it('does not read configs whose real path leaves the project (symlinks), and says why', async () => {
      const outside = project({ 'secret.json': `{\n"pages": ["a"],\n"x": "${SECRET}"\n}\n`, 'env': `${SECRET}\n` });
      const appLink = project({ 'app.js': 'App({})' });
      symlinkSync(path.join(outside, 'secret.json'), path.join(appLink, 'app.json'));
      const pageLink = project(VALID);
      rmSync(path.join(pageLink, 'pages/other/index.json'));
      symlinkSync(path.relative(path.join(pageLink, 'pages/other'), path.join(outside, 'env')), path.join(pageLink, 'pages/other/index.json'));
      const procLink = project({ 'app.js': 'App({})' });
      symlinkSync('/proc/self/environ', path.join(procLink, 'app.json'));
      const runs = await Promise.all([
        ...FORMATS.map((format) => cli(['check', appLink, ...format])), cli(['check', pageLink]), cli(['check', procLink]), cli(['check', procLink, '--format', 'json']),
      ]);
      for (const run of runs) {
        expectNoCrash(run);
        expect(run.code).toBe(2);
        expect(run.stdout).toContain('file-outside-project');
      }
      expect(all(runs)).not.toContain('s3cr3t');
      expect(all(runs)).not.toMatch(/PATH=|HOME=/);
      expect(runs[3]!.stdout).toMatch(/pages\/other\/index\.json/);
    });

    it('follows symlinks that stay inside the project', async () => {
      const dir = project({ ...VALID, 'shared/app.json': VALID['app.json'] });
      rmSync(path.join(dir, 'app.json'));
      symlinkSync('shared/app.json', path.join(dir, 'app.json'));
      rmSync(path.join(dir, 'pages/other/index.json'));
      symlinkSync('../index/index.json', path.join(dir, 'pages/other/index.json'));
      const run = await cli(['check', dir]);
      expectNoCrash(run);
      expect(run.code).toBe(0);
    });

    it.skipIf(process.platform === 'win32')('does not hang on a FIFO named app.json or page json', async () => {
      const app = project({ 'app.js': 'App({})' });
      execFileSync('mkfifo', [path.join(app, 'app.json')]);
      const page = project(VALID);
      rmSync(path.join(page, 'pages/other/index.json'));
      execFileSync('mkfifo', [path.join(page, 'pages/other/index.json')]);
      const runs = await Promise.all([
        cli(['check', app]), cli(['check', app, '--format', 'github']), cli(['check', page]), cli(['validate', path.join(app, 'app.json')]),
      ]);
      for (const run of runs) {
        expectNoCrash(run);
        expect(run.code).toBe(2);
        expect(run.stdout).toContain('file-not-regular');
      }
    });

    it('refuses config files over the size limit (50 MB and 400 MB of NULs) with bounded output', async () => {
      const dir = project({ 'app.js': 'App({})' });
      const big = project({ 'app.js': 'App({})' });
      for (const [folder, size] of [[dir, 50e6], [big, 400e6]] as const) {
        const fd = openSync(path.join(folder, 'app.json'), 'w');
        ftruncateSync(fd, size); // sparse: NUL bytes that cost no disk
        closeSync(fd);
      }
      const runs = await Promise.all([
        ...FORMATS.map((format) => cli(['check', dir, ...format])), cli(['check', big]), cli(['validate', path.join(big, 'app.json')]),
      ]);
      for (const run of runs) {
        expectNoCrash(run);
        expect(run.code).toBe(2);
        expect(run.stdout).toContain('file-too-large');
        expect(run.stdout.length + run.stderr.length).toBeLessThan(10_000);
      }
    });

    it('shows a bounded slice of long lines in code frames (binary junk, minified files)', async () => {
      const junk = '\u0000\u001b[2J'.repeat(300_000);
      const dir = project({ 'app.js': 'App({})', 'app.json': `{"pages":["a"],"x":"${'y'.repeat(100_000)}", "window": 1, "z": "${junk}"}` });
      const [pretty, json] = await Promise.all([cli(['check', dir]), cli(['check', dir, '--format', 'json'])]);
      for (const run of [pretty, json]) {
        expectNoCrash(run);
        expect(run.stdout.length).toBeLessThan(50_000);
      }
      expect(pretty.stdout).toMatch(/> 1 \| …y+", "window": 1, "z": "(\\u0000\\u001B\[2J)+[^\n]*…\n/);
      expect(Math.max(...pretty.stdout.split('\n').map((line) => line.length))).toBeLessThan(1_500);
      expect(pretty.stdout).not.toContain('\u001b');
    });

    it('escapes control characters and bidi overrides from paths and values in every format', async () => {
      const evil = ['pages/\u001b[31mred\u0007/index', 'pages/x\n::error file=app.json,line=1::fake annotation\r/index', 'pages/\u202etxt.exe\u2028/index', 'pages/\u009b31mc1/index'];
      const dir = project({ ...VALID, 'app.json': JSON.stringify({ pages: ['pages/index/index', ...evil] }) });
      mkdirSync(path.join(dir, 'pages/\u001b[31mred\u0007'), { recursive: true });
      writeFileSync(path.join(dir, 'pages/\u001b[31mred\u0007/index.json'), '{"navigationBarTitleText": 1}');
      const before = snapshot(dir);
      const [pretty, json, github] = (await Promise.all(FORMATS.map((format) => cli(['check', dir, ...format])))) as [Run, Run, Run];
      for (const run of [pretty, json, github]) {
        expectNoCrash(run);
        expect(run.code).toBe(1);
        expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
        expect(run.stdout).toMatch(/\\u001B\[31mred\\u0007/i);
      }
      expect(pretty.stdout).not.toMatch(/^::/m);
      expect(github.stdout.split('\n').filter((line) => line.startsWith('::')).every((line) => /^::(error|warning) file=/.test(line))).toBe(true);
      expect(github.stdout).not.toMatch(/^::error file=app\.json,line=1::fake/m);
      expect(JSON.parse(json.stdout).diagnostics.length).toBeGreaterThan(0);
      expect(snapshot(dir)).toEqual(before);
    });
  });
});

