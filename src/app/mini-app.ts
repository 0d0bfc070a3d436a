/** `miniApp`: multi-platform (多端) identity service settings. */
import * as z from 'zod';
import { field, withDoc } from '../meta.js';
import { appDoc } from './doc-urls.js';

const doc = appDoc('miniApp');

export const miniAppSchema = z.strictObject({
  useAuthorizePage: z.boolean().optional().apply(withDoc, field({
    zh: '是否插入应用授权页（多端登录服务）。',
    en: 'Inserts the app-authorization page (multi-platform login service).',
    docUrl: doc,
  })),
}).apply(withDoc, field({
  zh: '多端应用的身份服务相关配置。',
  en: 'Identity-service settings of a multi-platform app.',
  docUrl: doc,
}));
