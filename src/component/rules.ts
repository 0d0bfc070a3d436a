/**
 * A component json's rules: page-only keys (`navigationBarTitleText`…) have no effect in a component
 * json, so they get their own warning saying where they belong. The key list is generated from the schemas.
 */
import { PAGE_ONLY_KEYS } from '../page/misplaced-keys.generated.js';
import type { MisplacedKeyRule } from '../validate/rule.js';

let pageOnly: Set<string> | undefined;

export const pageKeyInComponent: MisplacedKeyRule = {
  code: 'page-key-in-component',
  severity: 'warning',
  description: { en: 'A page-only key in a component json.', zh: '组件 json 中写了页面配置项。' },
  messages: {
    'zh-CN': (p) => `"${p.key}" 是页面配置项，在组件 json 中不起作用。请把它写在使用该组件的页面的 json 中。`,
    en: (p) => `"${p.key}" is a page setting and has no effect in a component json. Put it in the json of the page that uses the component.`,
  },
  keys: () => (pageOnly ??= new Set(PAGE_ONLY_KEYS)),
};
