// Records WeChat's verdict on each hand-made project of test/fixtures/projects (or the folders named):
// its compile (what preview and upload build) and its file-by-file checks, through the offline oracle
// in ../shared/tools/official-oracle (miniprogram-ci). Writes <fixture>/wechat-verdict.json.
// Usage: node scripts/record-project-verdicts.mjs [fixture-dir…]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const oracle = path.resolve(repo, process.env.ORACLE_DIR ?? '../shared/tools/official-oracle');
const fixtures = path.join(repo, 'test/fixtures/projects');
if (!existsSync(path.join(oracle, 'compile-project.cjs'))) {
  console.error(`WeChat oracle not found in ${oracle} (set ORACLE_DIR).`);
  process.exit(2);
}

const dirs = process.argv.length > 2
  ? process.argv.slice(2).map((dir) => path.resolve(dir))
  : readdirSync(fixtures, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(fixtures, e.name));

for (const dir of dirs) {
  const run = (script) => {
    const out = execFileSync(process.execPath, [path.join(oracle, script), dir], { encoding: 'utf8', maxBuffer: 64 << 20 });
    // Absolute paths would make the record depend on where it was made.
    return JSON.parse(out.split(dir + '/').join('').split(dir).join('.'));
  };
  const compile = run('compile-project.cjs');
  const files = run('check-project-files.cjs');
  const verdict = {
    compile: compile.ok ? { ok: true } : { ok: false, message: compile.msg },
    projectConfig: files.projectConfig,
    app: files.app,
    sitemap: files.sitemap,
    pages: files.pages,
    components: files.components,
    compileJSON: files.compileJSON,
  };
  writeFileSync(path.join(dir, 'wechat-verdict.json'), `${JSON.stringify(verdict, null, 2)}\n`);
  console.log(`${path.basename(dir)}: ${compile.ok ? 'builds' : `fails: ${compile.msg.split('\n')[0]}`}`);
}
