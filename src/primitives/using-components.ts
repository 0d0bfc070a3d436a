/**
 * `usingComponents`: custom components a page, component or (globally) the app uses.
 * Shared by app.json, page json and component json.
 */
import * as z from 'zod';
import { DOCS, field, withDoc } from '../meta.js';

/** Where a component lives: relative, absolute from the code root, `plugin://…`, or an npm package path. */
export const componentPathSchema = z.string().apply(withDoc, field({
  zh: '组件路径：相对路径、以 "/" 开头的代码根目录绝对路径、"plugin://插件名/组件名" 或 npm 包路径。',
  en: 'Component path: relative, absolute from the code root ("/…"), "plugin://alias/name" or an npm package path.',
  docUrl: DOCS.component,
  examples: ['/components/nav-bar/nav-bar', '../card/card', 'plugin://myPlugin/comp'],
}));

/** Tag name → component path. WeChat's own schema only requires the values to be strings. */
export const usingComponentsSchema = z.record(z.string(), componentPathSchema).apply(withDoc, field({
  zh: '使用的自定义组件：键是在 WXML 中使用的标签名，值是组件路径。',
  en: 'Custom components in use: each key is the tag used in WXML, each value the component path.',
  since: '1.6.3',
  docUrl: DOCS.component,
  examples: [{ 'nav-bar': '/components/nav-bar/nav-bar' }],
  snippets: [{
    label: 'usingComponents',
    description: { zh: '引用一个自定义组件', en: 'Use one custom component' },
    body: { '${1:tag-name}': '${2:/components/${1:tag-name}/index}' },
  }],
}));
