/**
 * `window` in app.json — also the flat top level of a page json (see `src/page/`).
 *
 * Sources: field reference §3 and WeChat's own schema (`IWindow` in miniprogram-ci). Where they
 * disagree we follow WeChat's validator (reference §12), as noted on each field.
 */
import * as z from 'zod';
import { DOCS, field } from '../meta.js';
import { hexColorWithAlphaSchema } from '../primitives/color.js';
import { COLOUR_NOT_CHECKED } from '../primitives/wechat-unchecked.js';
import { themeable } from '../primitives/theme-variable.js';

const WINDOW_DOC = `${DOCS.app}#window`;

/**
 * Colours of the window. WeChat's compiler accepts `#rgb`, `#rrggbb` and `#rrggbbaa` (its `isHexColor`,
 * which also allows `#rgba`) on navigationBarBackgroundColor and backgroundColor, and any string on the
 * bounce-area colours. We accept the 3-, 6- and 8-digit forms everywhere: the docs ask for hex, and
 * real projects use 8 digits (e.g. backgroundColorTop "#fff3d0c2").
 */
const windowColorSchema = themeable(hexColorWithAlphaSchema);

/** Window fields shared by app.json `window` and page json. Page-only fields live in `src/page/`. */
export const windowShape = {
  navigationBarBackgroundColor: windowColorSchema.optional().meta(field({
    zh: '导航栏背景颜色，如 "#000000"。',
    en: 'Navigation bar background colour, e.g. "#000000".',
    default: '#000000',
    themeVariable: true,
    docUrl: WINDOW_DOC,
  })),
  navigationBarTextStyle: themeable(z.enum(['black', 'white'])).optional().meta(field({
    zh: '导航栏标题、状态栏的颜色。',
    en: 'Colour of the navigation bar title and of the status bar.',
    default: 'white',
    themeVariable: true,
    values: {
      black: { zh: '黑色标题与状态栏（适合浅色导航栏）。', en: 'Black title and status bar (for a light navigation bar).' },
      white: { zh: '白色标题与状态栏（适合深色导航栏）。', en: 'White title and status bar (for a dark navigation bar).' },
    },
    docUrl: WINDOW_DOC,
  })),
  navigationBarTitleText: z.string().optional().meta(field({
    zh: '导航栏标题文字。',
    en: 'Title text shown in the navigation bar.',
    docUrl: WINDOW_DOC,
  })),
  navigationStyle: z.enum(['default', 'custom']).optional().meta(field({
    zh: '导航栏样式。custom 时只保留右上角胶囊按钮，页面自行绘制导航栏；对 web-view 页面无效。页面级设置需客户端 7.0.0 起。',
    en: 'Navigation bar style. With custom only the capsule button stays and the page draws its own bar; no effect on web-view pages. Per-page use needs client 7.0.0+.',
    default: 'default',
    client: '6.6.0',
    values: {
      default: { zh: '默认导航栏。', en: 'The standard navigation bar.' },
      custom: { zh: '自定义导航栏，只保留右上角胶囊按钮。', en: 'Custom navigation bar: only the capsule button is kept.' },
    },
    docUrl: WINDOW_DOC,
  })),
  homeButton: z.boolean().optional().meta(field({
    zh: '在非首页、非页面栈最底层、非 tabBar 页面的导航栏显示返回首页按钮。',
    en: 'Shows a home button in the navigation bar of pages that are not the home page, not at the bottom of the page stack and not tab pages.',
    default: false,
    client: '8.0.24',
    docUrl: WINDOW_DOC,
  })),
  backgroundColor: windowColorSchema.optional().meta(field({
    zh: '窗口背景色（下拉刷新时露出的区域）。',
    en: 'Window background colour (the area revealed by pull-down).',
    default: '#ffffff',
    themeVariable: true,
    docUrl: WINDOW_DOC,
  })),
  backgroundColorContent: windowColorSchema.optional().meta(field({
    zh: '页面容器背景色，格式 #RRGGBBAA（如 Skyline 透明路由）。微信同样允许这里写 @变量。',
    en: 'Page container background colour, #RRGGBBAA (e.g. transparent Skyline routes). WeChat also accepts an @variable here.',
    // Not in the §8.2 DarkMode list, but WeChat's compiler lists it among the fields whose @variables
    // it resolves (jsonVariablePropertyWhiteList), so we accept a reference too.
    themeVariable: true,
    wechatUnchecked: COLOUR_NOT_CHECKED,
    docUrl: DOCS.page,
  })),
  backgroundTextStyle: themeable(z.enum(['dark', 'light'])).optional().meta(field({
    zh: '下拉刷新时 loading 图标的样式。',
    en: 'Style of the loading indicator shown on pull-down.',
    default: 'dark',
    themeVariable: true,
    values: {
      dark: { zh: '深色 loading 图标。', en: 'Dark loading indicator.' },
      light: { zh: '浅色 loading 图标。', en: 'Light loading indicator.' },
    },
    docUrl: WINDOW_DOC,
  })),
  backgroundColorTop: windowColorSchema.optional().meta(field({
    zh: '顶部回弹区域的背景色，仅 iOS 支持。',
    en: 'Background colour of the top bounce area; iOS only.',
    default: '#ffffff',
    client: '6.5.16',
    themeVariable: true,
    wechatUnchecked: COLOUR_NOT_CHECKED,
    docUrl: WINDOW_DOC,
  })),
  backgroundColorBottom: windowColorSchema.optional().meta(field({
    zh: '底部回弹区域的背景色，仅 iOS 支持。',
    en: 'Background colour of the bottom bounce area; iOS only.',
    default: '#ffffff',
    client: '6.5.16',
    themeVariable: true,
    wechatUnchecked: COLOUR_NOT_CHECKED,
    docUrl: WINDOW_DOC,
  })),
  enablePullDownRefresh: z.boolean().optional().meta(field({
    zh: '是否开启下拉刷新（触发 Page.onPullDownRefresh）。',
    en: 'Enables pull-down refresh (fires Page.onPullDownRefresh).',
    default: false,
    docUrl: WINDOW_DOC,
  })),
  onReachBottomDistance: z.number().optional().meta(field({
    zh: '距页面底部多少 px 时触发 Page.onReachBottom。',
    en: 'Distance from the page bottom, in px, at which Page.onReachBottom fires.',
    default: 50,
    docUrl: WINDOW_DOC,
  })),
  pageOrientation: z.enum(['auto', 'portrait', 'landscape']).optional().meta(field({
    zh: '屏幕旋转设置。iPad 上请改用 app.json 的 resizable。',
    en: 'Screen rotation. On iPad use app.json resizable instead.',
    default: 'portrait',
    since: '2.4.0',
    values: {
      auto: { zh: '随系统自动旋转（基础库 2.4.0 起）。', en: 'Rotate with the device (base library 2.4.0+).' },
      portrait: { zh: '固定竖屏。', en: 'Always portrait.' },
      landscape: { zh: '固定横屏（基础库 2.5.0 起）。', en: 'Always landscape (base library 2.5.0+).' },
    },
    docUrl: WINDOW_DOC,
  })),
  restartStrategy: z.enum(['homePage', 'homePageAndLatestPage']).optional().meta(field({
    zh: '冷启动时从哪个页面进入。homePageAndLatestPage 不能用于 tabBar 页面。',
    en: 'Which page a cold start opens. homePageAndLatestPage cannot be used on tab pages.',
    default: 'homePage',
    since: '2.8.0',
    values: {
      homePage: { zh: '从首页冷启动。', en: 'Cold start on the home page.' },
      homePageAndLatestPage: { zh: '从首页启动，并恢复上次退出时的页面。', en: 'Cold start on the home page and reopen the page the user left.' },
    },
    docUrl: WINDOW_DOC,
  })),
  initialRenderingCache: z.enum(['static', 'dynamic', 'capture']).optional().meta(field({
    zh: '页面初始渲染缓存，仅 WebView 渲染时有效。',
    en: 'Initial rendering cache for the page; WebView renderer only.',
    since: '2.11.1',
    values: {
      static: { zh: '缓存静态初始内容。', en: 'Cache the static initial content.' },
      dynamic: { zh: '缓存动态初始内容。', en: 'Cache the dynamic initial content.' },
      // The app.json table lists static and dynamic only; the page doc and WeChat's schema also take capture.
      capture: { zh: '截图缓存（基础库 3.7.4 起）。', en: 'Screenshot cache (base library 3.7.4+).' },
    },
    docUrl: WINDOW_DOC,
  })),
  visualEffectInBackground: z.enum(['hidden', 'none']).optional().meta(field({
    zh: '切到后台时是否隐藏页面内容，保护用户隐私。页面设置覆盖全局设置。',
    en: 'Whether page content is hidden while the app is in the background, for privacy. A page value overrides the app value.',
    default: 'none',
    since: '2.15.0',
    values: {
      hidden: { zh: '切到后台时隐藏页面内容。', en: 'Hide the content in the background.' },
      none: { zh: '不隐藏。', en: 'Do not hide it.' },
    },
    docUrl: WINDOW_DOC,
  })),
  handleWebviewPreload: z.enum(['static', 'manual', 'auto']).optional().meta(field({
    zh: '控制预加载下个页面 WebView 的时机，仅 Android。',
    en: 'When the WebView of the next page is preloaded; Android only.',
    default: 'static',
    since: '2.15.0',
    values: {
      static: { zh: '页面渲染完成后预加载。', en: 'Preload once the page has rendered.' },
      manual: { zh: '由开发者调用 wx.preloadWebview 预加载。', en: 'Preload only when the code calls wx.preloadWebview.' },
      auto: { zh: '由框架在空闲时自动预加载。', en: 'Let the framework preload when it is idle.' },
    },
    docUrl: WINDOW_DOC,
  })),
  renderingMode: z.enum(['mixed', 'seperated']).optional().meta(field({
    zh: '渲染模式（未公开文档，微信开发者工具认识此字段）。seperated（原文拼写）关闭同层渲染。',
    en: 'Rendering mode (undocumented; WeChat DevTools knows it). seperated (WeChat\'s spelling) turns same-layer rendering off.',
    values: {
      mixed: { zh: '同层渲染。', en: 'Same-layer rendering.' },
      seperated: { zh: '关闭同层渲染。', en: 'Same-layer rendering off.' },
    },
    docUrl: WINDOW_DOC,
  })),
};

// `resizable` is an app.json top-level key, not a window key: WeChat's IWindow schema does not have it.
export const windowSchema = z.strictObject(windowShape).meta({
  id: 'WindowConfig',
  ...field({ zh: '所有页面默认的窗口表现（状态栏、导航栏、标题、窗口背景等）。', en: 'Default window appearance of every page (status bar, navigation bar, title, background…).', docUrl: WINDOW_DOC }),
});

export type WindowConfigInput = z.input<typeof windowSchema>;
