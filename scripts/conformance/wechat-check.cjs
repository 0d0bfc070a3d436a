// WeChat's own verdict (miniprogram-ci, offline) on many single-file cases in one process.
// Usage: node wechat-check.cjs IN.json OUT.json   IN: [{ id, kind, text }]   OUT: { id: { wechat, message, wechatWarnings } }
// kind: app | page | component | sitemap | theme | project.config. Each case gets a scratch project in which
// every file the checked file names exists as a stub (the oracle's stubproject.cjs for app.json), so that
// only the file itself is judged. Needs MPCI_DIR (default ~/.cache/miniprogram-ci-oracle) and ORACLE_DIR
// (the official-oracle folder; default: the nearest shared/tools/official-oracle beside the repository or a parent).
const fs = require('fs'), path = require('path'), os = require('os');
const mpci = process.env.MPCI_DIR || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'miniprogram-ci-oracle');
const oracleDir = process.env.ORACLE_DIR || findOracle(__dirname);
const req = (m) => require(path.join(mpci, 'node_modules', m));
const quiet = () => {};
const log = console.log; console.log = quiet; console.warn = quiet; console.info = quiet;
const ci = req('miniprogram-ci');
const base = 'miniprogram-ci/dist/modules/corecompiler/original/json';
const { tryToGetReactiveProject, tryToGetReactiveJSONCompiler, cleanReactiveCache } = req(base + '/reactiveCache');
const { getAppJSON } = req(base + '/app/appJSON');
const { getSiteMapJSON } = req(base + '/sitemap');
const { getProjectConfigJSON } = req(base + '/projectconfig');
req(base + '/page/getPageJSON');
const { schemaValidate } = req('miniprogram-ci/dist/modules/corecompiler/original/validate/schemaValidate');
const { build, lenient, collectVars } = require(path.join(oracleDir, 'stubproject.cjs'));

/** The nearest `shared/tools/official-oracle` beside the repository or one of its parent folders. */
function findOracle(from) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'tools', 'official-oracle');
    if (fs.existsSync(path.join(candidate, 'stubproject.cjs'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error('official-oracle not found: set ORACLE_DIR');
  }
}

const APP_ID = 'wx1234567890abcdef';
const PAGE = 'pages/p/index';

function touch(dir, rel, content) {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  if (!fs.existsSync(p)) fs.writeFileSync(p, content);
}

function stubComponents(dir, json, from) {
  const refs = [];
  for (const v of Object.values((json && json.usingComponents) || {})) refs.push(v);
  for (const g of Object.values((json && json.componentGenerics) || {})) if (g && typeof g === 'object') refs.push(g.default);
  for (const v of refs) {
    if (typeof v !== 'string' || !v || v.startsWith('plugin') || v.includes('..')) continue;
    const rel = v.startsWith('/') ? v.slice(1) : path.posix.join(from, v);
    for (const c of [rel, rel + '/index']) {
      touch(dir, c + '.json', '{"component":true}'); touch(dir, c + '.js', 'Component({})'); touch(dir, c + '.wxml', '<view/>');
    }
  }
}

function minimalProject(app) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-'));
  touch(dir, 'project.config.json', JSON.stringify({ appid: APP_ID, compileType: 'miniprogram' }));
  touch(dir, 'app.json', JSON.stringify(app));
  touch(dir, 'app.js', 'App({})');
  for (const p of app.pages) { touch(dir, p + '.js', 'Page({})'); touch(dir, p + '.wxml', '<view/>'); touch(dir, p + '.json', '{}'); }
  return dir;
}

function open(dir) {
  cleanReactiveCache();
  return tryToGetReactiveProject(new ci.Project({ appid: APP_ID, type: 'miniProgram', projectPath: dir, privateKey: 'none' }));
}

/** Returns WeChat's unknown-key note, or throws WeChat's error. */
const checks = {
  app(text) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-'));
    // A path the stubs cannot be made for (e.g. an icon path ending in "/") stays missing, as in a real project.
    try { build(path.join(os.tmpdir(), 'app.json'), text, dir); } catch { fs.writeFileSync(path.join(dir, 'app.json'), text); }
    return [dir, () => (getAppJSON(open(dir)) || {}).__warning__ || ''];
  },
  page(text) {
    const j = lenient(text);
    const vars = new Map(); if (j) collectVars(j, '', vars);
    const app = { pages: [PAGE] };
    if (vars.size) { const o = Object.fromEntries(vars); app.darkmode = true; app.themeLocation = 'theme.json'; }
    const dir = minimalProject(app);
    if (vars.size) { const o = Object.fromEntries(vars); touch(dir, 'theme.json', JSON.stringify({ light: o, dark: o })); }
    fs.writeFileSync(path.join(dir, PAGE + '.json'), text);
    stubComponents(dir, j, path.posix.dirname(PAGE));
    return [dir, () => {
      const rp = open(dir); getAppJSON(rp);
      const r = tryToGetReactiveJSONCompiler(rp).getPageJSON('checked', { miniprogramRoot: '', pagePath: PAGE });
      tryToGetReactiveJSONCompiler(rp).getPageJSON('compiled', { miniprogramRoot: '', pagePath: PAGE });
      return (r && r.__warning__) || '';
    }];
  },
  sitemap(text) {
    const dir = minimalProject({ pages: ['pages/index/index'], sitemapLocation: 'sitemap.json' });
    fs.writeFileSync(path.join(dir, 'sitemap.json'), text);
    return [dir, () => { getSiteMapJSON(open(dir)); return schemaWarning('sitemap', text); }];
  },
  theme(text) {
    const dir = minimalProject({ pages: ['pages/index/index'], darkmode: true, themeLocation: 'theme.json' });
    fs.writeFileSync(path.join(dir, 'theme.json'), text);
    return [dir, () => { getAppJSON(open(dir)); return schemaWarning('theme', text); }];
  },
  'project.config'(text) {
    const dir = minimalProject({ pages: ['pages/index/index'] });
    fs.writeFileSync(path.join(dir, 'project.config.json'), text);
    return [dir, () => { getProjectConfigJSON(open(dir)); return schemaWarning('projectconfig', text); }];
  },
};
checks.component = checks.page;

/** The unknown-key note of WeChat's schema check, which these loaders do not keep. */
function schemaWarning(name, text) {
  const j = lenient(text);
  if (!j || typeof j !== 'object') return '';
  try { return schemaValidate(name, j).warning || ''; } catch { return ''; }
}

const [input, output] = process.argv.slice(2);
const cases = JSON.parse(fs.readFileSync(input, 'utf8'));
const out = {};
for (const c of cases) {
  const [dir, run] = checks[c.kind](c.text);
  const verdict = { wechat: 'ok' };
  try {
    const warning = String(run() || '').replace(/\s+/g, ' ').trim();
    if (warning) verdict.wechatWarnings = warning.slice(0, 600);
  } catch (e) {
    verdict.wechat = 'error';
    verdict.message = String((e && e.message) || e).replace(/\s+/g, ' ').trim().slice(0, 400);
  }
  out[c.id] = verdict;
  fs.rmSync(dir, { recursive: true, force: true });
}
fs.writeFileSync(output, JSON.stringify(out));
log(`${cases.length} judged`);
