import type { Locale } from '../meta.js';

/**
 * Picks the locale from an environment's `LC_ALL` / `LC_MESSAGES` / `LANG` (zh* → zh-CN, anything else → en).
 * Its own module so the server entries can use it without loading the message catalogues.
 */
export function localeFromEnv(env: Record<string, string | undefined> = process.env): Locale {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(lang) ? 'zh-CN' : 'en';
}
