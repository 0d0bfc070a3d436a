import * as z from 'zod';
import { THEME_VARIABLE } from './patterns.js';

/** `@name`: a reference to a variable of theme.json. */
export const themeVariableSchema = z.string().regex(THEME_VARIABLE.pattern);

/**
 * A field that takes either its own value or an `@variable` (DarkMode, field reference §8.2).
 * The `themeVariable` mark lets the validator find these fields to resolve references against theme.json.
 */
export function themeable<T extends z.ZodType>(schema: T) {
  return z.union([schema, themeVariableSchema]).meta({ themeVariable: true });
}

export function isThemeVariable(value: unknown): value is `@${string}` {
  return typeof value === 'string' && THEME_VARIABLE.pattern.test(value);
}
