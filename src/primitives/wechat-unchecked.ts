/**
 * Notes for fields WeChat's checker does not check (`wechatUnchecked` in `.meta()`, see
 * src/validate/unchecked.ts). Facts from WeChat's checker, miniprogram-ci 2.1.42 (the field-case
 * conformance suite, test/fixtures/conformance/, records its verdict on each).
 */
import * as z from 'zod';
import type { Bilingual, UncheckedNote } from '../meta.js';

/** A key WeChat's JSON schema does not have: any value builds, with an "invalid …" note at most. */
export const NOT_IN_WECHAT_SCHEMA: Bilingual = {
  zh: '微信的校验 schema 没有此键，任何值都能构建，它只提示未知键',
  en: 'WeChat\'s schema does not have this key: any value builds, with at most an unknown-key note',
};

/** A colour whose format WeChat does not test: "black", "" or "rgb(…)" build, the client ignores them. */
export const COLOUR_NOT_CHECKED: UncheckedNote = {
  checkedType: 'string',
  zh: '微信不检查此颜色的格式，"black"、"" 或 "rgb(…)" 也能构建，但客户端只认十六进制颜色（#rgb、#rgba、#rrggbb、#rrggbbaa），其他写法不生效',
  en: 'WeChat does not check this colour\'s format, so "black", "" or "rgb(…)" build, but the client only renders hex colours (#rgb, #rgba, #rrggbb, #rrggbbaa) and ignores the rest',
};

/** `$schema`: ours, for editors; WeChat ignores it whatever it holds. */
export const SCHEMA_URL_IGNORED: Bilingual = {
  zh: '$schema 只供编辑器使用，微信忽略它',
  en: '$schema is for editors only; WeChat ignores it',
};

/** An object key that WeChat skips when its value is null, false or "" (as if it were absent). */
export const FALSY_AS_ABSENT: UncheckedNote = {
  onlyFalsy: true,
  zh: '值为 null、false 或 "" 时微信当作没写此键，照常构建；请删除它或写成对象',
  en: 'WeChat treats null, false or "" as if the key were absent and builds; remove it or write an object',
};

/** An array whose items WeChat does not check. */
export const ITEMS_NOT_CHECKED: UncheckedNote = {
  zh: '微信只检查它是数组，不检查其中各项，照常构建；不是字符串的项不会匹配任何参数',
  en: 'WeChat only checks that it is an array, not its items, and builds; an item that is not a string never matches a parameter',
};

/** WeChat checks that the value is a string, not that it is one of the documented values. */
export const VALUE_NOT_CHECKED: UncheckedNote = {
  checkedType: 'string',
  zh: '微信只检查它是字符串，不检查取值，未列出的值也能构建，但不会生效',
  en: 'WeChat only checks that it is a string, not its value: an unlisted value builds but has no effect',
};

/** The same schema with a `wechatUnchecked` note added to its metadata (for a shape shared with checked places). */
export function uncheckedByWeChat<T extends z.ZodType>(schema: T, note: UncheckedNote): T {
  // An `x.optional()` carries no docs of its own: copy the inner docs, but not the inner `id` (one id, one schema).
  const own = schema.meta() ?? (schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType).meta() : undefined);
  const { id: _id, ...docs } = own ?? {};
  return schema.meta({ ...docs, wechatUnchecked: note }) as T;
}

/** A shape with the named keys marked as unchecked by WeChat (the others unchanged). */
export function withUncheckedKeys<S extends Record<string, z.ZodType>>(shape: S, keys: readonly (keyof S & string)[], note: UncheckedNote): S {
  const out: Record<string, z.ZodType> = { ...shape };
  for (const key of keys) out[key] = uncheckedByWeChat(shape[key]!, note);
  return out as S;
}

/** `"component": true`: WeChat's compile does not require it, but without it the files are no component. */
export const COMPONENT_FLAG_NOT_CHECKED: UncheckedNote = {
  checkedType: 'boolean',
  absentOk: true,
  zh: '微信编译不要求此项，但没有 "component": true 时这组文件不是组件，引用它的页面在运行时报错',
  en: 'WeChat\'s compile does not require it, but without "component": true these files are no component, and pages that use them fail at run time',
};
