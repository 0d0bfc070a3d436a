/** `workers`: where Worker code lives (string form, or the object form that can make it a subpackage). */
import * as z from 'zod';
import { field, withDoc } from '../meta.js';
import { GUIDES } from './doc-urls.js';

const doc = GUIDES.workers;

// The docs give isSubpackage a default of false, but WeChat's validator requires both keys of the
// object form ("workers field needs to be object, string" otherwise): we follow the validator.
const workersObjectSchema = z.strictObject({
  path: z.string().apply(withDoc, field({
    zh: 'Worker 代码目录。',
    en: 'Folder of the Worker code.',
    docUrl: doc,
  })),
  isSubpackage: z.boolean().apply(withDoc, field({
    zh: '是否把 Worker 代码打成分包（需先调用 wx.preDownloadSubpackage 下载）。false 与字符串写法相同。',
    en: 'Packs the Worker code as a subpackage (download it with wx.preDownloadSubpackage before use). false is the same as the string form.',
    default: false,
    docUrl: doc,
  })),
}).apply(withDoc, field({
  zh: 'Worker 配置（对象写法）。',
  en: 'Worker settings (object form).',
  since: '2.27.3',
  docUrl: doc,
}));

const workersPathSchema = z.string().apply(withDoc, field({
  zh: 'Worker 代码目录，目录下的 JS 会被打包成一个文件放在主包。',
  en: 'Folder of the Worker code; its JS files are bundled into one file in the main package.',
  docUrl: doc,
  examples: ['workers'],
}));

export const workersSchema = z.union([workersPathSchema, workersObjectSchema]).apply(withDoc, field({
  zh: '使用 Worker 处理多线程任务时，Worker 代码放置的目录；也可写成 { path, isSubpackage }。',
  en: 'Folder of the Worker code for multithreaded tasks; or { path, isSubpackage }.',
  since: '1.9.90',
  docUrl: doc,
}));
