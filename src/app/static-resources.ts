/** `static`: which files go to which platform of a multi-platform (多端) app. */
import * as z from 'zod';
import { docEnum, field, withDoc } from '../meta.js';
import { GUIDES } from './doc-urls.js';

/* Each enum's values with their docs, written once: the z.enum is built from the keys. */
const enumValues = docEnum({
  'mini-weixin': { zh: '微信小程序', en: 'WeChat mini program.' },
  'mini-ios': { zh: 'iOS 多端应用', en: 'iOS app.' },
  'mini-android': { zh: 'Android 多端应用', en: 'Android app.' },
  'mini-ohos': { zh: '鸿蒙多端应用', en: 'HarmonyOS app.' },
});

const doc = GUIDES.conditionCompile;

// The guide names the WeChat platform "mini-wechat", but WeChat's validator only accepts "mini-weixin"
// here and rejects "mini-wechat" with an error: we follow the validator.
export const platformSchema = enumValues.schema.apply(withDoc, field({
  zh: '目标平台。',
  en: 'Target platform.',
  values: enumValues.values,
  docUrl: doc,
}));

// The app.json table says Object; the guide and WeChat's validator use an array of rules.
export const staticResourcesSchema = z.array(z.strictObject({
  pattern: z.string().apply(withDoc, field({
    zh: '文件匹配规则（glob），如 "static/ios/**"。',
    en: 'Files the rule applies to (a glob), e.g. "static/ios/**".',
    docUrl: doc,
  })),
  platforms: z.array(platformSchema).apply(withDoc, field({
    zh: '这些文件只发布到哪些平台。',
    en: 'Platforms these files are published to.',
    docUrl: doc,
  })),
}).apply(withDoc, field({ zh: '一条资源平台规则。', en: 'One resource platform rule.', docUrl: doc }))).apply(withDoc, field({
  zh: '多端应用的资源条件编译：限定文件只发布到指定平台。',
  en: 'Multi-platform resource rules: restrict files to given platforms.',
  docUrl: doc,
}));
