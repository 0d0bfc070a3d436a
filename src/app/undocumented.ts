/**
 * Top-level keys WeChat's own validator accepts without a word but the docs do not describe (field
 * reference §2.1c). They are typed exactly as WeChat types them, so a wrong type is the same error it
 * reports, and a correct value raises no unknown-key warning.
 */
import * as z from 'zod';
import { docEnum, field, withDoc } from '../meta.js';

/* Each enum's values with their docs, written once: the z.enum is built from the keys. */
const displayModeValues = docEnum({
  desktop: { zh: '桌面', en: 'Desktop.' },
  mobile: { zh: '手机', en: 'Mobile.' },
  pad: { zh: '平板', en: 'Tablet.' },
});

const note = { zh: '（文档未记载，微信开发者工具的校验器接受）', en: 'Undocumented; accepted by WeChat DevTools\' validator. ' };
const undocumented = <T extends z.ZodType>(schema: T, zh: string, en: string) =>
  schema.optional().apply(withDoc, field({ zh: `${note.zh}${zh}`, en: `${note.en}${en}` }));

export const undocumentedAppShape = {
  cloud: undocumented(z.boolean(), '是否为云开发项目。', 'Marks a cloud development project.'),
  cloudVersion: undocumented(z.string(), '云开发版本。', 'Cloud development version.'),
  cloudConfig: undocumented(z.strictObject({
    gatewayDomain: z.string().optional().apply(withDoc, field({ zh: '网关域名。', en: 'Gateway domain.' })),
    publicKey: z.string().optional().apply(withDoc, field({ zh: '网关公钥。', en: 'Gateway public key.' })),
    gatewayId: z.string().optional().apply(withDoc, field({ zh: '网关 ID。', en: 'Gateway ID.' })),
  }), '云开发网关配置。', 'Cloud gateway settings.'),
  openDataContext: undocumented(z.string(), '开放数据域代码目录（须含 index.js）。', 'Folder of the open data context code (must contain index.js).'),
  openLocationPagePath: undocumented(z.string(), '打开位置时使用的页面。', 'Page used to open a location.'),
  mimeTypeDeclarations: undocumented(z.record(z.string(), z.array(z.string())), 'MIME 类型声明。', 'MIME type declarations.'),
  displayMode: undocumented(displayModeValues.schema.apply(withDoc, field({
    zh: '显示模式。',
    en: 'Display mode.',
    values: displayModeValues.values,
  })), '显示模式。', 'Display mode.'),
  theme: undocumented(z.string(), '主题。', 'Theme.'),
  lazyCodeLoadingLegacy: undocumented(z.boolean(), '旧版按需注入开关。', 'Legacy on-demand injection switch.'),
  requireBackgroundModes: undocumented(z.array(z.string()), '拼写不同的 requiredBackgroundModes。', 'A differently spelled requiredBackgroundModes.'),
  componentPlaceholder: undocumented(z.record(z.string(), z.string()), '全局组件的占位组件。', 'Placeholders of global components.'),
  xrEntryPagePath: undocumented(z.string(), 'XR 入口页面。', 'XR entry page.'),
  keepContextPageInCycleJump: undocumented(z.boolean(), '循环跳转时保留上下文页面。', 'Keeps the context page in cyclic navigation.'),
  agent: undocumented(z.record(z.string(), z.unknown()), '智能体相关配置（内容不作校验）。', 'Agent settings (content not checked).'),
  __warning__: undocumented(z.string(), '开发者工具内部用来携带警告的字段，无需手写。', 'Used internally by DevTools to carry warnings; never written by hand.'),
  __usePrivacyCheck__: z.boolean().optional().apply(withDoc, field({
    zh: '旧的隐私协议检查开关。',
    en: 'Old switch for the privacy-agreement check.',
    deprecated: {
      zh: '2023-10-17 起隐私相关功能一律启用，此开关不再需要。',
      en: 'Privacy features are on for everyone since 2023-10-17; the switch is no longer needed.',
    },
    docUrl: 'https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html',
  })),
};
