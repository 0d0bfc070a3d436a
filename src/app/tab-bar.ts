/**
 * `tabBar` in app.json and its items (field reference §4).
 *
 * Where the docs and WeChat's validator disagree we follow the validator (reference §12):
 * - the docs call color, selectedColor, backgroundColor and item text required; WeChat's schema requires
 *   only `list` and item `pagePath`, and compiles without the others, so they are optional here;
 * - the docs say 2–5 tabs; WeChat's compiler allows up to 10 when `custom` is true. The schema bounds
 *   the list at 2–10; the rule `tab-bar-item-count` reports 6–10 tabs without `custom`.
 */
import * as z from 'zod';
import { docEnum, DOCS, field, withDoc } from '../meta.js';
import { hexColorWithAlphaSchema } from '../primitives/color.js';
import { MAX_CUSTOM_TABS, MAX_TABS, MIN_TABS } from '../primitives/limits.js';
import { COLOUR_NOT_CHECKED } from '../primitives/wechat-unchecked.js';
import { themeable } from '../primitives/theme-variable.js';

/* Each enum's values with their docs, written once: the z.enum is built from the keys. */
const rendererValues = docEnum({
  webview: { zh: 'WebView 渲染。', en: 'WebView rendering.' },
  skyline: { zh: 'Skyline 渲染。', en: 'Skyline rendering.' },
  'cover-view': { zh: 'cover-view 渲染。', en: 'cover-view rendering.' },
});
const borderStyleValues = docEnum({
  black: { zh: '黑色上边框。', en: 'Black border.' },
  white: { zh: '白色上边框。', en: 'White border.' },
});
const positionValues = docEnum({
  bottom: { zh: '底部。', en: 'At the bottom.' },
  top: { zh: '顶部，此时不显示图标。', en: 'At the top; icons are not shown.' },
});

const TAB_BAR_DOC = `${DOCS.app}#tabBar`;

const tabColorSchema = themeable(hexColorWithAlphaSchema);

const iconPathDoc = {
  zh: '本地图片路径，不超过 40 KB，建议 81×81 px，不支持网络图片。position 为 top 时不显示图标。',
  en: 'Local image path, at most 40 KB, 81×81 px suggested; network images are not allowed. Not shown when position is top.',
};

export const tabBarItemSchema = z.strictObject({
  pagePath: z.string().apply(withDoc, field({
    zh: '页面路径，须已在 pages 中声明，且必须是主包页面。',
    en: 'Page path; it must be listed in pages and belong to the main package.',
    docUrl: TAB_BAR_DOC,
    examples: ['pages/index/index'],
  })),
  text: z.string().optional().apply(withDoc, field({
    zh: 'tab 上按钮的文字。文档标为必填，微信编译时不强制。',
    en: 'Label of the tab. The docs mark it required; WeChat\'s compiler does not insist.',
    docUrl: TAB_BAR_DOC,
  })),
  iconPath: themeable(z.string()).optional().apply(withDoc, field({
    zh: `未选中时的图标。${iconPathDoc.zh}`,
    en: `Icon when not selected. ${iconPathDoc.en}`,
    docUrl: TAB_BAR_DOC,
  })),
  selectedIconPath: themeable(z.string()).optional().apply(withDoc, field({
    zh: `选中时的图标。${iconPathDoc.zh}`,
    en: `Icon when selected. ${iconPathDoc.en}`,
    docUrl: TAB_BAR_DOC,
  })),
  renderer: rendererValues.schema.optional().apply(withDoc, field({
    zh: 'tab 的渲染方式（未公开文档，微信开发者工具认识此字段）。',
    en: 'Renderer of the tab (undocumented; WeChat DevTools knows it).',
    values: rendererValues.values,
    docUrl: TAB_BAR_DOC,
  })),
}).apply(withDoc, {
  id: 'TabBarItem',
  ...field({
    zh: 'tabBar 的一项。',
    en: 'One tab of the tab bar.',
    docUrl: TAB_BAR_DOC,
    snippets: [{
      label: 'tab',
      description: { zh: '带图标的 tab', en: 'A tab with icons' },
      body: {
        pagePath: '${1:pages/index/index}',
        text: '${2:首页}',
        iconPath: '${3:images/tab/home.png}',
        selectedIconPath: '${4:images/tab/home-active.png}',
      },
    }],
  }),
});

