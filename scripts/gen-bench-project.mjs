#!/usr/bin/env node
/**
 * Generates the benchmark project: a valid mini program with 500 pages (50 in the main package,
 * 450 in 10 subpackages), 50 components, a tab bar with icons, a theme and a sitemap.
 * Usage: node scripts/gen-bench-project.mjs [outDir]   (default .tmp/bench-project)
 * Deterministic; replaces outDir only when it is a project this script made.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

export const SHAPE = { mainPages: 50, subpackages: 10, pagesPerSubpackage: 45, components: 50, tabs: 4 };
const MARKER = '.miniprogram-schema-bench';

/** A real RGBA PNG of the recommended tab icon size (81×81). */
function png(size, [r, g, b]) {
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    data.copy(out, 8);
    out.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 4, Buffer.from([r, g, b, 255]))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

function writer(root) {
  return (relative, content) => {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' || Buffer.isBuffer(content) ? content : `${JSON.stringify(content, null, 2)}\n`);
  };
}

const component = (i) => `components/c${i}/index`;

function writePage(write, page, i) {
  const using = {};
  for (let k = 0; k < 3; k++) using[`c${(i + k * 17) % SHAPE.components}`] = `/${component((i + k * 17) % SHAPE.components)}`;
  write(`${page}.json`, { navigationBarTitleText: `Page ${i}`, enablePullDownRefresh: i % 2 === 0, usingComponents: using });
  write(`${page}.js`, 'Page({})\n');
  write(`${page}.wxml`, '<view>page</view>\n');
  write(`${page}.wxss`, 'view { color: #333; }\n');
}

function writeComponent(write, i) {
  const base = component(i);
  const using = i > 0 ? { [`c${i - 1}`]: `../c${i - 1}/index` } : {};
  write(`${base}.json`, { component: true, styleIsolation: 'apply-shared', usingComponents: using });
  write(`${base}.js`, 'Component({})\n');
  write(`${base}.wxml`, '<view><slot/></view>\n');
  write(`${base}.wxss`, ':host { display: block; }\n');
}

export function generate(root) {
  if (existsSync(root)) {
    if (!existsSync(path.join(root, MARKER))) throw new Error(`${root} exists and was not made by this script; not touching it`);
    rmSync(root, { recursive: true, force: true });
  }
  const write = writer(root);
  write(MARKER, '');
  const mainPages = Array.from({ length: SHAPE.mainPages }, (_, i) => `pages/p${i}/index`);
  const subpackages = Array.from({ length: SHAPE.subpackages }, (_, s) => ({
    root: `packages/s${s}`,
    name: `s${s}`,
    pages: Array.from({ length: SHAPE.pagesPerSubpackage }, (_, i) => `pages/p${i}/index`),
  }));
  const tabs = mainPages.slice(0, SHAPE.tabs).map((pagePath, i) => ({
    pagePath, text: `Tab ${i}`, iconPath: `images/tab${i}.png`, selectedIconPath: `images/tab${i}-active.png`,
  }));
  write('project.config.json', { appid: 'wx1234567890abcdef', compileType: 'miniprogram', projectname: 'bench', setting: { es6: true, minified: true }, libVersion: '3.7.0' });
  write('sitemap.json', { rules: [{ action: 'allow', page: '*' }] });
  write('theme.json', {
    light: { navBg: '#ffffff', navText: 'black', tabColor: '#999999', tabSelected: '#07c160', tabBg: '#ffffff' },
    dark: { navBg: '#191919', navText: 'white', tabColor: '#888888', tabSelected: '#07c160', tabBg: '#191919' },
  });
  write('app.json', {
    pages: mainPages,
    subpackages,
    preloadRule: { [mainPages[0]]: { network: 'all', packages: ['s1', 's2'] } },
    window: { navigationBarBackgroundColor: '@navBg', navigationBarTextStyle: '@navText', navigationBarTitleText: 'Bench' },
    tabBar: { color: '@tabColor', selectedColor: '@tabSelected', backgroundColor: '@tabBg', borderStyle: 'black', list: tabs },
    usingComponents: { 'c-global': `/${component(0)}` },
    darkmode: true,
    themeLocation: 'theme.json',
    sitemapLocation: 'sitemap.json',
    lazyCodeLoading: 'requiredComponents',
  });
  write('app.js', 'App({})\n');
  write('app.wxss', 'page { font-size: 14px; }\n');
  tabs.forEach((tab, i) => {
    write(tab.iconPath, png(81, [153, 153, 153]));
    write(tab.selectedIconPath, png(81, [7, 193, 96 + i]));
  });
  mainPages.forEach((page, i) => writePage(write, page, i));
  subpackages.forEach((sub, s) => sub.pages.forEach((page, i) => writePage(write, `${sub.root}/${page}`, s * 100 + i)));
  for (let i = 0; i < SHAPE.components; i++) writeComponent(write, i);
  return root;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.argv[2] ?? '.tmp/bench-project');
  generate(root);
  console.log(`generated ${root}: ${SHAPE.mainPages + SHAPE.subpackages * SHAPE.pagesPerSubpackage} pages, ${SHAPE.components} components`);
}
