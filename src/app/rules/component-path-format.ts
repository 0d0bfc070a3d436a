/**
 * component-path-format: a `usingComponents` value names a component without file extension, and is
 * not empty. WeChat looks for `<value>.json` and `<value>.wxml`, so "/c/x.js" fails there as a missing
 * component (an error in a real project; the stubbed oracle cannot see it).
 */
import type { AppJson } from '../../types.js';
import { objectAt } from './app-view.js';
import type { Rule } from './types.js';

const COMPONENT_EXTENSION = /\.(js|ts|json|wxml|wxss|vue)$/i;

export const componentPathFormat: Rule<AppJson> = {
  code: 'component-path-format',
  severity: 'error',
  description: {
    zh: 'usingComponents 的值是组件路径，不能为空，也不写文件扩展名。',
    en: 'usingComponents values are component paths: not empty, and without a file extension.',
  },
  messages: {
    'zh-CN': (p) => (p.value === ''
      ? `${p.field} 为空。请写出组件路径，例如 "/components/nav-bar/index"。`
      : `${p.field} 为 "${p.value}"，组件路径不写扩展名（微信会查找 .json 和 .wxml）。请改为 "${p.suggestion}"。`),
    en: (p) => (p.value === ''
      ? `${p.field} is empty. Write the component path, e.g. "/components/nav-bar/index".`
      : `${p.field} is "${p.value}"; component paths have no extension (WeChat looks for .json and .wxml itself). Write "${p.suggestion}".`),
  },
  *check(app) {
    for (const [tag, value] of Object.entries(objectAt(app, 'usingComponents') ?? {})) {
      if (typeof value !== 'string' || (value !== '' && !COMPONENT_EXTENSION.test(value))) continue;
      yield { path: ['usingComponents', tag], params: { value, suggestion: value.replace(COMPONENT_EXTENSION, '') } };
    }
  },
};
