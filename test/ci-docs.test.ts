/** docs/ci.md: every command its CI examples run works as the text says, on a valid and a broken project. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../src/cli/command.js';
import { run } from '../src/cli/run.js';
import { removeTempProjects, tempProject } from '../src/project/test-support.js';

afterAll(removeTempProjects);

const DOC = readFileSync(new URL('../docs/ci.md', import.meta.url), 'utf8');
const ENGLISH = DOC.slice(DOC.indexOf('## English'), DOC.indexOf('## 简体中文'));
/** `npx miniprogram-schema <args>` as written in the examples, without the shell's redirection. */
const COMMANDS = [...new Set([...ENGLISH.matchAll(/npx miniprogram-schema ([^'\n>|`]+)/g)].map((m) => m[1]!.trim()))];

async function runCommand(args: string, cwd: string, extra: string[] = []) {
  const out: string[] = [];
  const io: CliIo = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: () => true }, env: {}, cwd, locale: 'en' };
  const code = await run([...args.split(/\s+/), ...extra], io);
  return { code, out: out.join('') };
}

describe('docs/ci.md', () => {
  it('shows the GitHub, SARIF, GitLab and lint-staged commands', () => {
    expect(COMMANDS).toEqual([
      'check . --format github --max-warnings 0',
      'check . --format sarif',
      'check . --format gitlab',
      'check .',
      'validate',
    ]);
    expect(ENGLISH).toContain('github/codeql-action/upload-sarif@v3');
    expect(ENGLISH).toContain('codequality: gl-code-quality-report.json');
  });

  it.each(COMMANDS.filter((c) => c.startsWith('check')))('%s passes a valid project and fails a broken one', async (command) => {
    expect((await runCommand(command, tempProject('valid'))).code).toBe(0);
    const broken = await runCommand(command, tempProject('broken'));
    expect(broken.code).toBe(1);
    if (command.includes('github')) expect(broken.out).toMatch(/^::error file=app\.json,line=\d+,col=\d+,title=[\w-]+::/m);
    if (command.includes('sarif')) expect(JSON.parse(broken.out)).toMatchObject({ version: '2.1.0', runs: [{ results: expect.any(Array) }] });
    if (command.includes('gitlab')) expect(JSON.parse(broken.out)[0]).toMatchObject({ check_name: expect.any(String), location: { path: expect.any(String) } });
  });

  it('the lint-staged config runs the project check, whatever files are staged', async () => {
    const source = /```js\n([\s\S]*?)```/.exec(ENGLISH)![1]!;
    const dir = tempProject('broken');
    const file = path.join(dir, 'lint-staged.config.mjs');
    writeFileSync(file, source);
    const config = (await import(pathToFileURL(file).href)).default as Record<string, (files: string[]) => string>;
    const [pattern, task] = Object.entries(config)[0]!;
    expect(pattern).toContain('miniprogram/**/*.json');
    const command = task([path.join(dir, 'app.json')]).replace(/^npx miniprogram-schema /, '');
    expect(COMMANDS).toContain(command);
    expect((await runCommand(command, dir)).code).toBe(1);
  });

  it('the single-file variant validates the staged files', async () => {
    const dir = tempProject('broken');
    expect((await runCommand('validate', dir, ['app.json', 'pages/index/index.json'])).code).toBe(1);
    expect((await runCommand('validate', tempProject('valid'), ['miniprogram/app.json', 'miniprogram/pages/index/index.json'])).code).toBe(0);
  });
});
