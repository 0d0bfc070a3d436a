/**
 * component-tag-name: custom component tag names (keys of `usingComponents`) use only lower-case
 * letters, digits, "-" and "_" (component guide, reference §11.25). WeChat's validator accepts other
 * names and the WXML compiler trips over them later, so this is a warning.
 */
import type { AppJson } from '../../types.js';
import { objectAt } from './app-view.js';
import type { Rule } from './types.js';

const TAG_NAME = /^[a-z][a-z0-9_-]*$/;

export const componentTagName: Rule<AppJson> = {
  code: 'component-tag-name',
  severity: 'warning',
  description: {
    zh: '自定义组件标签名（usingComponents 的键）只能含小写字母、数字、"-" 和 "_"，并以字母开头。',
    en: 'Custom component tag names (usingComponents keys) use only lower-case letters, digits, "-" and "_", starting with a letter.',
  },
  messages: {
    'zh-CN': (p) => `${p.field}：标签名 "${p.tag}" 含有不允许的字符，WXML 中无法使用。请改为 "${p.suggestion}"。`,
    en: (p) => `${p.field}: the tag name "${p.tag}" has characters WXML does not allow. Rename it to "${p.suggestion}".`,
  },
  *check(app) {
    for (const tag of Object.keys(objectAt(app, 'usingComponents') ?? {})) {
      if (!TAG_NAME.test(tag)) yield { path: ['usingComponents', tag], params: { tag, suggestion: suggest(tag) }, anchor: 'key' };
    }
  },
};

/** "MyComp" → "my-comp", "nav.bar" → "nav-bar". */
function suggest(tag: string): string {
  const kebab = tag.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[^a-z]+/, '');
  return kebab || 'my-component';
}
