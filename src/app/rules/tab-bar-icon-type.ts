/**
 * tab-bar-icon-type: tab icons are .png, .jpg or .jpeg files (WeChat checks the extension as written).
 * Icons given as "@variables" are checked once resolved, by the project check that reads theme.json.
 */
import type { AppJson } from '../../types.js';
import { tabItems } from './app-view.js';
import { pathProblem } from './path-checks.js';
import type { Rule } from './types.js';

const ICON_EXTENSIONS = ['.png', '.jpg', '.jpeg'];

export const tabBarIconType: Rule<AppJson> = {
  code: 'tab-bar-icon-type',
  severity: 'error',
  description: {
    zh: 'tabBar 图标（iconPath、selectedIconPath）只能是 .png、.jpg 或 .jpeg 文件。',
    en: 'tabBar icons (iconPath, selectedIconPath) are .png, .jpg or .jpeg files.',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为 "${p.value}"，图标格式只支持 .png、.jpg、.jpeg（扩展名须小写）。请换成这几种格式的图片。`,
    en: (p) => `${p.field} is "${p.value}", but tab icons must be .png, .jpg or .jpeg (lower-case extension). Use an image in one of these formats.`,
  },
  *check(app) {
    for (const [path, item] of tabItems(app)) {
      for (const key of ['iconPath', 'selectedIconPath']) {
        const value = item[key];
        // An "@variable" is resolved from theme.json, which the project check looks at.
        if (typeof value !== 'string' || value === '' || value.startsWith('@') || pathProblem(value, 'icon')) continue;
        if (!ICON_EXTENSIONS.includes(extension(value))) yield { path: [...path, key], params: { value } };
      }
    }
  },
};

function extension(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot) : '';
}
