/**
 * Cross-field rules of src/rules/ that JSON Schema can express, added to the editor schemas so editors
 * flag them as you type. The others (files that must exist, duplicates across lists, theme variables that
 * must resolve) stay in the CLI / validators; docs/editors.md lists both groups.
 * Each entry names the definition (meta `id`) it extends; a missing definition is skipped.
 */
import { MAX_TABS, tabBarItemCount } from '../src/rules/tab-bar-item-count.js';
import type { Rule } from '../src/rules/types.js';

type Json = Record<string, unknown>;

export interface ExpressibleRule {
  /** The rule of src/rules/ the keywords express. */
  rule: Rule<never>;
  /** Definition (meta id) the keywords are added to. */
  definition: string;
  keywords: Json;
}

export const EXPRESSIBLE_RULES: readonly ExpressibleRule[] = [
  {
    rule: tabBarItemCount as Rule<never>,
    definition: 'TabBar',
    // Without `custom: true` the list holds at most MAX_TABS tabs (the zod schema bounds it at the custom maximum).
    keywords: {
      if: { properties: { custom: { const: true } }, required: ['custom'] },
      else: { properties: { list: { maxItems: MAX_TABS } } },
    },
  },
];

/** Adds the rules' keywords to a definition of an editor schema. */
export function withExpressibleRules(name: string, node: Json): Json {
  const rules = EXPRESSIBLE_RULES.filter((rule) => rule.definition === name);
  return rules.reduce((acc, rule) => ({ ...acc, ...rule.keywords }), node);
}
