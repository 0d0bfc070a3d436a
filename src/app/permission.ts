/** `permission`: the purpose texts shown when the app asks for a location scope. */
import * as z from 'zod';
import { field, withDoc } from '../meta.js';
import { appDoc } from './doc-urls.js';

const doc = appDoc('permission');

/*
 * The docs limit desc to 30 characters, but WeChat's validator accepts longer texts: the limit is
 * documented here, not enforced as an error.
 */
const purposeSchema = (scope: { zh: string; en: string }) => z.strictObject({
  desc: z.string().apply(withDoc, field({
    zh: '向用户说明接口用途的文字，最多 30 个字符。',
    en: 'Text that tells the user why the app needs it; at most 30 characters.',
    docUrl: doc,
  })),
}).optional().apply(withDoc, field({ ...scope, docUrl: doc }));

// scope.userLocationBackground is named by the authorization guide but is not an app.json key for
// WeChat's validator (it warns "invalid app.json permission[...]"), so it stays an unknown key here.
export const permissionSchema = z.strictObject({
  'scope.userLocation': purposeSchema({
    zh: '精确位置（wx.getLocation 等）的用途说明。',
    en: 'Purpose of the precise location scope (wx.getLocation and others).',
  }),
  'scope.userFuzzyLocation': purposeSchema({
    zh: '模糊位置（wx.getFuzzyLocation）的用途说明。',
    en: 'Purpose of the fuzzy location scope (wx.getFuzzyLocation).',
  }),
}).apply(withDoc, { id: 'Permission', ...field({
  zh: '小程序接口权限相关设置：位置类权限的用途说明。',
  en: 'API permission settings: the purpose texts of the location scopes.',
  client: '7.0.0',
  docUrl: doc,
  snippets: [{
    label: 'scope.userLocation',
    description: { zh: '说明获取位置的用途', en: 'Explain why the app reads the location' },
    body: { 'scope.userLocation': { desc: '${1:你的位置信息将用于小程序位置接口的效果展示}' } },
  }],
}) });
