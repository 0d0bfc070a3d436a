import * as z from 'zod';
import { HEX_COLOR, HEX_COLOR_WITH_ALPHA } from './patterns.js';
import { themeable } from './theme-variable.js';

/** `#rrggbb` or `#rgb`. */
export const hexColorSchema = z.string().regex(HEX_COLOR.pattern);

/** `#rrggbb`, `#rgb` or `#rrggbbaa`. */
export const hexColorWithAlphaSchema = z.string().regex(HEX_COLOR_WITH_ALPHA.pattern);

/** A hex colour, or an `@variable` from theme.json (DarkMode). */
export const themeableColorSchema = themeable(hexColorSchema);
