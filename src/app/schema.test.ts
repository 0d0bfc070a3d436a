import type * as z from 'zod';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics.js';
import { knownKeys, metaOf, unwrap } from '../validate/schema-walk.js';
import { appJsonSchema } from './schema.js';
import { validateAppJson } from './validate.js';

const PAGES = ['pages/index/index'];
const check = (extra: Record<string, unknown>, locale: 'en' | 'zh-CN' = 'en') =>
  validateAppJson({ pages: PAGES, ...extra }, { locale });
/** Codes the schema engine produces; cross-field rules (their own tests) may add others. */
const SCHEMA_CODES = new Set(['invalid-type', 'invalid-value', 'missing-key', 'unknown-key', 'invalid-color', 'invalid-format', 'too-small', 'too-big', 'theme-variable-not-allowed']);
const fromSchema = (ds: Diagnostic[]) => ds.filter((d) => SCHEMA_CODES.has(d.code) || d.code.startsWith('json-'));
const brief = (ds: Diagnostic[]) => fromSchema(ds).map((d) => ({ severity: d.severity, code: d.code, path: d.path }));

type AnySchema = Parameters<typeof unwrap>[0];

/** Paths of object properties without a zh + en description (on the property or on what it wraps). */
function undocumentedFields(root: AnySchema): string[] {
  const missing: string[] = [];
  const seen = new Set<AnySchema>();
  const visit = (schema: AnySchema, path: string): void => {
    const inner = unwrap(schema);
    if (seen.has(inner)) return;
    seen.add(inner);
    const def = inner._zod.def as unknown as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema; valueType?: AnySchema; options?: AnySchema[] };
    if (def.type === 'object') {
      for (const [key, child] of Object.entries(def.shape ?? {})) {
        const meta = metaOf(child) ?? metaOf(unwrap(child));
        if (!meta?.zh || !meta.en) missing.push(`${path}.${key}`);
        visit(child, `${path}.${key}`);
      }
    } else if (def.type === 'array' && def.element) visit(def.element, `${path}[]`);
    else if (def.type === 'record' && def.valueType) visit(def.valueType, `${path}{}`);
    else if (def.type === 'union') for (const option of def.options ?? []) visit(option, path);
  };
  visit(root, '');
  return missing;
}

/** Top-level keys of WeChat's own app schema (miniprogram-ci 2.1.42, dist/schema/dist/app.js). */
const WECHAT_APP_KEYS = [
  'pages', 'static', 'mini-ios', 'mini-android', 'mini-weixin', '__warning__', 'window', 'plugins', 'entryPagePath',
  'permission', 'workers', 'agent', 'subPackages', 'subpackages', 'chatTools', 'preloadRule', 'usingComponents',
  'componentPlaceholder', 'tabBar', 'appBar', 'requiredBackgroundModes', 'mimeTypeDeclarations', 'networkTimeout',
  'debug', 'resizable', 'displayMode', 'frameset', 'functionalPages', 'cloud', 'cloudVersion', 'cloudConfig',
  'openDataContext', 'openLocationPagePath', 'sitemapLocation', 'serviceProviderTicket', 'style', 'useExtendedLib',
  'entranceDeclare', 'darkmode', 'themeLocation', 'theme', 'singlePage', 'lazyCodeLoading', 'lazyCodeLoadingLegacy',
  'enablePassiveEvent', 'requireBackgroundModes', 'embeddedAppIdList', 'renderer', 'resolveAlias', 'debugOptions',
  'halfPage', 'requiredPrivateInfos', 'rendererOptions', 'componentFramework', 'accountCardPackage', 'xrEntryPagePath',
  'miniApp', '__usePrivacyCheck__', 'keepContextPageInCycleJump',
];

/** Documented keys WeChat's schema does not know yet (field reference §2.1, §2.1b). */
const DOCUMENTED_ONLY = ['supportedMaterials', 'convertRpxToVw', 'navigateToMiniProgramAppIdList', 'mini-wechat', 'mini-ohos'];

