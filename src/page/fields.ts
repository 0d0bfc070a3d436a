/**
 * Fields a page json shares with component json (field reference §5, §6), and the app.json blocks
 * (src/app/) a page json reuses as they are.
 */
import * as z from 'zod';
import { skylineOptionsSchema } from '../app/renderer-options.js';
import { docEnum, DOCS, field, withDoc } from '../meta.js';

/* Each enum's values with their docs, written once: the z.enum is built from the keys. */
const enumValues = docEnum({
  webview: { zh: 'WebView 渲染（默认）。', en: 'WebView rendering (the default).' },
  skyline: { zh: 'Skyline 渲染，需同时使用 glass-easel 组件框架与自定义导航栏。', en: 'Skyline rendering; needs the glass-easel component framework and a custom navigation bar.' },
  'xr-frame': { zh: 'xr-frame（3D/XR 组件），未写入页面配置文档，微信开发者工具认识此值。', en: 'xr-frame (3D/XR components); not in the page docs, but WeChat DevTools knows it.' },
  'cover-view': { zh: 'cover-view，未写入文档，微信开发者工具认识此值。', en: 'cover-view; undocumented, but WeChat DevTools knows it.' },
});

export { componentFrameworkSchema } from '../app/renderer.js';
export { enablePassiveEventSchema } from '../app/passive-event.js';
export { singlePageSchema } from '../app/single-page.js';

const GUIDE = 'https://developers.weixin.qq.com/miniprogram/dev/framework';
const PAGE_DOC = DOCS.page;
const COMPONENT_GUIDE = {
  placeholder: `${GUIDE}/custom-component/placeholder.html`,
  generics: `${GUIDE}/custom-component/generics.html`,
  styles: `${GUIDE}/custom-component/wxml-wxss.html`,
  pureData: `${GUIDE}/custom-component/pure-data.html`,
  skyline: `${GUIDE}/runtime/skyline/introduction.html`,
} as const;

export const styleV2Schema = z.literal('v2').apply(withDoc, field({
  zh: '启用新版基础组件样式（button、icon、radio、checkbox、switch、slider 等）。只能写 "v2"。',
  en: 'Turns on the new style of the basic components (button, icon, radio, checkbox, switch, slider…). The only value is "v2".',
  since: '2.10.2',
  // The page doc gives the type as string with default "default"; WeChat's schema accepts only "v2".
  values: { v2: { zh: '新版组件样式。', en: 'The new component style.' } },
  docUrl: PAGE_DOC,
}));

/** Renderer of a page or component. WeChat's page schema accepts four values; app.json only the first two. */
export const pageRendererSchema = enumValues.schema.apply(withDoc, field({
  zh: '渲染后端。页面设置覆盖 app.json 的设置（混合渲染）。',
  en: 'Rendering backend. A page value overrides the app.json value (hybrid rendering).',
  default: 'webview',
  since: '2.30.4',
  values: enumValues.values,
  docUrl: COMPONENT_GUIDE.skyline,
}));

/** Page level has only `skyline`: WeChat's page schema warns on app.json's undocumented `defaultDisplayBlock`. */
export const pageRendererOptionsSchema = z.strictObject({
  skyline: skylineOptionsSchema.optional(),
}).apply(withDoc, field({ zh: '本页面渲染后端的选项。', en: 'Options of the rendering backend for this page.', since: '3.1.0', docUrl: PAGE_DOC }));

export const componentPlaceholderSchema = z.record(z.string(), z.string().apply(withDoc, field({
  zh: '占位组件：内置组件名（如 "view"）或 usingComponents 中的另一个标签名。',
  en: 'Placeholder: a built-in component such as "view", or another tag from usingComponents.',
  docUrl: COMPONENT_GUIDE.placeholder,
}))).apply(withDoc, field({
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
export const styleIsolationSchema = z.enum(['isolated', 'apply-shared', 'shared', 'page-isolated', 'page-apply-shared', 'page-shared']).apply(withDoc, field({
  zh: '组件样式隔离方式。page-* 取值用于以 Component 构造的页面。',
  en: 'Style isolation of the component. The page-* values are for pages built with Component().',
  since: '2.10.1',
  values: styleIsolationValues,
  docUrl: COMPONENT_GUIDE.styles,
}));

export const pureDataPatternSchema = z.string().apply(withDoc, field({
  zh: '纯数据字段的正则（源码形式），匹配的 data 字段不参与渲染，如 "^_"。',
  en: 'Regular expression (source) for pure data fields: matching data fields are not rendered, e.g. "^_".',
  since: '2.10.1',
  examples: ['^_'],
  docUrl: COMPONENT_GUIDE.pureData,
}));

export const componentGenericsSchema = z.record(z.string(), z.union([
  z.literal(true),
  // An extra key beside "default" fails WeChat's schema ("needs to be object, boolean, null"): an error
  // here too, not the unknown-key warning other objects get.
  z.looseObject({
    default: z.string().apply(withDoc, field({ zh: '未指定时使用的默认组件路径。', en: 'Path of the component used when none is given.', docUrl: COMPONENT_GUIDE.generics })),
  }).superRefine((generic, ctx) => {
    for (const key of Object.keys(generic)) {
      if (key === 'default') continue;
      ctx.addIssue({
        code: 'custom', path: [key], input: generic[key],
        params: { code: 'unknown-key', severity: 'error', message: {
          'zh-CN': `抽象节点的对象只能有 "default" 一个键，"${key}" 会使微信编译失败。请删除它。`,
          en: `A generic's object takes only "default"; "${key}" fails WeChat's compile. Remove it.`,
        } },
      });
    }
  }).apply(withDoc, { jsonSchema: { additionalProperties: false } }),
  // WeChat's schema also lists null, but its compiler then rejects it ("should be boolean/object").
])).apply(withDoc, field({
  zh: '抽象节点声明：键是抽象节点名，值为 true，或 {"default": "默认组件路径"}。',
  en: 'Generic (abstract) nodes: each key is a node name, each value true or {"default": "path of the default component"}.',
  since: '1.9.6',
  examples: [{ selectable: true }, { selectable: { default: 'path/to/default/component' } }],
  docUrl: COMPONENT_GUIDE.generics,
}));

export const disableScrollSchema = z.boolean().apply(withDoc, field({
  zh: '页面整体不能上下滚动（只在页面配置中有效，不能写在 app.json）。',
  en: 'The page as a whole cannot scroll vertically (page json only; not valid in app.json).',
  default: false,
  docUrl: PAGE_DOC,
}));
