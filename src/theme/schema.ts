/** theme.json: the DarkMode variables that `@name` references resolve to (field reference §8). */
import * as z from 'zod';
import { SCHEMA_URL_IGNORED } from '../primitives/wechat-unchecked.js';
import { DOCS, field } from '../meta.js';

const doc = { docUrl: DOCS.darkmode } as const;

function themeModeSchema(id: string, mode: { zh: string; en: string }) {
  return z.record(
    z.string(),
    z.string().meta(field({
      zh: `变量在${mode.zh}下的取值：颜色、文字样式关键字（如 "black"、"dark"）或图标路径。`,
      en: `The variable's value in ${mode.en}: a colour, a style keyword (such as "black" or "dark") or an icon path.`,
      ...doc,
    })),
  ).meta({
    id,
    ...field({
      zh: `${mode.zh}下的变量表：变量名 → 取值。配置中以 "@变量名" 引用。`,
      en: `Variables for ${mode.en}: name → value. Config files refer to them as "@name".`,
      ...doc,
    }),
  });
}

// The DarkMode guide calls `light` and `dark` required; WeChat's validator (its theme schema) does not
// require them (field reference §12). We follow the validator, and the `theme-mode-missing` rule warns.
export const themeJsonSchema = z.strictObject({
  $schema: z.string().optional().meta(field({ zh: 'JSON Schema 地址（供编辑器使用，微信忽略）。', en: 'JSON Schema URL for editors; WeChat ignores it.', wechatUnchecked: SCHEMA_URL_IGNORED })),
  light: themeModeSchema('ThemeLightVariables', { zh: '浅色模式', en: 'light mode' }).optional(),
  dark: themeModeSchema('ThemeDarkVariables', { zh: '深色模式', en: 'dark mode' }).optional(),
}).meta({
  id: 'ThemeJson',
  ...field({
    zh: 'DarkMode 主题变量配置 theme.json，由 app.json 的 themeLocation 指定。',
    en: 'DarkMode theme variables, theme.json, located by `themeLocation` in app.json.',
    ...doc,
  }),
});
