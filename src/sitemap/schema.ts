/** sitemap.json: which pages WeChat search may index (field reference §7). */
import * as z from 'zod';
import { ITEMS_NOT_CHECKED, SCHEMA_URL_IGNORED } from '../primitives/wechat-unchecked.js';
import { docEnum, DOCS, field, withDoc } from '../meta.js';

/* Each enum's values with their docs, written once: the z.enum is built from the keys. */
const actionValues = docEnum({
  allow: { zh: '允许索引。', en: 'The pages may be indexed.' },
  disallow: { zh: '不允许索引。', en: 'The pages must not be indexed.' },
});
const matchingValues = docEnum({
  exact: { zh: '页面参数与 params 完全一致时命中。', en: 'Matches when the page parameters are exactly `params`.' },
  inclusive: { zh: '页面参数包含 params 全部参数时命中。', en: 'Matches when the page parameters include every name in `params`.' },
  exclusive: { zh: '页面参数与 params 没有交集时命中。', en: 'Matches when the page parameters share no name with `params`.' },
  partial: { zh: '页面参数与 params 有交集时命中。', en: 'Matches when the page parameters share at least one name with `params`.' },
});

const doc = { docUrl: DOCS.sitemap } as const;

export const sitemapRuleSchema = z.strictObject({
  // The docs call `action` optional (default "allow"), but WeChat's own validator requires it
  // (field reference §12). We follow the validator: a rule without `action` is an error.
  action: actionValues.schema.apply(withDoc, field({
    zh: '命中本规则的页面是否允许被索引。',
    en: 'Whether pages matched by this rule may be indexed.',
    default: 'allow',
    values: actionValues.values,
    ...doc,
  })),
  page: z.string().apply(withDoc, field({
    zh: '页面路径（如 "pages/index/index"），或 "*" 表示所有页面。"*" 只能单独使用，不是路径通配符。',
    en: 'Page path (e.g. "pages/index/index"), or "*" for every page. "*" only works on its own; it is not a wildcard inside a path.',
    examples: ['*', 'pages/index/index'],
    ...doc,
  })),
  params: z.array(z.string().apply(withDoc, field({ zh: '参数名。', en: 'A parameter name.', ...doc, wechatUnchecked: ITEMS_NOT_CHECKED }))).optional().apply(withDoc, field({
    zh: '匹配时使用的页面参数名（只写参数名，不写参数值）。',
    en: 'Names of the page parameters used for matching (names only, no values).',
    default: [],
    ...doc,
  })),
  matching: matchingValues.schema.optional().apply(withDoc, field({
    zh: '页面参数与 params 的匹配方式。',
    en: 'How the page parameters are compared with `params`.',
    default: 'inclusive',
    values: matchingValues.values,
    ...doc,
  })),
  priority: z.number().optional().apply(withDoc, field({
    zh: '优先级，数值越大越先匹配；未设置时按规则书写顺序从上到下匹配。',
    en: 'Priority: higher values are matched first; without it rules are matched top to bottom.',
    ...doc,
  })),
}).apply(withDoc, { id: 'SitemapRule', ...field({ zh: '一条索引规则。', en: 'One indexing rule.', ...doc }) });

export const sitemapJsonSchema = z.strictObject({
  $schema: z.string().optional().apply(withDoc, field({ zh: 'JSON Schema 地址（供编辑器使用，微信忽略）。', en: 'JSON Schema URL for editors; WeChat ignores it.', wechatUnchecked: SCHEMA_URL_IGNORED })),
  desc: z.string().optional().apply(withDoc, field({
    zh: '说明文字，仅作备注，不影响索引。',
    en: 'A free-text note; it does not affect indexing.',
    ...doc,
  })),
  rules: z.array(sitemapRuleSchema).apply(withDoc, field({
    zh: '索引规则列表。没有规则命中的页面默认允许被索引。',
    en: 'Indexing rules. Pages that no rule matches may be indexed by default.',
    ...doc,
  })),
}).apply(withDoc, {
  id: 'SitemapJson',
  ...field({
    zh: '小程序页面索引配置 sitemap.json。当前文档称 sitemap 配置已下线，但开发者工具仍会校验该文件。',
    en: 'Search indexing configuration, sitemap.json. The current docs say sitemap configuration has been retired, but DevTools still validates the file.',
    ...doc,
  }),
});
