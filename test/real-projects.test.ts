/**
 * The 17 real projects of ../shared/real-projects (complete open-source mini programs as skeletons,
 * with WeChat's compile verdict in VERDICTS.tsv and its file-by-file verdicts in FILES.tsv, from
 * miniprogram-ci 2.1.42). Skipped, visibly, when ../shared is absent (SHARED_DIR overrides the place).
 *
 * WeChat's file checks also look at component jsons that nothing reaches from app.json (FILES.tsv
 * `reachable: no`); its compile does not load them, and neither does `check`, which follows only what
 * app.json reaches. Those rows are therefore not expected among our errors; they are covered by "no
 * error in a project WeChat builds" (miniprogram-demo-built builds with such files).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../src/project/index.js';
import type { ProjectReport } from '../src/project/types.js';

const SHARED = process.env.SHARED_DIR ?? fileURLToPath(new URL('../../shared', import.meta.url));
const REAL = path.join(SHARED, 'real-projects');
const available = existsSync(path.join(REAL, 'projects.tgz'));

function tsv(file: string): string[][] {
  return readFileSync(path.join(REAL, file), 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));
}

const verdicts = available ? tsv('VERDICTS.tsv').map(([project, , verdict]) => ({ project: project!, builds: verdict === 'ok' })) : [];
const fileRows = available ? tsv('FILES.tsv').map(([project, file, wechat, reachable]) => ({ project, file, wechat, reachable: reachable === 'yes' })) : [];

describe.skipIf(!available)('real projects: the same verdict as WeChat (../shared/real-projects)', () => {
  let dir = '';
  const reports = new Map<string, ProjectReport>();

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'mp-real-'));
    execFileSync('tar', ['xzf', path.join(REAL, 'projects.tgz'), '-C', dir]);
    for (const { project } of verdicts) reports.set(project, await checkProject(path.join(dir, project)));
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // An error reported once at its cause (npm-not-built, folder-missing) keeps the per-file detail in
  // `explained` (--format json, --verbose): those files are among our error files too.
  const errorFiles = (project: string) => {
    const report = reports.get(project)!;
    return new Set([...report.diagnostics, ...(report.explained ?? [])].filter((d) => d.severity === 'error').map((d) => d.file));
  };
  const warningFiles = (project: string) => new Set(reports.get(project)!.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.file));

  it('holds 17 projects', () => {
    expect(verdicts).toHaveLength(17);
  });

  describe.each(verdicts)('$project', ({ project, builds }) => {
    it(builds ? 'builds in WeChat: no error' : 'fails in WeChat: errors', () => {
      const errors = reports.get(project)!.diagnostics.filter((d) => d.severity === 'error');
      if (builds) expect(errors.map((d) => `${d.file} ${d.code}: ${d.message}`)).toEqual([]);
      else expect(errors.length).toBeGreaterThan(0);
    });

    it('every reachable file WeChat rejects is among our error files', () => {
      const rejected = fileRows.filter((row) => row.project === project && row.wechat === 'error' && row.reachable).map((row) => row.file);
      const ours = errorFiles(project);
      expect(rejected.filter((file) => !ours.has(file!))).toEqual([]);
    });

    it('every file WeChat warns about is among our warning files', () => {
      const warned = fileRows.filter((row) => row.project === project && row.wechat === 'warning').map((row) => row.file);
      const ours = warningFiles(project);
      expect(warned.filter((file) => !ours.has(file!))).toEqual([]);
    });
  });
});
