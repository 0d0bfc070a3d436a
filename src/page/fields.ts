/**
 * Fields a page json shares with app.json and/or component json (field reference §2, §5, §6).
 * Each is exported so app.json and component json use the very same definition.
 */
import * as z from 'zod';
import { DOCS, field } from '../meta.js';

const GUIDE = 'https://developers.weixin.qq.com/miniprogram/dev/framework';
const PAGE_DOC = DOCS.page;
export const COMPONENT_GUIDE = {
  placeholder: `${GUIDE}/custom-component/placeholder.html`,
  generics: `${GUIDE}/custom-component/generics.html`,
  styles: `${GUIDE}/custom-component/wxml-wxss.html`,
  pureData: `${GUIDE}/custom-component/pure-data.html`,
  glassEasel: `${GUIDE}/custom-component/glass-easel/migration.html`,
  skyline: `${GUIDE}/runtime/skyline/introduction.html`,
  skylineWxss: `${GUIDE}/runtime/skyline/wxss.html`,
  skylineRelease: `${GUIDE}/runtime/skyline/release.html`,
} as const;

export const styleV2Schema = z.literal('v2').meta(field({
  zh: '启用新版基础组件样式（button、icon、radio、checkbox、switch、slider 等）。只能写 "v2"。',
  en: 'Turns on the new style of the basic components (button, icon, radio, checkbox, switch, slider…). The only value is "v2".',
  since: '2.10.2',
  // The page doc gives the type as string with default "default"; WeChat's schema accepts only "v2".
  values: { v2: { zh: '新版组件样式。', en: 'The new component style.' } },
  docUrl: PAGE_DOC,
}));

export const singlePageSchema = z.strictObject({
  navigationBarFit: z.enum(['float', 'squeezed']).optional().meta(field({
    zh: '导航栏与页面的相交方式，默认自动调整：原生导航栏时为 float，否则为 squeezed。',
    en: 'How the navigation bar meets the page. By default it adapts: float with the native bar, squeezed otherwise.',
    values: {
      float: { zh: '导航栏浮在页面上，与页面相交。', en: 'The bar floats over the page.' },
      squeezed: { zh: '页面被导航栏挤压，与页面不相交。', en: 'The page is pushed below the bar.' },
    },
    docUrl: PAGE_DOC,
  })),
}).meta(field({
  zh: '单页模式（在朋友圈等场景打开时）的配置。',
  en: 'Settings of single-page mode (when opened from Moments and similar).',
  since: '2.12.0',
  docUrl: PAGE_DOC,
}));

const passiveEventDoc = (event: string) => field({
  zh: `是否把 ${event} 事件监听设为 passive。`,
  en: `Whether ${event} listeners are passive.`,
  default: false,
});

export const enablePassiveEventSchema = z.union([
  z.boolean(),
  // WeChat's schema takes any key with a boolean value; the docs name these three, so we warn on others.
  z.strictObject({
    touchstart: z.boolean().optional().meta(passiveEventDoc('touchstart')),
    touchmove: z.boolean().optional().meta(passiveEventDoc('touchmove')),
    wheel: z.boolean().optional().meta(passiveEventDoc('wheel')),
  }),
]).meta(field({
  zh: '把触摸、滚轮事件监听设为 passive（可提升滚动性能）。true 表示全部，或按事件分别设置。页面设置覆盖全局设置。',
  en: 'Makes touch and wheel listeners passive (smoother scrolling): true for all, or per event. A page value overrides the app value.',
  default: false,
  since: '2.24.1',
  docUrl: PAGE_DOC,
}));

/** Renderer of a page or component. WeChat's page schema accepts four values; app.json only the first two. */
export const pageRendererSchema = z.enum(['webview', 'skyline', 'xr-frame', 'cover-view']).meta(field({
  zh: '渲染后端。页面设置覆盖 app.json 的设置（混合渲染）。',
  en: 'Rendering backend. A page value overrides the app.json value (hybrid rendering).',
  default: 'webview',
  since: '2.30.4',
  values: {
    webview: { zh: 'WebView 渲染（默认）。', en: 'WebView rendering (the default).' },
    skyline: { zh: 'Skyline 渲染，需同时使用 glass-easel 组件框架与自定义导航栏。', en: 'Skyline rendering; needs the glass-easel component framework and a custom navigation bar.' },
    'xr-frame': { zh: 'xr-frame（3D/XR 组件），未写入页面配置文档，微信开发者工具认识此值。', en: 'xr-frame (3D/XR components); not in the page docs, but WeChat DevTools knows it.' },
    'cover-view': { zh: 'cover-view，未写入文档，微信开发者工具认识此值。', en: 'cover-view; undocumented, but WeChat DevTools knows it.' },
  },
  docUrl: COMPONENT_GUIDE.skyline,
}));