describe('appJsonSchema: completeness', () => {
  it('knows every top-level key of WeChat\'s app schema and the documented ones it lacks', () => {
    expect(WECHAT_APP_KEYS).toHaveLength(59);
    const known = new Set(knownKeys(appJsonSchema));
    expect([...WECHAT_APP_KEYS, ...DOCUMENTED_ONLY].filter((k) => !known.has(k))).toEqual([]);
  });

  it('documents every field, at every depth, in both languages', () => {
    expect(undocumentedFields(appJsonSchema)).toEqual([]);
  });

  // Whatever such a key holds, WeChat builds: what our schema says about its value is a warning.
  it('marks the documented keys WeChat\'s schema lacks as unchecked by WeChat', () => {
    const shape = appJsonSchema.shape as Record<string, z.ZodType>;
    expect(DOCUMENTED_ONLY.filter((key) => !shape[key]?.meta()?.wechatUnchecked)).toEqual([]);
  });

  it('accepts a full, realistic app.json without any diagnostic', () => {
    const r = check({
      entryPagePath: 'pages/index/index',
      networkTimeout: { request: 10000, connectSocket: 10000, uploadFile: 10000, downloadFile: 10000 },
      debug: false,
      functionalPages: { independent: true },
      subpackages: [
        { root: 'packageA', name: 'a', pages: ['pages/cat'], independent: true, entry: 'index.js', renderer: 'skyline', componentFramework: 'glass-easel' },
        { root: 'packageB', pages: ['pages/dog'], plugins: { p: { version: '1.0.0', provider: 'wxabc' } }, useExtendedLib: { weui: true } },
      ],
      workers: { path: 'workers', isSubpackage: true },
      requiredBackgroundModes: ['audio', 'location'],
      requiredPrivateInfos: ['chooseLocation', 'getFuzzyLocation'],
      plugins: { myPlugin: { version: 'latest', provider: 'wxidxxxxxxxxxxxxxxxx', export: 'index.js', genericsImplementation: { 'hello-page': { 'mp-view': 'components/view/view' } } } },
      preloadRule: { 'pages/index/index': { network: 'all', packages: ['packageA', '__APP__'] } },
      resizable: true,
      usingComponents: { 'nav-bar': '/components/nav-bar/index' },
      permission: { 'scope.userLocation': { desc: '用于展示附近门店' }, 'scope.userFuzzyLocation': { desc: '用于推荐城市' } },
      sitemapLocation: 'sitemap.json',
      style: 'v2',
      useExtendedLib: { weui: true, kbone: 'latest' },
      entranceDeclare: { locationMessage: { path: 'pages/index/index', query: 'a=1' } },
      darkmode: true,
      themeLocation: 'theme.json',
      lazyCodeLoading: 'requiredComponents',
      singlePage: { navigationBarFit: 'squeezed' },
      supportedMaterials: [{ materialType: 'image/*', name: '用${nickname}打开', desc: '打开图片', path: 'pages/index/index' }],
      serviceProviderTicket: 'ticket',
      embeddedAppIdList: ['wx1234567890abcdef'],
      halfPage: { firstPageNavigationStyle: 'custom' },
      debugOptions: { enableFPSPanel: true },
      enablePassiveEvent: { touchstart: true, touchmove: false, wheel: true },
      resolveAlias: { '~/*': '/*' },
      renderer: 'skyline',
      rendererOptions: { skyline: { defaultDisplayBlock: true, defaultContentBox: true, tagNameStyleIsolation: 'legacy', enableScrollViewAutoSize: true, keyframeStyleIsolation: 'legacy', disableABTest: true, sdkVersionBegin: '3.0.0', sdkVersionEnd: '15.255.255' } },
      componentFramework: 'glass-easel',
      miniApp: { useAuthorizePage: true },
      static: [{ pattern: 'static/ios/**', platforms: ['mini-ios'] }],
      convertRpxToVw: true,
      chatTools: [{ root: 'packageA', entryPagePath: 'pages/cat', desc: '群签到', scopes: ['scope.userLocation'] }],
      appBar: {},
      frameset: true,
      accountCardPackage: { root: 'packageA', cardList: [{ type: 1, componentPath: 'card/index' }] },
      'mini-ios': { window: { navigationBarTitleText: 'iOS' }, debug: true },
      cloud: true,
      displayMode: 'pad',
    });
    expect(fromSchema(r.diagnostics)).toEqual([]);
  });
});