const tabBarShape = {
  color: tabColorSchema.optional().apply(withDoc, field({
    zh: 'tab 文字的默认颜色，仅支持十六进制颜色。',
    en: 'Text colour of the tabs; hex colours only.',
    wechatUnchecked: COLOUR_NOT_CHECKED,
    docUrl: TAB_BAR_DOC,
  })),
  selectedColor: tabColorSchema.optional().apply(withDoc, field({
    zh: '选中 tab 的文字颜色，仅支持十六进制颜色。',
    en: 'Text colour of the selected tab; hex colours only.',
    wechatUnchecked: COLOUR_NOT_CHECKED,
    docUrl: TAB_BAR_DOC,
  })),
  backgroundColor: tabColorSchema.optional().apply(withDoc, field({
    zh: 'tab 栏的背景色，仅支持十六进制颜色。',
    en: 'Background colour of the tab bar; hex colours only.',
    wechatUnchecked: COLOUR_NOT_CHECKED,
    docUrl: TAB_BAR_DOC,
  })),
  borderStyle: themeable(borderStyleValues.schema).optional().apply(withDoc, field({
    zh: 'tab 栏上边框的颜色。',
    en: 'Colour of the top border of the tab bar.',
    default: 'black',
    values: borderStyleValues.values,
    docUrl: TAB_BAR_DOC,
  })),
  list: z.array(tabBarItemSchema).min(MIN_TABS).max(MAX_CUSTOM_TABS).apply(withDoc, field({
    zh: `tab 列表，按数组顺序显示：至少 ${MIN_TABS} 个，最多 ${MAX_TABS} 个（custom 为 true 时最多 ${MAX_CUSTOM_TABS} 个）。`,
    en: `The tabs, shown in array order: at least ${MIN_TABS}, at most ${MAX_TABS} (${MAX_CUSTOM_TABS} when custom is true).`,
    docUrl: TAB_BAR_DOC,
  })),
  position: positionValues.schema.optional().apply(withDoc, field({
    zh: 'tab 栏的位置。',
    en: 'Where the tab bar sits.',
    default: 'bottom',
    values: positionValues.values,
    docUrl: TAB_BAR_DOC,
  })),
  custom: z.boolean().optional().apply(withDoc, field({
    zh: '使用自定义 tabBar（代码放在 custom-tab-bar/ 目录）。其余 tabBar 配置仍需完整填写。',
    en: 'Use a custom tab bar (code in custom-tab-bar/). The rest of the tabBar config must still be complete.',
    default: false,
    since: '2.5.0',
    docUrl: TAB_BAR_DOC,
  })),
};

export const tabBarSchema = z.strictObject(tabBarShape).apply(withDoc, {
  id: 'TabBar',
  ...field({
    zh: 'tab 栏：底部（或顶部）切换页面的标签栏。',
    en: 'The tab bar: tabs at the bottom (or top) that switch between pages.',
    docUrl: TAB_BAR_DOC,
    snippets: [{
      label: 'tabBar',
      description: { zh: '两个 tab 的底部栏', en: 'A bottom bar with two tabs' },
      body: {
        color: '${1:#7A7E83}',
        selectedColor: '${2:#3cc51f}',
        backgroundColor: '${3:#ffffff}',
        list: [
          { pagePath: '${4:pages/index/index}', text: '${5:首页}' },
          { pagePath: '${6:pages/mine/index}', text: '${7:我的}' },
        ],
      },
    }],
  }),
});