const versionRange = (zh: string, en: string) => z.string().optional().meta(field({ zh, en, docUrl: COMPONENT_GUIDE.skylineRelease, examples: ['3.0.0'] }));

/**
 * Skyline options. WeChat's schema lists the first nine keys and warns on the rest; the Skyline guides
 * document the others (newer than the DevTools schema), so we accept them without a warning.
 */
export const skylineOptionsSchema = z.strictObject({
  defaultDisplayBlock: z.boolean().optional().meta(field({
    zh: '节点默认 display: block（与 WebView 一致）。', en: 'Elements default to display: block (as in WebView).', default: false, since: '2.31.1', docUrl: COMPONENT_GUIDE.skylineWxss,
  })),
  defaultContentBox: z.boolean().optional().meta(field({
    zh: '节点默认 box-sizing: content-box。', en: 'Elements default to box-sizing: content-box.', default: false, since: '3.1.0', docUrl: COMPONENT_GUIDE.skylineWxss,
  })),
  disableABTest: z.boolean().optional().meta(field({
    zh: '关闭 Skyline 的 AB 实验，全量使用 Skyline。', en: 'Opts out of the Skyline A/B test: Skyline for everyone.', default: false, docUrl: COMPONENT_GUIDE.skylineRelease,
  })),
  sdkVersionBegin: versionRange('强制启用 Skyline 的基础库版本下限。', 'Lowest base library version on which Skyline is forced on.'),
  sdkVersionEnd: versionRange('强制启用 Skyline 的基础库版本上限，文档建议 "15.255.255"。', 'Highest base library version on which Skyline is forced on; the docs suggest "15.255.255".'),
  iosVersionBegin: versionRange('启用 Skyline 的 iOS 微信客户端版本下限。', 'Lowest iOS WeChat client version on which Skyline is on.'),
  iosVersionEnd: versionRange('启用 Skyline 的 iOS 微信客户端版本上限。', 'Highest iOS WeChat client version on which Skyline is on.'),
  androidVersionBegin: versionRange('启用 Skyline 的安卓微信客户端版本下限。', 'Lowest Android WeChat client version on which Skyline is on.'),
  androidVersionEnd: versionRange('启用 Skyline 的安卓微信客户端版本上限。', 'Highest Android WeChat client version on which Skyline is on.'),
  ohosVersionBegin: versionRange('启用 Skyline 的鸿蒙微信客户端版本下限。', 'Lowest HarmonyOS WeChat client version on which Skyline is on.'),
  ohosVersionEnd: versionRange('启用 Skyline 的鸿蒙微信客户端版本上限。', 'Highest HarmonyOS WeChat client version on which Skyline is on.'),
  tagNameStyleIsolation: z.enum(['isolated', 'legacy']).optional().meta(field({
    zh: '标签名选择器的样式隔离方式。', en: 'Style isolation of tag-name selectors.', default: 'isolated', since: '3.6.0',
    values: {
      isolated: { zh: '标签名选择器只作用于本组件。', en: 'Tag-name selectors apply inside their own component only.' },
      legacy: { zh: '沿用旧行为，标签名选择器跨组件生效。', en: 'Old behaviour: tag-name selectors reach across components.' },
    },
    docUrl: COMPONENT_GUIDE.skylineWxss,
  })),
  enableScrollViewAutoSize: z.boolean().optional().meta(field({
    zh: 'scroll-view 根据内容自动撑开尺寸。', en: 'scroll-view sizes itself to its content.', default: false, since: '3.7.2', docUrl: COMPONENT_GUIDE.skylineWxss,
  })),
}).meta(field({ zh: 'Skyline 渲染引擎的选项。', en: 'Options of the Skyline renderer.', docUrl: COMPONENT_GUIDE.skylineWxss }));

export const pageRendererOptionsSchema = z.strictObject({
  skyline: skylineOptionsSchema.optional(),
}).meta(field({ zh: '渲染后端的选项。', en: 'Options of the rendering backend.', since: '3.1.0', docUrl: PAGE_DOC }));

