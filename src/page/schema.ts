/**
 * Page configuration (a page .json file): the window keys of app.json written flat, plus page-only keys
 * (field reference §5). Checked against WeChat's page schema (miniprogram-ci `schema/dist/page.js`) and its
 * page checks (`json/page/`): wrong types and values are errors there, unknown keys are warnings.
 */
import * as z from 'zod';
import { COLOUR_NOT_CHECKED, NOT_IN_WECHAT_SCHEMA, SCHEMA_URL_IGNORED, uncheckedByWeChat } from '../primitives/wechat-unchecked.js';
import { windowShape } from '../app/window.js';
import { DOCS, field } from '../meta.js';
import { usingComponentsSchema } from '../primitives/using-components.js';
import {
  componentFrameworkSchema, componentGenericsSchema, componentPlaceholderSchema, disableScrollSchema,
  enablePassiveEventSchema, pageRendererOptionsSchema, pageRendererSchema, pureDataPatternSchema,
  singlePageSchema, styleIsolationSchema, styleV2Schema,
} from './fields.js';

const PAGE_DOC = DOCS.page;

/** Keys a page json may hold, besides the window keys. */
export const pageOnlyShape = {
  usingComponents: usingComponentsSchema.optional(),
  style: styleV2Schema.optional(),
  singlePage: singlePageSchema.optional(),
  disableScroll: disableScrollSchema.optional(),
  disableSwipeBack: z.boolean().optional().meta(field({
    zh: '禁止页面右滑手势返回。',
    en: 'Disables the swipe-right-to-go-back gesture.',
    default: false,
    client: '7.0.0',
    deprecated: {
      zh: '自微信 7.0.5 起不再生效，且已从文档移除；微信开发者工具仍认识此字段。',
      en: 'Has no effect since WeChat 7.0.5 and is gone from the docs; WeChat DevTools still knows the key.',
    },
    docUrl: PAGE_DOC,
  })),
  enablePassiveEvent: enablePassiveEventSchema.optional(),
  renderer: pageRendererSchema.optional(),
  rendererOptions: pageRendererOptionsSchema.optional(),
  componentFramework: componentFrameworkSchema.optional(),
  componentPlaceholder: componentPlaceholderSchema.optional(),
  component: z.boolean().optional().meta(field({
    zh: '页面使用 Component 构造器编写时设为 true（此时须有 usingComponents，可为 {}）。',
    en: 'true when the page is built with the Component constructor (it then needs usingComponents, which may be {}).',
    docUrl: `${DOCS.component}component.html`,
  })),
  componentGenerics: componentGenericsSchema.optional(),
  styleIsolation: styleIsolationSchema.optional(),
  pureDataPattern: pureDataPatternSchema.optional(),
};

/** A page json without the platform overrides: what each `mini-*` key holds. */
/*
 * Inside a mini-* override WeChat checks types only: it does not test the colours' hex form (its hex
 * check reads the top-level keys), and its override schema lacks style, componentPlaceholder and
 * enablePassiveEvent (it notes them as unknown keys).
 */
const overrideShape = {
  ...windowShape,
  ...pageOnlyShape,
  navigationBarBackgroundColor: uncheckedByWeChat(windowShape.navigationBarBackgroundColor, COLOUR_NOT_CHECKED),
  backgroundColor: uncheckedByWeChat(windowShape.backgroundColor, COLOUR_NOT_CHECKED),
  style: uncheckedByWeChat(pageOnlyShape.style, NOT_IN_WECHAT_SCHEMA),
  componentPlaceholder: uncheckedByWeChat(pageOnlyShape.componentPlaceholder, NOT_IN_WECHAT_SCHEMA),
  enablePassiveEvent: uncheckedByWeChat(pageOnlyShape.enablePassiveEvent, NOT_IN_WECHAT_SCHEMA),
};

export const pageOverrideSchema = z.strictObject(overrideShape).meta({
  // Named, so the JSON Schema refers to it once instead of repeating it for every platform.
  id: 'PageJsonOverride',
  ...field({ zh: '页面配置的一组覆盖项（不含 mini-* 键）。', en: 'A set of page json overrides (without the mini-* keys).', docUrl: PAGE_DOC }),
});

const platformOverride = (platform: string) => pageOverrideSchema.optional().meta(field({
  zh: `多端应用条件编译：仅在 ${platform} 上合并到本页面配置之上的设置。`,
  en: `Multi-platform conditional compilation: settings merged over this page json on ${platform} only.`,
  docUrl: 'https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/miniapp/pre-read/condition-compile.html',
}));

export const pageJsonSchema = z.strictObject({
  // WeChat warns on "$schema" as an unknown key; we accept it because editors use it to find our JSON Schema.
  $schema: z.string().optional().meta(field({ zh: 'JSON Schema 地址（供编辑器使用，微信忽略）。', en: 'JSON Schema URL for editors; WeChat ignores it.', wechatUnchecked: SCHEMA_URL_IGNORED })),
  ...windowShape,
  ...pageOnlyShape,
  // WeChat's schema names the WeChat override "mini-weixin"; the condition-compile guide writes "mini-wechat",
  // which WeChat's validator warns about as unknown. We follow the validator (reference §12).
  'mini-weixin': platformOverride('微信 / WeChat'),
  'mini-ios': platformOverride('iOS'),
  'mini-android': platformOverride('Android'),
  'mini-ohos': platformOverride('HarmonyOS'),
  // Not accepted: pageJSONLight / pageJSONDark. WeChat's schema lists them because its compiler builds
  // them internally when it merges theme.json; a page file gains nothing from writing them.
}).meta({
  id: 'PageJson',
  ...field({
    zh: '页面配置（页面 .json）：覆盖 app.json 中 window 的同名配置项（平铺写，不套 window），另有页面专属配置。',
    en: 'Page configuration (a page .json file): overrides the same-named app.json window keys (written flat, without a window wrapper), plus page-only keys.',
    docUrl: PAGE_DOC,
  }),
});

export type PageJsonInput = z.input<typeof pageJsonSchema>;
