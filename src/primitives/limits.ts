/** Limits WeChat's compiler enforces that both a schema and a rule state (the rule imports them from here). */

/** tabBar.list: at least 2 tabs, at most 5 — or 10 with a custom tab bar (WeChat's MaxCustomTabbarCount). */
export const MIN_TABS = 2;
export const MAX_TABS = 5;
export const MAX_CUSTOM_TABS = 10;
