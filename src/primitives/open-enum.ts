import * as z from 'zod';
import { withDoc } from '../meta.js';

/**
 * A string list WeChat leaves open: any string is valid (validation and diagnostics are those of a plain
 * string), the known values are offered by editors (`examples`) and kept in the type as
 * `'a' | 'b' | (string & {})`, which TypeScript does not collapse to `string`, so completion still works.
 */
export function openEnum<const V extends string>(known: readonly V[]): z.ZodType<V | (string & {}), V | (string & {})> {
  const literals = known.map((value) => `'${value.replace(/[\\']/g, '\\$&')}'`);
  return z.string().apply(withDoc, { examples: [...known], tsType: `(${literals.join(' | ')} | (string & {}))` }) as never;
}
