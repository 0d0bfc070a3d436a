import { chmodSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics.js';
import { checkProject } from './index.js';
import type { ProjectProgress } from './types.js';
import { componentFiles, editJson, EXAMPLES, minimalApp, pageFiles, removeTempProjects, snapshot, tempProject, writeFiles } from './test-support.js';

afterAll(removeTempProjects);

const PNG = readFileSync(path.join(EXAMPLES, 'valid/miniprogram/images/tab-home.png'));
const GIF = Buffer.from('474946383961510051000000003b', 'hex');

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);
const find = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);

async function checkFiles(files: Record<string, string | object | Buffer>) {
  const dir = tempProject();
  writeFiles(dir, files);
  return checkProject(dir);
}

describe('checkProject on the examples', () => {
  // WeChat's validator (miniprogram-ci 2.1.42) passes its app.json, page and component json files too.
  it('finds no error in examples/valid and reads every config file once', async () => {
    const dir = tempProject('valid');
    const report = await checkProject(dir);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.errorCount).toBe(0);
    expect(report.root).toBe(dir);
    expect(report.files).toEqual([...report.files].sort());
    expect(report.files).toEqual(expect.arrayContaining([
      'project.config.json', 'miniprogram/app.json', 'miniprogram/theme.json', 'miniprogram/sitemap.json',
      'miniprogram/pages/index/index.json', 'miniprogram/packageShop/pages/list/list.json',
      'miniprogram/components/nav-bar/nav-bar.json', 'miniprogram/components/product-card/product-card.json',
      'miniprogram/images/tab-home.png',
    ]));
  });

  it('reports the mistakes of examples/broken at their file, line and column', async () => {
    const report = await checkProject(tempProject('broken'));
    const at = (code: string) => find(report.diagnostics, code).map((d) => `${d.file}:${d.line}:${d.column}`);
    expect(at('component-missing')).toEqual(['pages/index/index.json:6:20']);
    expect(at('tab-icon-missing')).toEqual(['app.json:24:21', 'app.json:25:29']);
    expect(at('page-template-missing')).toEqual(['app.json:4:5']);
    expect(at('app-key-in-page')).toEqual(['pages/logs/logs.json:4:3']);
    expect(at('page-key-in-component')).toEqual(['components/price-tag/price-tag.json:3:3']);
    expect(at('invalid-color')).toEqual(['pages/index/index.json:3:35']);
    expect(at('invalid-type')).toEqual(['pages/logs/logs.json:3:28']);
    expect(at('tab-page-not-in-pages')).toEqual(['app.json:22:21']);
    // WeChat's validator (miniprogram-ci 2.1.42) stops at this one: "@tabBgColor" ... not found at theme.json["dark"].
    expect(at('theme-variable-missing')).toContain('app.json:13:24');
    // theme.json alone builds with a variable missing from one mode (WeChat fails where it is used, above).
    expect(find(report.diagnostics, 'theme-variable-unpaired').map((d) => d.severity)).toEqual(['warning']);
    expect(report.errorCount).toBeGreaterThanOrEqual(8);
    expect(report.errorCount + report.warningCount).toBe(report.diagnostics.length);
    for (const d of report.diagnostics) {
      expect(d.file).toMatch(/^[^/\\].*[^/\\]$/);
      expect(d.file).not.toContain('\\');
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('never writes: every file keeps its content and mtime', async () => {
    const dir = tempProject('broken');
    const before = snapshot(dir);
    await checkProject(dir);
    await checkProject(dir, { locale: 'zh-CN' });
    expect(snapshot(dir)).toEqual(before);
  });

  it('speaks Chinese when asked', async () => {
    const report = await checkProject(tempProject('broken'), { locale: 'zh-CN' });
    expect(find(report.diagnostics, 'component-missing')[0]?.message).toContain('找不到组件');
    expect(find(report.diagnostics, 'tab-icon-missing')[0]?.message).toContain('不存在');
  });

  it('reports progress until every known file is checked', async () => {
    const seen: ProjectProgress[] = [];
    await checkProject(tempProject('valid'), { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThanOrEqual(10);
    expect(seen.map((p) => p.checked)).toEqual(seen.map((_, i) => i + 1));
    expect(seen.at(-1)!.checked).toBe(seen.at(-1)!.total);
  });
});

describe('finding the mini program root', () => {
  it('follows miniprogramRoot and reports a wrong one at its key', async () => {
    const dir = tempProject('valid');
    editJson(dir, 'project.config.json', (v) => { v.miniprogramRoot = 'client/'; });
    const report = await checkProject(dir);
    expect(codes(report.diagnostics)).toEqual(['miniprogram-root-missing']);
    expect(report.diagnostics[0]).toMatchObject({ file: 'project.config.json', line: 3, path: ['miniprogramRoot'] });
  });

  it('uses the folder itself, or a conventional sub-folder, when nothing is configured', async () => {
    const flat = await checkFiles(minimalApp());
    expect(flat.errorCount).toBe(0);
    expect(flat.files).toContain('app.json');
    const nested = await checkFiles(Object.fromEntries(Object.entries(minimalApp()).map(([f, c]) => [`miniprogram/${f}`, c])));
    expect(nested.errorCount).toBe(0);
    expect(nested.files).toContain('miniprogram/pages/index/index.json');
  });

  it('reports a folder without app.json and a folder that does not exist, without throwing', async () => {
    expect(codes((await checkFiles({ 'README.md': 'hi' })).diagnostics)).toEqual(['app-json-missing']);
    const missing = await checkProject(path.join(tempProject(), 'nope'));
    expect(codes(missing.diagnostics)).toEqual(['project-not-found']);
    expect(missing.errorCount).toBe(1);
  });

  it('reports a syntax error in app.json with its position', async () => {
    const report = await checkFiles({ ...minimalApp(), 'app.json': '{\n  "pages": ["pages/index/index",]\n}\n' });
    expect(report.diagnostics.some((d) => d.file === 'app.json' && d.line === 2)).toBe(true);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file instead of throwing', async () => {
    const dir = tempProject();
    writeFiles(dir, minimalApp());
    chmodSync(path.join(dir, 'pages/index/index.json'), 0o000);
    const report = await checkProject(dir);
    expect(codes(report.diagnostics)).toContain('file-unreadable');
  });
});

describe('pages', () => {
  it('needs a .js and a .wxml for main and subpackage pages; a .ts only with the TypeScript compiler plugin', async () => {
    const files = {
      ...minimalApp({ subpackages: [{ root: 'pkg', pages: ['a/a', 'b/b'] }] }),
      'pkg/a/a.ts': 'Page({});\n', 'pkg/a/a.wxml': '<view />\n',
      'pkg/b/b.json': {},
    };
    const report = await checkFiles(files);
    expect(report.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path.join('.')}`)).toEqual([
      'error page-script-typescript-only subpackages.0.pages.0',
      'error page-script-missing subpackages.0.pages.1',
      'error page-template-missing subpackages.0.pages.1',
    ]);
    const withPlugin = await checkFiles({ ...files, 'project.config.json': { setting: { useCompilerPlugins: ['typescript'] } } });
    expect(withPlugin.diagnostics.map((d) => `${d.code} ${d.path.join('.')}`)).toEqual([
      'page-script-missing subpackages.0.pages.1',
      'page-template-missing subpackages.0.pages.1',
    ]);
  });

  it('leaves a page path the in-file rules reject to them, without a missing-file echo', async () => {
    const report = await checkFiles(minimalApp({ pages: ['pages/index/index', 'pages/two/two.js'] }));
    expect(report.diagnostics.filter((d) => d.path.join('.') === 'pages.1').map((d) => d.code)).toEqual(['page-path-format']);
  });

  it('reports app-only keys in a page json with their own code, at the key', async () => {
    const report = await checkFiles({ ...minimalApp(), 'pages/index/index.json': '{\n  "pages": ["x"],\n  "window": {}\n}\n' });
    expect(report.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['app-key-in-page 2:3', 'app-key-in-page 3:3']);
  });
});

describe('components', () => {
  const using = (map: Record<string, string>) => ({ usingComponents: map });

  it('resolves relative, absolute, index-folder, npm and aliased paths and skips plugins', async () => {
    const report = await checkFiles({
      ...minimalApp({ usingComponents: { 'g-card': 'components/card/card' }, resolveAlias: { '@/*': '/components/*' } }),
      ...pageFiles('pages/index/index', using({
        rel: '../../components/card/card', abs: '/components/card/card', folder: '/components/list',
        npm: 'some-ui/button', alias: '@/card/card', plug: 'plugin://myPlugin/comp',
      })),
      ...componentFiles('components/card/card'),
      ...componentFiles('components/list/index'),
      ...componentFiles('miniprogram_npm/some-ui/button/index'),
    });
    expect(report.diagnostics).toEqual([]);
    expect(report.files).toEqual(expect.arrayContaining(['components/list/index.json', 'miniprogram_npm/some-ui/button/index.json']));
  });

  it('rejects "../" past the code root, which WeChat\'s file check finds from the root but its compile cannot load', async () => {
    const report = await checkFiles({
      ...minimalApp(),
      ...pageFiles('pages/index/index', using({ card: '../../../../components/card/card' })),
      ...componentFiles('components/card/card'),
    });
    expect(report.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path.join('.')}`)).toEqual(['error component-outside-root usingComponents.card']);
    expect(report.diagnostics[0]!.message).toContain('"/components/card/card"');
  });

  it('loads "../x" from the referencing file even when the root lookup decides between x and x/index', async () => {
    // WeChat's check finds comp/c/index from the root and keeps "../../comp/c" + "/index"; its compile
    // then loads pages/comp/c/index relative to the page, which does not exist (pages/comp/c does).
    const report = await checkFiles({
      ...minimalApp({ pages: ['pages/a/b/index'] }),
      ...pageFiles('pages/a/b/index', using({ c: '../../comp/c' })),
      ...componentFiles('comp/c/index'),
      ...componentFiles('pages/comp/c'),
    });
    expect(report.diagnostics.map((d) => d.code)).toEqual(['component-relative-missing']);
    expect(report.diagnostics[0]!.message).toContain('"pages/comp/c/index"');
  });

  it('checks a listed page used as a component once, as a page; a component without "component": true as a page json, with a warning', async () => {
    const report = await checkFiles({
      ...minimalApp({ pages: ['pages/index/index', 'pages/other/index'] }),
      ...pageFiles('pages/index/index', using({ other: '/pages/other/index', card: '/components/card/index' })),
      ...pageFiles('pages/other/index', { navigationBarTitleText: 'Other' }),
      ...componentFiles('components/card/index', { styleIsolation: 'shared', navigationBarTitleText: 'x' }),
    });
    expect(report.diagnostics.map((d) => `${d.severity} ${d.code} ${d.file}`)).toEqual(['warning component-flag-missing components/card/index.json']);
  });

  it('skips useExtendedLib packages', async () => {
    const report = await checkFiles({
      ...minimalApp({ useExtendedLib: { weui: true } }),
      ...pageFiles('pages/index/index', using({
        dialog: 'weui-miniprogram/dialog/dialog', slide: '/miniprogram_npm/weui-miniprogram/slideview/slideview',
      })),
    });
    expect(report.diagnostics).toEqual([]);
  });

  it('takes the first candidate with a json and a wxml, as WeChat does', async () => {
    const report = await checkFiles({
      ...minimalApp(),
      ...pageFiles('pages/index/index', using({ list: '/c/list' })),
      'c/list.js': 'Component({});\n',
      ...componentFiles('c/list/index'),
    });
    expect(report.diagnostics).toEqual([]);
    expect(report.files).toContain('c/list/index.json');
  });

  it('reports a missing component at the usingComponents entry of the file that uses it', async () => {
    const report = await checkFiles({
      ...minimalApp(),
      ...pageFiles('pages/index/index', using({ card: '/components/card/card' })),
      ...componentFiles('components/card/card', { component: true, usingComponents: { badge: './badge' } }),
    });
    expect(report.diagnostics).toMatchObject([{ code: 'component-missing', file: 'components/card/card.json', path: ['usingComponents', 'badge'], line: 4 }]);
  });

  it('reports components outside the root and components missing their json, script or template', async () => {
    const report = await checkFiles({
      ...minimalApp(),
      ...pageFiles('pages/index/index', using({ out: './../../../elsewhere/x', half: '/components/half/half' })),
      'components/half/half.wxml': '<view />\n',
    });
    expect(codes(report.diagnostics).sort()).toEqual(['component-json-missing', 'component-outside-root', 'component-script-missing']);
  });

  it('checks a component used from many places once, and survives cycles', async () => {
    const report = await checkFiles({
      ...minimalApp(),
      ...pageFiles('pages/index/index', using({ a: '/c/a/a', b: '/c/b/b' })),
      ...componentFiles('c/a/a', { component: true, usingComponents: { b: '../b/b' }, navigationBarTitleText: 'x' }),
      ...componentFiles('c/b/b', { component: true, usingComponents: { a: '/c/a/a' } }),
    });
    expect(report.diagnostics.map((d) => `${d.code} ${d.file}`)).toEqual(['page-key-in-component c/a/a.json']);
  });

  it('follows componentGenerics defaults', async () => {
    const report = await checkFiles({
      ...minimalApp(),
      ...pageFiles('pages/index/index', { componentGenerics: { cell: { default: '/c/cell' }, row: true, item: { default: './item' } } }),
      ...componentFiles('c/cell'),
    });
    expect(report.diagnostics).toMatchObject([{ code: 'component-missing', path: ['componentGenerics', 'item', 'default'] }]);
  });

  it('keeps components inside the packages that may use them, unless the tag has a placeholder', async () => {
    const subpackages = [{ root: 'shop', pages: ['p/p'] }, { root: 'solo', pages: ['p/p'], independent: true }];
    const report = await checkFiles({
      ...minimalApp({ subpackages }),
      ...pageFiles('pages/index/index', { ...using({ cart: '/shop/c/cart', late: '/shop/c/cart', own: '/c/main' }), componentPlaceholder: { late: 'view' } }),
      ...pageFiles('shop/p/p', using({ main: '/c/main', own: '../c/cart' })),
      ...pageFiles('solo/p/p', using({ main: '/c/main', other: '/shop/c/cart' })),
      ...componentFiles('c/main'), ...componentFiles('shop/c/cart'),
    });
    expect(report.diagnostics.map((d) => `${d.file} ${d.path.join('.')}`)).toEqual([
      'pages/index/index.json usingComponents.cart', 'solo/p/p.json usingComponents.main', 'solo/p/p.json usingComponents.other',
    ]);
    expect(report.diagnostics[1]!.message).toContain('independent subpackage');
  });

  it('needs custom-tab-bar/index when tabBar.custom is true', async () => {
    const tabBar = {
      custom: true, color: '#000000', selectedColor: '#000000', backgroundColor: '#ffffff',
      list: [{ pagePath: 'pages/index/index', text: 'A' }, { pagePath: 'pages/two/two', text: 'B' }],
    };
    const files = { ...minimalApp({ pages: ['pages/index/index', 'pages/two/two'], tabBar }), ...pageFiles('pages/two/two') };
    const missing = (await checkFiles(files)).diagnostics;
    expect(missing.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning custom-tab-bar-missing']);
    expect((await checkFiles({ ...files, ...componentFiles('custom-tab-bar/index') })).diagnostics).toEqual([]);
    // WeChat loads it by its json alone: a missing template is a warning, what it uses is checked.
    const partial = { ...files, 'custom-tab-bar/index.json': { component: true, usingComponents: { icon: './icon' } }, 'custom-tab-bar/index.js': '' };
    expect((await checkFiles(partial)).diagnostics.map((d) => `${d.severity} ${d.code} ${d.file}`)).toEqual([
      'warning custom-tab-bar-missing app.json',
      'error component-missing custom-tab-bar/index.json',
    ]);
  });
});

describe('tabBar icons, theme, sitemap and workers', () => {
  const tabApp = (icons: string[], extra: Record<string, unknown> = {}) => minimalApp({
    pages: ['pages/index/index', 'pages/two/two'],
    tabBar: {
      color: '#000000', selectedColor: '#000000', backgroundColor: '#ffffff',
      list: [{ pagePath: 'pages/index/index', text: 'A', iconPath: icons[0] }, { pagePath: 'pages/two/two', text: 'B', iconPath: icons[1] }],
    },
    ...extra,
  });

  it('checks existence, extension, size and real image type', async () => {
    const report = await checkFiles({
      ...tabApp(['img/big.png', 'img/fake.png']), ...pageFiles('pages/two/two'),
      'img/big.png': Buffer.concat([PNG, Buffer.alloc(41 * 1024)]),
      'img/fake.png': GIF,
    });
    expect(report.diagnostics.map((d) => `${d.code} ${d.path.join('.')}`)).toEqual([
      'tab-icon-too-large tabBar.list.0.iconPath',
      'tab-icon-format tabBar.list.1.iconPath',
    ]);
    expect(report.diagnostics[1]!.message).toContain('gif');
    const wrongExt = await checkFiles({ ...tabApp(['img/a.gif', 'img/dir.png']), ...pageFiles('pages/two/two'), 'img/a.gif': GIF, 'img/dir.png/x': '' });
    // The extension written in app.json is the in-file rule's (tab-bar-icon-type); the folder is ours.
    expect(codes(wrongExt.diagnostics).filter((c) => c.startsWith('tab-icon'))).toEqual(['tab-icon-not-file']);
  });

  it('resolves @variable icons in both modes and reports them where theme.json defines them', async () => {
    const report = await checkFiles({
      ...tabApp(['@homeIcon', 'img/a.png'], { darkmode: true, themeLocation: 'theme.json' }), ...pageFiles('pages/two/two'),
      'img/a.png': PNG,
      'theme.json': { light: { homeIcon: 'img/a.png' }, dark: { homeIcon: 'img/a-dark.png' } },
    });
    const ours = report.diagnostics.filter((d) => d.code.startsWith('tab-icon'));
    expect(ours).toMatchObject([{ code: 'tab-icon-missing', file: 'theme.json', path: ['dark', 'homeIcon'] }]);
    expect(ours[0]!.message).toContain('dark');
    const themed = await checkFiles({
      ...tabApp(['@homeIcon', 'img/a.png'], { darkmode: true, themeLocation: 'theme.json' }), ...pageFiles('pages/two/two'),
      'img/a.png': PNG, 'img/a.gif': GIF,
      'theme.json': { light: { homeIcon: 'img/a.gif' }, dark: { homeIcon: 'img/a.png' } },
    });
    expect(themed.diagnostics.filter((d) => d.code.startsWith('tab-icon'))).toMatchObject([{ code: 'tab-icon-format', file: 'theme.json', path: ['light', 'homeIcon'] }]);
  });

  it('reports a missing theme file, sitemap file and workers folder at their app.json keys', async () => {
    const report = await checkFiles(minimalApp({ darkmode: true, themeLocation: 'theme.json', sitemapLocation: 'sm.json', workers: 'workers' }));
    expect(report.diagnostics.map((d) => `${d.code} ${d.path.join('.')}`)).toEqual([
      'theme-file-missing themeLocation', 'sitemap-file-missing sitemapLocation', 'workers-missing workers',
    ]);
    const fine = await checkFiles({ ...minimalApp({ workers: { path: 'workers', isSubpackage: false } }), 'workers/index.js': '' });
    expect(fine.diagnostics).toEqual([]);
  });

  it('warns about sitemap rules for pages the app does not declare', async () => {
    const report = await checkFiles({
      ...minimalApp({ subpackages: [{ root: 'shop', pages: ['p/p'] }] }), ...pageFiles('shop/p/p'),
      'sitemap.json': { rules: [{ action: 'allow', page: '*' }, { action: 'disallow', page: 'shop/p/p' }, { action: 'disallow', page: 'pages/idnex/index' }] },
    });
    expect(report.diagnostics).toMatchObject([{ code: 'sitemap-page-unknown', file: 'sitemap.json', path: ['rules', 2, 'page'], severity: 'warning' }]);
  });

  it('validates sitemap.json when present and project.private.config.json', async () => {
    const report = await checkFiles({ ...minimalApp(), 'sitemap.json': { rules: 'all' }, 'project.private.config.json': '{ "setting": { "urlCheck": "no" } }' });
    expect(report.files).toEqual(expect.arrayContaining(['sitemap.json', 'project.private.config.json']));
    expect(report.diagnostics.map((d) => d.file)).toEqual(expect.arrayContaining(['sitemap.json', 'project.private.config.json']));
  });

  it('needs each subpackage entry script', async () => {
    const report = await checkFiles({
      ...minimalApp({ subpackages: [{ root: 'a', pages: ['p/p'], entry: 'main.js' }, { root: 'b/', pages: ['p/p'], entry: 'boot' }] }),
      ...pageFiles('a/p/p'), ...pageFiles('b/p/p'), 'b/boot.ts': '',
    });
    expect(report.diagnostics).toMatchObject([{ code: 'subpackage-entry-missing', path: ['subpackages', 0, 'entry'] }]);
    expect(report.diagnostics[0]!.message).toContain('"a/main.js"');
  });

  it('warns without app.js (WeChat builds without it), or with only app.ts and no TypeScript compiler plugin', async () => {
    const files = minimalApp();
    delete files['app.js'];
    const missing = (await checkFiles(files)).diagnostics;
    expect(missing.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning app-script-missing']);
    expect(codes((await checkFiles({ ...files, 'app.ts': 'App({});' })).diagnostics)).toEqual(['app-script-missing']);
    const withPlugin = { ...files, 'app.ts': 'App({});', 'project.config.json': { setting: { useCompilerPlugins: ['typescript'] } } };
    expect((await checkFiles(withPlugin)).diagnostics).toEqual([]);
  });
});
