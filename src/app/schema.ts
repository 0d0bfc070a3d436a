/**
 * app.json (全局配置): the zod schema, the single source of truth for its types and JSON Schema.
 *
 * Every top-level key of WeChat's own app schema (miniprogram-ci 2.1.42, 59 keys) is here, plus the
 * documented keys its schema does not know yet. Severity follows WeChat's validator: what it rejects
 * (wrong type, value outside an enum, missing required key) is an error; keys it does not know are
 * unknown-key warnings. Cross-field checks (tab pages in pages, preloadRule targets, …) are rules,
 * see `rules.ts`.
 */
import * as z from 'zod';
import { docEnum, DOCS, field, withDoc } from '../meta.js';
import { openEnum } from '../primitives/open-enum.js';
import { pagePathSchema } from '../primitives/page-path.js';
import { usingComponentsSchema } from '../primitives/using-components.js';
import { FALSY_AS_ABSENT, NOT_IN_WECHAT_SCHEMA, SCHEMA_URL_IGNORED, uncheckedByWeChat } from '../primitives/wechat-unchecked.js';
import { accountCardPackageSchema } from './account-card-package.js';
import { appBarSchema } from './app-bar.js';
import { chatToolsSchema } from './chat-tools.js';
import { appDebugOptionsSchema } from './debug-options.js';
import { appDoc, GUIDES } from './doc-urls.js';
import { entranceDeclareSchema } from './entrance-declare.js';
import { useExtendedLibSchema } from './extended-lib.js';
import { functionalPagesSchema } from './functional-pages.js';
import { halfPageSchema } from './half-page.js';
import { miniAppSchema } from './mini-app.js';
import { networkTimeoutSchema } from './network-timeout.js';
import { enablePassiveEventSchema } from './passive-event.js';
import { permissionSchema } from './permission.js';
import { pluginsSchema } from './plugins.js';
import { preloadRuleSchema } from './preload-rule.js';
import { requiredPrivateInfosSchema } from './required-private-infos.js';
import { componentFrameworkSchema, rendererSchema } from './renderer.js';
import { rendererOptionsSchema } from './renderer-options.js';
import { singlePageSchema } from './single-page.js';
import { staticResourcesSchema } from './static-resources.js';
import { subPackagesSchema } from './subpackage.js';
import { supportedMaterialsSchema } from './supported-materials.js';
import { tabBarSchema } from './tab-bar.js';
import { undocumentedAppShape } from './undocumented.js';
import { windowSchema } from './window.js';
import { workersSchema } from './workers.js';

/* Each enum's values with their docs, written once: the z.enum is built from the keys. */
const styleValues = docEnum({ v2: { zh: '新版 WeUI 样式', en: 'The new WeUI styles.' } });
const lazyCodeLoadingValues = docEnum({ requiredComponents: { zh: '只注入页面实际用到的组件代码', en: 'Inject only the components the page actually uses.' } });

const backgroundModeSchema = openEnum(['audio', 'location']).apply(withDoc, field({
  zh: '后台能力："audio" 后台音乐播放，"location" 后台定位。',
  en: 'A background ability: "audio" for background audio playback, "location" for background location.',
  docUrl: appDoc('requiredBackgroundModes'),
}));

const bool = (doc: Parameters<typeof field>[0]) => z.boolean().optional().apply(withDoc, field(doc));
const text = (doc: Parameters<typeof field>[0]) => z.string().optional().apply(withDoc, field(doc));

