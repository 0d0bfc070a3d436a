/** `singlePage`: single-page mode (opened from Moments). App and page level. */
import * as z from 'zod';
import { docEnum, field, withDoc } from '../meta.js';
import { appDoc } from './doc-urls.js';

/* Each enum's values with their docs, written once: the z.enum is built from the keys. */
const navigationBarFitValues = docEnum({
  float: { zh: '导航栏浮在页面上，与页面相交', en: 'The bar floats over the page.' },
  squeezed: { zh: '页面被导航栏挤压，与页面不相交', en: 'The page is pushed down below the bar.' },
});

const doc = appDoc('singlePage');

export const singlePageSchema = z.strictObject({
  navigationBarFit: navigationBarFitValues.schema.optional().apply(withDoc, field({
    zh: '导航栏与页面的相交状态，默认自动调整。',
    en: 'How the navigation bar meets the page; adjusted automatically by default.',
    values: navigationBarFitValues.values,
    docUrl: doc,
  })),
}).apply(withDoc, field({
  zh: '单页模式（从朋友圈打开）相关配置。',
  en: 'Single-page mode (opened from Moments).',
  // The table says 2.12.0, the section says 2.11.3; the table is the later and more specific source.
  since: '2.12.0',
  docUrl: doc,
}));
