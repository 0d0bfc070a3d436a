import * as z from 'zod';
import { schemaDocs } from '../meta.js';
import { THEME_VARIABLE } from './patterns.js';

/**
 * `@name`: a reference to a variable of theme.json. Typed `` `@${string}` `` so that a themeable enum keeps
 * its literals (`'black' | 'white' | `@${string}``) instead of collapsing to `string`.
 */
export const themeVariableSchema = z.string().regex(THEME_VARIABLE.pattern) as unknown as z.ZodType<`@${string}`, `@${string}`>;
schemaDocs.add(themeVariableSchema, { tsType: '`@${string}`' });

/**
 * A field that takes either its own value or an `@variable` (DarkMode, field reference §8.2).
 * The validator finds these fields by the {@link themeVariableSchema} branch (`acceptsThemeVariable`), so
 * the fact survives `.optional()` and every other wrapper without a mark repeated on each field.
 */
export function themeable<T extends z.ZodType>(schema: T) {
  return z.union([schema, themeVariableSchema]);
}

export function isThemeVariable(value: unknown): value is `@${string}` {
  return typeof value === 'string' && THEME_VARIABLE.pattern.test(value);
}