/** Keys that may also appear inside a per-platform override (`mini-ios`, …). */
const appShape = {
  $schema: text({ zh: 'JSON Schema 地址，供编辑器使用。', en: 'JSON Schema URL for editors.', wechatUnchecked: SCHEMA_URL_IGNORED }),
  entryPagePath: pagePathSchema.optional().apply(withDoc, field({
    zh: '小程序默认启动首页，不可带页面参数。未设置时为 pages 的第一项。',
    en: 'Default launch page, without query parameters. Defaults to the first item of pages.',
    docUrl: appDoc('entryPagePath'),
  })),
  pages: z.array(pagePathSchema).apply(withDoc, field({
    zh: '主包页面路径列表，不带文件扩展名。第一项为默认首页（未设置 entryPagePath 时）。',
    en: 'Main-package page paths, without file extension. The first one is the home page unless entryPagePath is set.',
    docUrl: appDoc('pages'),
  })),
  window: windowSchema.optional().apply(withDoc, field({
    zh: '全局窗口表现，每个页面的默认值。',
    en: 'The app-wide window appearance, the default of every page.',
    docUrl: DOCS.app,
    wechatUnchecked: FALSY_AS_ABSENT,
  })),
  tabBar: tabBarSchema.optional(),
  networkTimeout: networkTimeoutSchema.optional(),
  debug: bool({
    zh: '是否在开发者工具中输出调试信息。',
    en: 'Prints debug information in DevTools.',
    default: false,
    docUrl: appDoc('debug'),
  }),
  functionalPages: functionalPagesSchema.optional(),
  subpackages: subPackagesSchema.optional(),
  subPackages: subPackagesSchema.optional(),
  workers: workersSchema.optional(),
  // The docs list audio and location; WeChat's validator accepts any string here, so other values are
  // not errors (editors and the type still offer the two known ones).
  requiredBackgroundModes: z.array(backgroundModeSchema).optional().apply(withDoc, field({
    zh: '需要在后台使用的能力："audio"（后台音乐播放）、"location"（后台定位）。开发版和体验版可直接生效，正式版需通过审核。',
    en: 'Abilities used in the background: "audio" (background music) and "location" (background location). They work directly in development and trial builds; release builds need review.',
    client: '6.7.2',
    docUrl: appDoc('requiredBackgroundModes'),
  })),
  requiredPrivateInfos: requiredPrivateInfosSchema.optional(),
  plugins: pluginsSchema.optional(),
  preloadRule: preloadRuleSchema.optional(),
  resizable: bool({
    zh: 'iPad 上是否支持屏幕旋转；PC 和大屏上是否支持拖动改变窗口大小。',
    en: 'Allows screen rotation on iPad, and window resizing on PC and large screens.',
    default: false,
    since: '2.3.0',
    docUrl: appDoc('resizable'),
  }),
  usingComponents: usingComponentsSchema.optional(),
  permission: permissionSchema.optional(),
  // The table marks it required, but WeChat's validator does not, and the same page says sitemap.json
  // is offline: optional.
  sitemapLocation: text({
    zh: 'sitemap.json 的位置。',
    en: 'Location of sitemap.json.',
    default: 'sitemap.json',
    docUrl: appDoc('sitemapLocation'),
  }),
  style: styleValues.schema.optional().apply(withDoc, field({
    zh: '启用新版组件样式（button、icon、radio、checkbox、switch、slider 等）。',
    en: 'Uses the new component styles (button, icon, radio, checkbox, switch, slider, …).',
    since: '2.8.0',
    values: styleValues.values,
    docUrl: appDoc('style'),
  })),
  useExtendedLib: useExtendedLibSchema.optional(),
  entranceDeclare: entranceDeclareSchema.optional(),
  darkmode: bool({
    zh: '是否适配 DarkMode；开启后需配置 themeLocation。',
    en: 'Declares DarkMode support; needs themeLocation.',
    since: '2.11.0',
    docUrl: DOCS.darkmode,
  }),
  themeLocation: text({
    zh: 'theme.json 的位置，darkmode 为 true 时必填。',
    en: 'Location of theme.json; required when darkmode is true.',
    docUrl: DOCS.darkmode,
    examples: ['theme.json'],
  }),
  lazyCodeLoading: lazyCodeLoadingValues.schema.optional().apply(withDoc, field({
    zh: '组件按需注入。',
    en: 'On-demand injection of components.',
    since: '2.11.1',
    values: lazyCodeLoadingValues.values,
    docUrl: GUIDES.lazyload,
  })),
  singlePage: singlePageSchema.optional(),
  supportedMaterials: uncheckedByWeChat(supportedMaterialsSchema.optional(), NOT_IN_WECHAT_SCHEMA),
  serviceProviderTicket: text({
    zh: '定制化型服务商票据。',
    en: 'Ticket of a customisation service provider.',
    docUrl: appDoc('serviceProviderTicket'),
  }),
  embeddedAppIdList: z.array(z.string()).optional().apply(withDoc, field({
    zh: '可以半屏打开的小程序 AppID 列表。基础库 2.23.1 起无需配置。',
    en: 'AppIDs of mini programs that may be opened in half-screen mode. Not needed from base library 2.23.1.',
    since: '2.20.1',
    docUrl: appDoc('embeddedAppIdList'),
  })),
  halfPage: halfPageSchema.optional(),
  debugOptions: appDebugOptionsSchema.optional(),
  enablePassiveEvent: enablePassiveEventSchema.optional(),
  resolveAlias: z.record(z.string(), z.string()).optional().apply(withDoc, field({
    zh: '自定义模块路径别名，用于 require。键和值都须以 "/*" 结尾；"/" 表示代码根目录。',
    en: 'Module path aliases for require. Keys and values must end with "/*"; "/" is the code root.',
    docUrl: appDoc('resolveAlias'),
    examples: [{ '~/*': '/*' }],
  })),
  renderer: rendererSchema.optional(),
  rendererOptions: rendererOptionsSchema.optional(),
  componentFramework: componentFrameworkSchema.optional(),
  miniApp: miniAppSchema.optional(),
  static: staticResourcesSchema.optional(),
  // WeChat's validator (miniprogram-ci 2.1.42) does not know convertRpxToVw yet and warns; it is documented.
  convertRpxToVw: bool({
    zh: '是否把 rpx 单位转换为 vw（修复 rpx 精度问题）。',
    en: 'Converts rpx to vw (fixes rpx rounding).',
    since: '3.3.0',
    docUrl: appDoc('convertRpxToVw'),
    wechatUnchecked: NOT_IN_WECHAT_SCHEMA,
  }),
  chatTools: chatToolsSchema.optional(),
  appBar: appBarSchema.optional(),
  frameset: bool({
    zh: '是否启用分栏模式（PC 微信），须同时设置 resizable: true。',
    en: 'Turns on split-pane mode (WeChat for PC); needs resizable: true.',
    client: 'Windows 3.3',
    docUrl: 'https://developers.weixin.qq.com/miniprogram/dev/framework/view/frameset.html',
  }),
  accountCardPackage: accountCardPackageSchema.optional(),
  // Dropped from the docs and from WeChat's schema (it warns about it as unknown); kept as a deprecated
  // key so the message explains what to do instead of guessing a typo.
  navigateToMiniProgramAppIdList: z.array(z.string()).optional().apply(withDoc, field({
    zh: '允许跳转到的小程序 AppID 列表（最多 10 个）。',
    en: 'AppIDs of mini programs the app may navigate to (at most 10).',
    since: '2.4.0',
    deprecated: {
      zh: '约 2020 年起跳转其他小程序不再需要声明，可删除此字段。',
      en: 'Since about 2020 navigating to another mini program needs no declaration; remove the key.',
    },
    wechatUnchecked: NOT_IN_WECHAT_SCHEMA,
  })),
  ...undocumentedAppShape,
};