export const componentFrameworkSchema = z.enum(['exparser', 'glass-easel']).meta(field({
  zh: '组件框架。页面设置为 glass-easel 时，其依赖的组件也按 glass-easel 处理。',
  en: 'Component framework. When a page uses glass-easel, the components it depends on do too.',
  default: 'exparser',
  since: '2.30.4',
  values: {
    exparser: { zh: '经典组件框架（默认）。', en: 'The classic component framework (the default).' },
    'glass-easel': { zh: '新版组件框架，Skyline 渲染必需。', en: 'The new component framework, required by Skyline.' },
  },
  docUrl: COMPONENT_GUIDE.glassEasel,
}));

export const componentPlaceholderSchema = z.record(z.string(), z.string().meta(field({
  zh: '占位组件：内置组件名（如 "view"）或 usingComponents 中的另一个标签名。',
  en: 'Placeholder: a built-in component such as "view", or another tag from usingComponents.',
  docUrl: COMPONENT_GUIDE.placeholder,
}))).meta(field({
  zh: '占位组件：键是 usingComponents 中的标签名，值是该组件尚未可用（如异步分包未加载）时临时渲染的组件。',
  en: 'Placeholders: each key is a tag from usingComponents, each value the component rendered while the real one is not available yet (e.g. an async subpackage still loading).',
  since: '2.11.2',
  examples: [{ 'comp-a': 'view' }],
  docUrl: COMPONENT_GUIDE.placeholder,
}));

export const styleIsolationValues = {
  isolated: { zh: '样式完全隔离（组件的默认值）。', en: 'Styles fully isolated (the default for components).' },
  'apply-shared': { zh: '页面样式影响本组件，本组件样式不影响页面。', en: 'Page styles reach this component; its styles do not reach the page.' },
  shared: { zh: '页面与本组件样式互相影响（插件中不可用）。', en: 'Styles flow both ways between page and component (not available in plugins).' },
  'page-isolated': { zh: '（Component 构造的页面）禁用 app.wxss，页面样式不影响其他组件。', en: '(Pages built with Component) app.wxss disabled; page styles stay inside.' },
  'page-apply-shared': { zh: '（Component 构造的页面）禁用 app.wxss，页面样式不影响其他组件，但 shared 组件的样式会影响页面。', en: '(Pages built with Component) app.wxss disabled; page styles stay inside, but shared components affect the page.' },
  'page-shared': { zh: '（Component 构造的页面）禁用 app.wxss，页面与 shared 组件样式互相影响。', en: '(Pages built with Component) app.wxss disabled; styles flow both ways with shared components.' },
};

/** WeChat's schema accepts all six values in both page and component json (reference §12). */
export const styleIsolationSchema = z.enum(['isolated', 'apply-shared', 'shared', 'page-isolated', 'page-apply-shared', 'page-shared']).meta(field({
  zh: '组件样式隔离方式。page-* 取值用于以 Component 构造的页面。',
  en: 'Style isolation of the component. The page-* values are for pages built with Component().',
  since: '2.10.1',
  values: styleIsolationValues,
  docUrl: COMPONENT_GUIDE.styles,
}));

export const pureDataPatternSchema = z.string().meta(field({
  zh: '纯数据字段的正则（源码形式），匹配的 data 字段不参与渲染，如 "^_"。',
  en: 'Regular expression (source) for pure data fields: matching data fields are not rendered, e.g. "^_".',
  since: '2.10.1',
  examples: ['^_'],
  docUrl: COMPONENT_GUIDE.pureData,
}));

export const componentGenericsSchema = z.record(z.string(), z.union([
  z.literal(true),
  z.strictObject({
    default: z.string().meta(field({ zh: '未指定时使用的默认组件路径。', en: 'Path of the component used when none is given.', docUrl: COMPONENT_GUIDE.generics })),
  }),
  // WeChat's schema also lists null, but its compiler then rejects it ("should be boolean/object").
])).meta(field({
  zh: '抽象节点声明：键是抽象节点名，值为 true，或 {"default": "默认组件路径"}。',
  en: 'Generic (abstract) nodes: each key is a node name, each value true or {"default": "path of the default component"}.',
  since: '1.9.6',
  examples: [{ selectable: true }, { selectable: { default: 'path/to/default/component' } }],
  docUrl: COMPONENT_GUIDE.generics,
}));

export const disableScrollSchema = z.boolean().meta(field({
  zh: '页面整体不能上下滚动（只在页面配置中有效，不能写在 app.json）。',
  en: 'The page as a whole cannot scroll vertically (page json only; not valid in app.json).',
  default: false,
  docUrl: PAGE_DOC,
}));
