/** `halfPage`: the half-screen scenario of Channels live (视频号直播). */
import * as z from 'zod';
import { docEnum, field, withDoc } from '../meta.js';
import { appDoc } from './doc-urls.js';

/* Each enum's values with their docs, written once: the z.enum is built from the keys. */
const firstPageNavigationStyleValues = docEnum({
  default: { zh: '默认导航栏', en: 'The default navigation bar.' },
  custom: { zh: '自定义导航栏', en: 'A custom navigation bar.' },
});

const doc = appDoc('halfPage');

export const halfPageSchema = z.strictObject({
  firstPageNavigationStyle: firstPageNavigationStyleValues.schema.optional().apply(withDoc, field({
    zh: '半屏状态下首页的导航栏样式。',
    en: 'Navigation bar style of the first page in half-screen mode.',
    values: firstPageNavigationStyleValues.values,
    docUrl: doc,
  })),
}).apply(withDoc, field({
  zh: '视频号直播半屏场景设置。',
  en: 'Settings of the Channels-live half-screen scenario.',
  since: '2.18.0',
  docUrl: doc,
}));