const { $schema: _schema, static: _static, ...overridableShape } = appShape;

/*
 * Per-platform overrides for multi-platform apps (条件编译): a partial app.json merged over the base.
 * WeChat's validator knows mini-weixin, mini-ios and mini-android; the guide documents mini-wechat (and
 * mini-ohos for HarmonyOS). We accept all five; WeChat only warns about the two it does not know.
 */
// In an override WeChat checks window's type strictly (a falsy window is an error there, unlike at the top).
export const platformOverrideSchema = z.strictObject({ ...overridableShape, pages: overridableShape.pages.optional(), window: windowSchema.optional() }).apply(withDoc, { id: 'AppJsonPlatformOverride', ...field({
  zh: '某一平台的覆盖配置：写法同 app.json（不含 static），与基础配置合并。',
  en: 'Override for one platform: same keys as app.json (except static), merged over the base.',
  docUrl: GUIDES.conditionCompile,
}) });

const override = (platform: string, wechatKnows = true) => platformOverrideSchema.optional().apply(withDoc, field({
  zh: `${platform} 平台的覆盖配置。`,
  en: `Override for ${platform}.`,
  docUrl: GUIDES.conditionCompile,
  ...(wechatKnows ? {} : { wechatUnchecked: NOT_IN_WECHAT_SCHEMA }),
}));

export const appJsonSchema = z.strictObject({
  ...appShape,
  'mini-weixin': override('微信小程序 (mini-weixin)'),
  'mini-wechat': override('微信小程序 (mini-wechat)', false),
  'mini-ios': override('iOS (mini-ios)'),
  'mini-android': override('Android (mini-android)'),
  'mini-ohos': override('HarmonyOS (mini-ohos)', false),
}).apply(withDoc, { id: 'AppJson', ...field({ zh: '小程序全局配置 app.json。', en: 'Mini program global configuration, app.json.', docUrl: DOCS.app }) });
