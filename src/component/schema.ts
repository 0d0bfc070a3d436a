/**
 * Custom component configuration (a component .json file), field reference §6.
 *
 * WeChat checks component json with the same schema as page json, so window keys (navigationStyle…) pass
 * there without a word. We leave them out on purpose: in a component they have no effect, and the
 * validator warns (unknown key, never an error). A page built with `Component()` also carries
 * `"component": true`; validate such a file as a page json, where the window keys belong.
 */
import * as z from 'zod';
import { COMPONENT_FLAG_NOT_CHECKED, SCHEMA_URL_IGNORED } from '../primitives/wechat-unchecked.js';
import { DOCS, field } from '../meta.js';
import { usingComponentsSchema } from '../primitives/using-components.js';
import {
  componentFrameworkSchema, componentGenericsSchema, componentPlaceholderSchema, disableScrollSchema,
  pageRendererSchema, pureDataPatternSchema, styleIsolationSchema, styleIsolationValues,
} from '../page/fields.js';

export const componentJsonSchema = z.strictObject({
  $schema: z.string().optional().meta(field({ zh: 'JSON Schema 地址（供编辑器使用，微信忽略）。', en: 'JSON Schema URL for editors; WeChat ignores it.', wechatUnchecked: SCHEMA_URL_IGNORED })),
  component: z.literal(true).meta(field({
    zh: '声明这组文件是自定义组件，必须为 true。',
    en: 'Declares this set of files a custom component; must be true.',
    since: '1.6.3',
    values: { true: { zh: '这是一个自定义组件。', en: 'This is a custom component.' } },
    docUrl: DOCS.component,
    wechatUnchecked: COMPONENT_FLAG_NOT_CHECKED,
  })),
  usingComponents: usingComponentsSchema.optional(),
  componentGenerics: componentGenericsSchema.optional(),
  componentPlaceholder: componentPlaceholderSchema.optional(),
  styleIsolation: styleIsolationSchema.optional().meta(field({
    zh: '组件样式隔离方式（JSON 中设置需基础库 2.10.1 起；也可写在 JS 的 options 中）。',
    en: 'Style isolation of the component (in json from base library 2.10.1; it can also go in the JS options).',
    default: 'isolated',
    since: '2.10.1',
    values: styleIsolationValues,
    docUrl: `${DOCS.component}wxml-wxss.html`,
  })),
  pureDataPattern: pureDataPatternSchema.optional(),
  componentFramework: componentFrameworkSchema.optional(),
  // Not in the component docs, but WeChat's schema knows both and the official demo uses them
  // (renderer: "xr-frame" / "skyline" components; disableScroll in xr-frame components).
  renderer: pageRendererSchema.optional(),
  disableScroll: disableScrollSchema.optional(),
  // Not accepted: virtualHost, addGlobalClass, multipleSlots. They are options of Component() in JS;
  // WeChat's json schema warns on them as unknown keys too.
}).meta({
  id: 'ComponentJson',
  ...field({
    zh: '自定义组件配置（组件 .json），须包含 "component": true。',
    en: 'Custom component configuration (a component .json file); it must contain "component": true.',
    docUrl: DOCS.component,
  }),
});

export type ComponentJsonInput = z.input<typeof componentJsonSchema>;