/** Each case: the app.json addition, then the diagnostics WeChat's validator would agree with. */
const cases: Array<[string, Record<string, unknown>, ReturnType<typeof brief>]> = [
  ['networkTimeout: string number', { networkTimeout: { request: '1000' } }, [{ severity: 'error', code: 'invalid-type', path: ['networkTimeout', 'request'] }]],
  ['networkTimeout: unknown key', { networkTimeout: { requst: 1000 } }, [{ severity: 'warning', code: 'unknown-key', path: ['networkTimeout', 'requst'] }]],
  ['subpackages: missing pages', { subpackages: [{ root: 'a' }] }, [{ severity: 'error', code: 'missing-key', path: ['subpackages', 0, 'pages'] }]],
  ['subPackages: same item schema', { subPackages: [{ root: 'a', pages: ['x'], indepedent: true }] }, [{ severity: 'warning', code: 'unknown-key', path: ['subPackages', 0, 'indepedent'] }]],
  ['subpackage: independent as a string', { subpackages: [{ root: 'a', pages: ['x'], independent: 'true' }] }, [{ severity: 'error', code: 'invalid-type', path: ['subpackages', 0, 'independent'] }]],
  // WeChat types a subpackage's renderer as a plain string: an unusual value is not an error.
  ['subpackage: loose renderer', { subpackages: [{ root: 'a', pages: ['x'], renderer: 'xr-frame' }] }, []],
  ['subpackage: renderer of the wrong type', { subpackages: [{ root: 'a', pages: ['x'], renderer: 1 }] }, [{ severity: 'error', code: 'invalid-type', path: ['subpackages', 0, 'renderer'] }]],
  ['requiredBackgroundModes: values beyond the documented two pass, as in WeChat', { requiredBackgroundModes: ['audio', 'bluetooth'] }, []],
  ['requiredBackgroundModes: number item', { requiredBackgroundModes: [1] }, [{ severity: 'error', code: 'invalid-type', path: ['requiredBackgroundModes', 0] }]],
  ['plugins: missing provider', { plugins: { p: { version: '1.0.0' } } }, [{ severity: 'error', code: 'missing-key', path: ['plugins', 'p', 'provider'] }]],
  ['plugins: unknown key', { plugins: { p: { version: '1.0.0', provider: 'wx1', versoin: 1 } } }, [{ severity: 'warning', code: 'unknown-key', path: ['plugins', 'p', 'versoin'] }]],
  ['plugins: generics implementation not a string', { plugins: { p: { version: '1.0.0', provider: 'wx1', genericsImplementation: { page: { g: 1 } } } } }, [{ severity: 'error', code: 'invalid-type', path: ['plugins', 'p', 'genericsImplementation', 'page', 'g'] }]],
  ['subpackage plugins: same declaration schema', { subpackages: [{ root: 'a', pages: ['x'], plugins: { p: { provider: 'wx1' } } }] }, [{ severity: 'error', code: 'missing-key', path: ['subpackages', 0, 'plugins', 'p', 'version'] }]],
  ['preloadRule: bad network', { preloadRule: { 'pages/index/index': { network: '4g', packages: ['a'] } } }, [{ severity: 'error', code: 'invalid-value', path: ['preloadRule', 'pages/index/index', 'network'] }]],
  ['preloadRule: missing packages', { preloadRule: { 'pages/index/index': { network: 'all' } } }, [{ severity: 'error', code: 'missing-key', path: ['preloadRule', 'pages/index/index', 'packages'] }]],
  ['permission: missing desc', { permission: { 'scope.userLocation': {} } }, [{ severity: 'error', code: 'missing-key', path: ['permission', 'scope.userLocation', 'desc'] }]],
  // WeChat warns about scope.userLocationBackground as an unknown key; so do we.
  ['permission: scope WeChat does not know', { permission: { 'scope.userLocationBackground': { desc: 'x' } } }, [{ severity: 'warning', code: 'unknown-key', path: ['permission', 'scope.userLocationBackground'] }]],
  // The docs limit desc to 30 characters, WeChat's validator does not: no error.
  ['permission: long desc', { permission: { 'scope.userLocation': { desc: '很'.repeat(40) } } }, []],
  ['workers: string form', { workers: 'workers' }, []],
  ['workers: object without isSubpackage', { workers: { path: 'w' } }, [{ severity: 'error', code: 'missing-key', path: ['workers', 'isSubpackage'] }]],
  ['workers: number', { workers: 1 }, [{ severity: 'error', code: 'invalid-type', path: ['workers'] }]],
  ['requiredPrivateInfos: typo', { requiredPrivateInfos: ['getLocaton'] }, [{ severity: 'error', code: 'invalid-value', path: ['requiredPrivateInfos', 0] }]],
  // WeChat's schema lacks tagNameStyleIsolation (any value builds): a warning (test/fixtures/conformance).
  ['rendererOptions: bad enum', { rendererOptions: { skyline: { tagNameStyleIsolation: 'shared' } } }, [{ severity: 'warning', code: 'invalid-value', path: ['rendererOptions', 'skyline', 'tagNameStyleIsolation'] }]],
  ['rendererOptions: unknown skyline key', { rendererOptions: { skyline: { defaultDisplayBlok: true } } }, [{ severity: 'warning', code: 'unknown-key', path: ['rendererOptions', 'skyline', 'defaultDisplayBlok'] }]],
  ['appBar: unknown key', { appBar: { foo: 1 } }, [{ severity: 'warning', code: 'unknown-key', path: ['appBar', 'foo'] }]],
  ['chatTools: missing desc', { chatTools: [{ root: 'c', entryPagePath: 'p' }] }, [{ severity: 'error', code: 'missing-key', path: ['chatTools', 0, 'desc'] }]],
  ['chatTools: an object, not an array', { chatTools: { root: 'c', entryPagePath: 'p', desc: 'd' } }, [{ severity: 'error', code: 'invalid-type', path: ['chatTools'] }]],
  ['static: an object, not an array', { static: { pattern: 'a', platforms: ['mini-ios'] } }, [{ severity: 'error', code: 'invalid-type', path: ['static'] }]],
  // The guide says mini-wechat; WeChat's validator rejects it in static and accepts mini-weixin.
  ['static: mini-wechat platform', { static: [{ pattern: 'a/**', platforms: ['mini-wechat'] }] }, [{ severity: 'error', code: 'invalid-value', path: ['static', 0, 'platforms', 0] }]],
  // WeChat's schema lacks supportedMaterials (any value builds): a warning.
  ['supportedMaterials: missing name', { supportedMaterials: [{ materialType: 'video/*', desc: 'd', path: 'p' }] }, [{ severity: 'warning', code: 'missing-key', path: ['supportedMaterials', 0, 'name'] }]],
  ['resolveAlias: number value', { resolveAlias: { '@/*': 1 } }, [{ severity: 'error', code: 'invalid-type', path: ['resolveAlias', '@/*'] }]],
  ['entranceDeclare: unknown key', { entranceDeclare: { locationMessage: { path: 'p', qurey: 'a' } } }, [{ severity: 'warning', code: 'unknown-key', path: ['entranceDeclare', 'locationMessage', 'qurey'] }]],
  ['functionalPages: boolean (old form) is accepted', { functionalPages: true }, []],
  ['functionalPages: object without independent', { functionalPages: {} }, [{ severity: 'error', code: 'missing-key', path: ['functionalPages', 'independent'] }]],
  ['usingComponents: non-string path', { usingComponents: { a: 1 } }, [{ severity: 'error', code: 'invalid-type', path: ['usingComponents', 'a'] }]],
  ['darkmode: string', { darkmode: 'true' }, [{ severity: 'error', code: 'invalid-type', path: ['darkmode'] }]],
  ['themeLocation: number', { themeLocation: 1 }, [{ severity: 'error', code: 'invalid-type', path: ['themeLocation'] }]],
  ['sitemapLocation: optional, wrong type', { sitemapLocation: 1 }, [{ severity: 'error', code: 'invalid-type', path: ['sitemapLocation'] }]],
  ['style: only v2', { style: 'v1' }, [{ severity: 'error', code: 'invalid-value', path: ['style'] }]],
  ['lazyCodeLoading: only requiredComponents', { lazyCodeLoading: 'required' }, [{ severity: 'error', code: 'invalid-value', path: ['lazyCodeLoading'] }]],
  ['renderer: bad enum', { renderer: 'xr-frame' }, [{ severity: 'error', code: 'invalid-value', path: ['renderer'] }]],
  ['componentFramework: bad enum', { componentFramework: 'glass' }, [{ severity: 'error', code: 'invalid-value', path: ['componentFramework'] }]],
  ['useExtendedLib: string version', { useExtendedLib: { weui: 'latest' } }, []],
  ['useExtendedLib: number', { useExtendedLib: { weui: 1 } }, [{ severity: 'error', code: 'invalid-type', path: ['useExtendedLib', 'weui'] }]],
  ['embeddedAppIdList: a string', { embeddedAppIdList: 'wx1' }, [{ severity: 'error', code: 'invalid-type', path: ['embeddedAppIdList'] }]],
  ['halfPage: bad enum', { halfPage: { firstPageNavigationStyle: 'x' } }, [{ severity: 'error', code: 'invalid-value', path: ['halfPage', 'firstPageNavigationStyle'] }]],
  ['debugOptions: string boolean (the docs example typo)', { debugOptions: { enableFPSPanel: 'false' } }, [{ severity: 'error', code: 'invalid-type', path: ['debugOptions', 'enableFPSPanel'] }]],
  ['enablePassiveEvent: string', { enablePassiveEvent: 'true' }, [{ severity: 'error', code: 'invalid-type', path: ['enablePassiveEvent'] }]],
  ['enablePassiveEvent: unknown event', { enablePassiveEvent: { touchend: true } }, [{ severity: 'warning', code: 'unknown-key', path: ['enablePassiveEvent', 'touchend'] }]],
  // WeChat takes any event name but rejects a value that is not a boolean.
  ['enablePassiveEvent: unknown event, not a boolean', { enablePassiveEvent: { touchend: 1 } }, [{ severity: 'warning', code: 'unknown-key', path: ['enablePassiveEvent', 'touchend'] }, { severity: 'error', code: 'invalid-type', path: ['enablePassiveEvent', 'touchend'] }]],
  ['singlePage: bad enum', { singlePage: { navigationBarFit: 'x' } }, [{ severity: 'error', code: 'invalid-value', path: ['singlePage', 'navigationBarFit'] }]],
  ['miniApp: string boolean', { miniApp: { useAuthorizePage: 'true' } }, [{ severity: 'error', code: 'invalid-type', path: ['miniApp', 'useAuthorizePage'] }]],
  ['accountCardPackage: missing cardList', { accountCardPackage: { root: 'x' } }, [{ severity: 'error', code: 'missing-key', path: ['accountCardPackage', 'cardList'] }]],
  ['displayMode: bad enum', { displayMode: 'tv' }, [{ severity: 'error', code: 'invalid-value', path: ['displayMode'] }]],
  ['platform override: static is not overridable', { 'mini-weixin': { static: [] } }, [{ severity: 'warning', code: 'unknown-key', path: ['mini-weixin', 'static'] }]],
  ['platform override: wrong type inside', { 'mini-android': { debug: 'yes' } }, [{ severity: 'error', code: 'invalid-type', path: ['mini-android', 'debug'] }]],
  ['unknown top-level key', { __lazyCodeLoadingChunk: true }, [{ severity: 'warning', code: 'unknown-key', path: ['__lazyCodeLoadingChunk'] }]],
  ['pages: number item', { pages: [1] }, [{ severity: 'error', code: 'invalid-type', path: ['pages', 0] }]],
];

