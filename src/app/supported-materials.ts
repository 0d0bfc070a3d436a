/** `supportedMaterials`: chat materials (files, images, videos, web pages) the app can open. */
import * as z from 'zod';
import { field, withDoc } from '../meta.js';
import { appDoc } from './doc-urls.js';

const doc = appDoc('supportedMaterials');

/*
 * The app.json table says Object, but the guide, its example and the official demo use an array: we
 * follow them. WeChat's validator (miniprogram-ci 2.1.42) does not know this key at all and only warns
 * that it is unknown; we check its documented shape.
 */
export const supportedMaterialSchema = z.strictObject({
  materialType: z.string().apply(withDoc, field({
    zh: '支持的文件类型（MIME），如 "video/*"、"application/pdf"；音视频、图片、application 可用二级通配。',
    en: 'Supported file type (MIME), e.g. "video/*" or "application/pdf"; audio, video, image and application allow a "/*" wildcard.',
    docUrl: doc,
    examples: ['image/*', 'application/pdf', 'text/html'],
  })),
  name: z.string().apply(withDoc, field({
    zh: '入口名称，须包含 "${nickname}"，其余文字不超过 6 个字符。',
    en: 'Entry name; must contain "${nickname}" plus at most 6 other characters.',
    docUrl: doc,
    examples: ['用${nickname}打开'],
  })),
  desc: z.string().apply(withDoc, field({
    zh: '用途描述，不超过 22 个字符。',
    en: 'Description; at most 22 characters.',
    docUrl: doc,
  })),
  path: z.string().apply(withDoc, field({
    zh: '在该场景下打开的页面路径。',
    en: 'Page opened in this scenario.',
    docUrl: doc,
  })),
}).apply(withDoc, { id: 'SupportedMaterial', ...field({ zh: '一种可打开的聊天素材。', en: 'One kind of chat material the app opens.', docUrl: doc }) });

export const supportedMaterialsSchema = z.array(supportedMaterialSchema).apply(withDoc, field({
  zh: '用小程序打开聊天素材（文件、图片、视频、网页）的声明。',
  en: 'Chat materials (files, images, videos, web pages) users can open with this app.',
  since: '2.14.3',
  docUrl: doc,
}));
