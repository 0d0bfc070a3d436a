/** `preloadRule`: which subpackages to download ahead when a page opens. */
import * as z from 'zod';
import { docEnum, field, withDoc } from '../meta.js';
import { GUIDES } from './doc-urls.js';

/* Each enum's values with their docs, written once: the z.enum is built from the keys. */
const networkValues = docEnum({
  all: { zh: '任何网络', en: 'Any network.' },
  wifi: { zh: '仅 Wi-Fi', en: 'Wi-Fi only.' },
});

const doc = GUIDES.preload;

export const preloadRuleEntrySchema = z.strictObject({
  network: networkValues.schema.optional().apply(withDoc, field({
    zh: '在哪种网络下预下载。',
    en: 'Network condition for the pre-download.',
    default: 'wifi',
    values: networkValues.values,
    docUrl: doc,
  })),
  packages: z.array(z.string()).apply(withDoc, field({
    zh: '进入页面后预下载的分包，写分包的 root 或 name；"__APP__" 表示主包。',
    en: 'Subpackages to pre-download after the page opens, by root or name; "__APP__" is the main package.',
    docUrl: doc,
  })),
}).apply(withDoc, { id: 'PreloadRule', ...field({
  zh: '一个页面的分包预下载规则。',
  en: 'Pre-download rule of one page.',
  docUrl: doc,
}) });

export const preloadRuleSchema = z.record(z.string(), preloadRuleEntrySchema).apply(withDoc, field({
  zh: '分包预下载规则：键为页面路径，值为进入该页面时的预下载规则。',
  en: 'Subpackage pre-download rules: each key is a page path, each value the rule applied when that page opens.',
  since: '2.3.0',
  docUrl: doc,
  snippets: [{
    label: 'preloadRule',
    description: { zh: '进入页面时预下载分包', en: 'Pre-download a subpackage when a page opens' },
    body: { '${1:pages/index/index}': { network: '${2|wifi,all|}', packages: ['${3:subpackage-root}'] } },
  }],
}));
