/** `window` in app.json — also the flat top level of a page json (see `src/page/`). */
import * as z from 'zod';
import { DOCS, field } from '../meta.js';
import { themeableColorSchema } from '../primitives/color.js';
import { themeable } from '../primitives/theme-variable.js';

/** Window fields shared by app.json `window` and page json. Page-only fields live in `src/page/`. */
export const windowShape = {
  navigationBarBackgroundColor: themeableColorSchema.optional().meta(field({
    zh: '导航栏背景颜色，如 "#000000"。',
    en: 'Navigation bar background colour, e.g. "#000000".',
    default: '#000000',
    themeVariable: true,
    docUrl: DOCS.app,
  })),
  navigationBarTextStyle: themeable(z.enum(['black', 'white'])).optional().meta(field({
    zh: '导航栏标题、状态栏颜色。',
    en: 'Colour of the navigation bar title and the status bar.',
    default: 'white',
    themeVariable: true,
    values: {
      black: { zh: '黑色', en: 'Black.' },
      white: { zh: '白色', en: 'White.' },
    },
    docUrl: DOCS.app,
  })),
  enablePullDownRefresh: z.boolean().optional().meta(field({
    zh: '是否开启下拉刷新（触发 Page.onPullDownRefresh）。',
    en: 'Enables pull-down refresh (fires Page.onPullDownRefresh).',
    default: false,
    docUrl: DOCS.app,
  })),
};

export const windowSchema = z.strictObject(windowShape).meta({
  id: 'WindowConfig',
  ...field({ zh: '全局的默认窗口表现。', en: 'Default window appearance for every page.', docUrl: DOCS.app }),
});

export type WindowConfigInput = z.input<typeof windowSchema>;
