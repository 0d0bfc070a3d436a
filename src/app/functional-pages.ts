/** `functionalPages`: plugin functional pages (插件功能页). */
import * as z from 'zod';
import { field, withDoc } from '../meta.js';
import { GUIDES } from './doc-urls.js';

const doc = GUIDES.functionalPages;

// The table documents a boolean; the guide and WeChat's validator also take { independent }, in which
// `independent` is required. WeChat warns that `true` needs updating to the object form.
export const functionalPagesSchema = z.union([
  z.boolean().apply(withDoc, field({
    zh: '启用插件功能页（旧写法）。',
    en: 'Turns on plugin functional pages (old form).',
    deprecated: { zh: '请改用 { "independent": true }，旧写法将来会无法上传。', en: 'Write { "independent": true } instead; the old form will stop being accepted for upload.' },
    docUrl: doc,
  })),
  z.strictObject({
    independent: z.boolean().apply(withDoc, field({
      zh: '功能页代码（functional-pages 目录）是否独立：不能引用目录外的代码，目录外也不能引用它。',
      en: 'Makes the functional-page code (folder functional-pages) independent: it cannot require code outside the folder, nor be required from outside.',
      docUrl: doc,
    })),
  }),
]).apply(withDoc, field({
  zh: '是否启用插件功能页。',
  en: 'Turns on plugin functional pages.',
  default: false,
  since: '2.1.0',
  docUrl: doc,
}));
