/** `rendererOptions`: options of the rendering backends (only Skyline has any). App and page level. */
import * as z from 'zod';
import { NOT_IN_WECHAT_SCHEMA, uncheckedByWeChat } from '../primitives/wechat-unchecked.js';
import { docEnum, field, withDoc } from '../meta.js';
import { appDoc, GUIDES } from './doc-urls.js';

/* Each enum's values with their docs, written once: the z.enum is built from the keys. */
const tagNameStyleIsolationValues = docEnum({
  isolated: { zh: '标签名选择器只作用于当前组件', en: 'Tag-name selectors apply only inside the component.' },
  legacy: { zh: '标签名选择器全局生效（旧行为）', en: 'Tag-name selectors apply globally (old behaviour).' },
});
const keyframeStyleIsolationValues = docEnum({
  isolated: { zh: '@keyframes 只作用于当前组件', en: '@keyframes apply only inside the component.' },
  legacy: { zh: '@keyframes 全局生效（旧行为）', en: '@keyframes apply globally (old behaviour).' },
});

const doc = appDoc('rendererOptions');
const wxss = GUIDES.skylineWxss;
const release = 'https://developers.weixin.qq.com/miniprogram/dev/framework/runtime/skyline/migration/release.html';

const flag = (zh: string, en: string, extra: { since?: string; docUrl?: string } = {}) =>
  z.boolean().optional().apply(withDoc, field({ zh, en, default: false, docUrl: wxss, ...extra }));

const version = (zh: string, en: string) => z.string().optional().apply(withDoc, field({ zh, en, docUrl: release, examples: ['3.0.0'] }));

/*
 * WeChat's validator (miniprogram-ci 2.1.42) does not know tagNameStyleIsolation, enableScrollViewAutoSize,
 * keyframeStyleIsolation or the ohos* pair yet and warns about them as unknown keys; they are documented
 * Skyline options, so we accept them (its checker lags the docs).
 */
export const skylineOptionsSchema = z.strictObject({
  defaultDisplayBlock: flag('节点默认使用 block 布局（Skyline 默认 flex）。', 'Makes nodes default to block layout (Skyline defaults to flex).', { since: '2.31.1' }),
  defaultContentBox: flag('节点默认使用 content-box 盒模型（Skyline 默认 border-box）。', 'Makes nodes default to the content-box model (Skyline defaults to border-box).', { since: '3.1.0' }),
  tagNameStyleIsolation: tagNameStyleIsolationValues.schema.optional().apply(withDoc, field({
    zh: '标签名选择器的样式隔离方式。',
    en: 'Style isolation of tag-name selectors.',
    default: 'isolated',
    since: '3.6.0',
    wechatUnchecked: NOT_IN_WECHAT_SCHEMA,
    values: tagNameStyleIsolationValues.values,
    docUrl: wxss,
  })),
  enableScrollViewAutoSize: uncheckedByWeChat(flag('scroll-view 根据内容自动撑开高度。', 'Lets scroll-view grow with its content.', { since: '3.7.2' }), NOT_IN_WECHAT_SCHEMA),
  // Only "legacy" appears in the docs; "isolated" is accepted by analogy with tagNameStyleIsolation.
  keyframeStyleIsolation: keyframeStyleIsolationValues.schema.optional().apply(withDoc, field({
    zh: '@keyframes 的样式隔离方式。',
    en: 'Style isolation of @keyframes.',
    since: '3.8.0',
    wechatUnchecked: NOT_IN_WECHAT_SCHEMA,
    values: keyframeStyleIsolationValues.values,
    docUrl: wxss,
  })),
  disableABTest: flag('关闭 Skyline 的 AB 实验，始终使用 Skyline。', 'Turns off the Skyline A/B experiment so Skyline is always used.', { docUrl: release }),
  sdkVersionBegin: version('强制启用 Skyline 的基础库版本范围起点。', 'First base library version on which Skyline is forced on.'),
  sdkVersionEnd: version('强制启用 Skyline 的基础库版本范围终点（文档建议 "15.255.255"）。', 'Last base library version on which Skyline is forced on (the docs suggest "15.255.255").'),
  iosVersionBegin: version('启用 Skyline 的 iOS 微信客户端版本起点。', 'First iOS WeChat client version with Skyline.'),
  iosVersionEnd: version('启用 Skyline 的 iOS 微信客户端版本终点。', 'Last iOS WeChat client version with Skyline.'),
  androidVersionBegin: version('启用 Skyline 的 Android 微信客户端版本起点。', 'First Android WeChat client version with Skyline.'),
  androidVersionEnd: version('启用 Skyline 的 Android 微信客户端版本终点。', 'Last Android WeChat client version with Skyline.'),
  ohosVersionBegin: uncheckedByWeChat(version('启用 Skyline 的鸿蒙微信客户端版本起点。', 'First HarmonyOS WeChat client version with Skyline.'), NOT_IN_WECHAT_SCHEMA),
  ohosVersionEnd: uncheckedByWeChat(version('启用 Skyline 的鸿蒙微信客户端版本终点。', 'Last HarmonyOS WeChat client version with Skyline.'), NOT_IN_WECHAT_SCHEMA),
}).apply(withDoc, { id: 'SkylineOptions', ...field({
  zh: 'Skyline 渲染引擎的配置。',
  en: 'Options of the Skyline renderer.',
  docUrl: doc,
}) });

export const rendererOptionsSchema = z.strictObject({
  skyline: skylineOptionsSchema.optional(),
  // Not documented at this level; WeChat's own schema accepts it silently.
  defaultDisplayBlock: z.boolean().optional().apply(withDoc, field({
    zh: '（文档未记载，微信校验器接受）同 skyline.defaultDisplayBlock。',
    en: 'Undocumented (WeChat\'s validator accepts it); same as skyline.defaultDisplayBlock.',
  })),
}).apply(withDoc, { id: 'RendererOptions', ...field({
  zh: '渲染后端的选项。',
  en: 'Options of the rendering backends.',
  since: '2.31.1',
  docUrl: doc,
}) });
