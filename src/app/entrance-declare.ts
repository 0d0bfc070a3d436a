/** `entranceDeclare`: open location chat messages with this app. */
import * as z from 'zod';
import { field, withDoc } from '../meta.js';
import { appDoc } from './doc-urls.js';

const doc = appDoc('entranceDeclare');

export const entranceDeclareSchema = z.strictObject({
  locationMessage: z.strictObject({
    path: z.string().optional().apply(withDoc, field({
      zh: '打开的页面路径，须是已声明的页面。',
      en: 'Page to open; it must be a declared page.',
      docUrl: doc,
    })),
    query: z.string().optional().apply(withDoc, field({
      zh: '打开页面时带的参数。',
      en: 'Query passed to the page.',
      docUrl: doc,
    })),
  }).optional().apply(withDoc, field({
    zh: '聊天位置消息用打车类小程序打开。',
    en: 'Open location chat messages with this app (taxi scenario).',
    docUrl: doc,
  })),
}).apply(withDoc, field({
  zh: '声明小程序可作为聊天消息的打开入口（iOS 暂不支持）。',
  en: 'Declares the app as a way to open chat messages (not supported on iOS).',
  client: '7.0.9',
  docUrl: doc,
}));
