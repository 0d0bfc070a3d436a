/**
 * `npm run conformance:generate`: builds every field case (scripts/conformance/cases.ts), asks WeChat's
 * checker for its verdict on each (scripts/conformance/wechat-check.cjs, batched, two processes at a
 * time) and writes test/fixtures/conformance/<kind>.jsonl, one judged case a line.
 *
 * Needs miniprogram-ci installed by the official oracle's install.sh (MPCI_DIR, default
 * ~/.cache/miniprogram-ci-oracle) and the oracle folder (ORACLE_DIR, default ../shared/tools/official-oracle).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { allCases, caseText, KINDS, type FieldCase, type JudgedCase, type KindName, type Verdict } from './cases.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURE_DIR = path.join(ROOT, 'test', 'fixtures', 'conformance');
const CHECKER = path.join(ROOT, 'scripts', 'conformance', 'wechat-check.cjs');
const BATCH = 400;
const PARALLEL = 2;

function mpciDir(): string {
  return process.env.MPCI_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'miniprogram-ci-oracle');
}

async function judge(cases: FieldCase[]): Promise<Map<string, Verdict>> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'conformance-batches-'));
  const batches: FieldCase[][] = [];
  for (let i = 0; i < cases.length; i += BATCH) batches.push(cases.slice(i, i + BATCH));
  const verdicts = new Map<string, Verdict>();
  let next = 0;
  const run = promisify(execFile);
  const worker = async (): Promise<void> => {
    while (next < batches.length) {
      const index = next++;
      const input = path.join(work, `in-${index}.json`);
      const output = path.join(work, `out-${index}.json`);
      writeFileSync(input, JSON.stringify(batches[index]!.map((c) => ({ id: c.id, kind: c.kind, text: caseText(c) }))));
      await run(process.execPath, [CHECKER, input, output], { maxBuffer: 1 << 24 });
      for (const [id, verdict] of Object.entries(JSON.parse(readFileSync(output, 'utf8')) as Record<string, Verdict>)) verdicts.set(id, verdict);
      process.stderr.write(`  batch ${index + 1}/${batches.length}\n`);
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return verdicts;
}

export function fixturePath(kind: KindName): string {
  return path.join(FIXTURE_DIR, `${kind}.jsonl`);
}

async function main(): Promise<void> {
  if (!existsSync(path.join(mpciDir(), 'node_modules', 'miniprogram-ci'))) {
    console.error(`miniprogram-ci is not installed in ${mpciDir()}: run the official oracle's install.sh (or set MPCI_DIR).`);
    process.exit(2);
  }
  const cases = allCases();
  console.error(`${cases.length} cases; asking WeChat's checker…`);
  const verdicts = await judge(cases);
  mkdirSync(FIXTURE_DIR, { recursive: true });
  for (const kind of Object.keys(KINDS) as KindName[]) {
    const lines = cases.filter((c) => c.kind === kind).map((c): JudgedCase => ({ ...c, ...verdicts.get(c.id)! }));
    writeFileSync(fixturePath(kind), lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    const errors = lines.filter((line) => line.wechat === 'error').length;
    console.error(`${kind}: ${lines.length} cases, ${errors} rejected by WeChat`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
