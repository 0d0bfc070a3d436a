/** `chatTools`: the chat-tool subpackage (聊天工具). */
import * as z from 'zod';
import { field, withDoc } from '../meta.js';
import { GUIDES } from './doc-urls.js';

const doc = GUIDES.chatTools;

// The app.json table calls it an Object, but the guide, the example and WeChat's validator use an array.
export const chatToolSchema = z.strictObject({
  root: z.string().apply(withDoc, field({
    zh: '聊天工具分包的根目录（须为独立分包，并使用 Skyline 渲染）。',
    en: 'Root of the chat-tool subpackage (it must be an independent subpackage rendered with Skyline).',
    docUrl: doc,
  })),
  entryPagePath: z.string().apply(withDoc, field({
    zh: '聊天工具的启动页，相对分包根目录。',
    en: 'Launch page of the chat tool, relative to the subpackage root.',
    docUrl: doc,
  })),
  desc: z.string().apply(withDoc, field({
    zh: '聊天工具的功能描述，不得含虚假或营销内容。',
    en: 'What the chat tool does; no false or marketing content.',
    docUrl: doc,
  })),
  scopes: z.array(z.string()).optional().apply(withDoc, field({
    zh: '分包中用到的授权 scope，如 "scope.userLocation"。',
    en: 'Authorization scopes used in the subpackage, e.g. "scope.userLocation".',
    docUrl: doc,
  })),
}).apply(withDoc, { id: 'ChatTool', ...field({ zh: '一个聊天工具。', en: 'One chat tool.', docUrl: doc }) });

export const chatToolsSchema = z.array(chatToolSchema).apply(withDoc, field({
  zh: '聊天工具分包声明（目前每个小程序只能有一个）。',
  en: 'Chat-tool subpackages (one per app for now).',
  since: '3.7.8',
  docUrl: doc,
}));
