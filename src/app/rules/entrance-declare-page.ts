/** entrance-declare-page: `entranceDeclare.locationMessage.path` is set and names a declared page. */
import type { AppJson } from '../../types.js';
import { objectAt, pageSet } from './app-view.js';
import type { Rule } from './types.js';

export const entranceDeclarePage: Rule<AppJson> = {
  code: 'entrance-declare-page',
  severity: 'error',
  description: {
    zh: 'entranceDeclare.locationMessage 须有 path，且为 pages 或分包 pages 中声明过的页面。',
    en: 'entranceDeclare.locationMessage has a path, and it is a page declared in pages or in a subpackage.',
  },
  messages: {
    'zh-CN': (p) => (p.page === undefined
      ? `${p.field} 缺少 path。请添加 "path"，写成从聊天位置消息打开的页面路径，例如 "pages/index/index"。`
      : `${p.field} 为 "${p.page}"，但它不在 pages 或分包 pages 中。请改成已声明页面的完整路径。`),
    en: (p) => (p.page === undefined
      ? `${p.field} has no path. Add "path": the page opened from a location message in chat, e.g. "pages/index/index".`
      : `${p.field} is "${p.page}", which is not declared in pages or in a subpackage. Use the full path of a declared page.`),
  },
  *check(app) {
    const message = objectAt(objectAt(app, 'entranceDeclare'), 'locationMessage');
    if (!message) return;
    const page = message.path;
    if (page === undefined) yield { path: ['entranceDeclare', 'locationMessage'] };
    else if (typeof page === 'string' && !pageSet(app).has(page)) {
      yield { path: ['entranceDeclare', 'locationMessage', 'path'], params: { page } };
    }
  },
};
