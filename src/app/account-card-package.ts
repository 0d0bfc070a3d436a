/** `accountCardPackage`: the account-card component subpackage (账户卡片). */
import * as z from 'zod';
import { field, withDoc } from '../meta.js';
import { appDoc } from './doc-urls.js';

const doc = appDoc('accountCardPackage');

export const accountCardPackageSchema = z.strictObject({
  root: z.string().apply(withDoc, field({
    zh: '账户卡片所在的独立分包根目录（须同时在 subpackages 中声明为独立分包）。',
    en: 'Root of the independent subpackage holding the cards (it must also be declared as an independent subpackage).',
    docUrl: doc,
  })),
  cardList: z.array(z.strictObject({
    type: z.number().apply(withDoc, field({ zh: '卡片类型。', en: 'Card type.', docUrl: doc })),
    componentPath: z.string().apply(withDoc, field({ zh: '卡片组件路径，相对 root。', en: 'Card component path, relative to root.', docUrl: doc })),
  }).apply(withDoc, field({ zh: '一张账户卡片。', en: 'One account card.', docUrl: doc }))).apply(withDoc, field({
    zh: '账户卡片列表。',
    en: 'The account cards.',
    docUrl: doc,
  })),
}).apply(withDoc, field({
  zh: '账户卡片组件分包（需开启 lazyCodeLoading）。',
  en: 'Account-card component subpackage (needs lazyCodeLoading).',
  docUrl: doc,
}));