describe('appJsonSchema: blocks', () => {
  it.each(cases)('%s', (_name, extra, expected) => {
    expect(brief(check(extra).diagnostics)).toEqual(expected);
  });

  it('requires pages', () => {
    expect(brief(validateAppJson({ debug: true }).diagnostics)).toEqual([{ severity: 'error', code: 'missing-key', path: ['pages'] }]);
  });

  it('suggests the right key for a misspelt top-level key', () => {
    const [d] = fromSchema(check({ requiredPrivateInfo: ['getLocation'] }).diagnostics);
    expect(d).toMatchObject({ severity: 'warning', code: 'unknown-key' });
    expect(d?.message).toContain('"requiredPrivateInfos"');
  });
});

describe('appJsonSchema: messages in both locales', () => {
  it('names the allowed values of an enum (zh-CN and en)', () => {
    const zh = fromSchema(check({ preloadRule: { 'pages/index/index': { network: 'wif', packages: [] } } }, 'zh-CN').diagnostics)[0]?.message ?? '';
    const en = fromSchema(check({ preloadRule: { 'pages/index/index': { network: 'wif', packages: [] } } }, 'en').diagnostics)[0]?.message ?? '';
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).toContain('"wifi"');
    expect(en).toContain('"all", "wifi"');
    expect(en).toContain('Did you mean "wifi"?');
  });

  it('explains a missing required key (zh-CN and en)', () => {
    const zh = fromSchema(check({ permission: { 'scope.userLocation': {} } }, 'zh-CN').diagnostics)[0]?.message ?? '';
    const en = fromSchema(check({ permission: { 'scope.userLocation': {} } }, 'en').diagnostics)[0]?.message ?? '';
    expect(zh).toContain('permission["scope.userLocation"].desc');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toBe('permission["scope.userLocation"].desc is required but missing. Add "desc".');
  });

  it('hints at a quoted boolean (zh-CN)', () => {
    const [d] = fromSchema(check({ subpackages: [{ root: 'a', pages: ['x'], independent: 'true' }] }, 'zh-CN').diagnostics);
    expect(d?.message).toContain('boolean');
    expect(d?.message).toMatch(/引号/);
  });
});
