/** `appBar`: the Skyline global toolbar (全局工具栏). */
import * as z from 'zod';
import { field, withDoc } from '../meta.js';

const doc = 'https://developers.weixin.qq.com/miniprogram/dev/framework/runtime/skyline/appbar.html';

export const appBarSchema = z.strictObject({
  // Only WeChat's own schema lists it; the guide shows an empty object.
  custom: z.boolean().optional().apply(withDoc, field({
    zh: '（文档未记载，微信校验器接受）是否自定义工具栏。',
    en: 'Undocumented (WeChat\'s validator accepts it): custom toolbar.',
  })),
}).apply(withDoc, field({
  zh: '全局工具栏，仅 Skyline 可用；需在代码根目录提供 app-bar/index 组件。',
  en: 'Global toolbar, Skyline only; needs an app-bar/index component at the code root.',
  since: '3.3.1',
  docUrl: doc,
  examples: [{}],
}));
