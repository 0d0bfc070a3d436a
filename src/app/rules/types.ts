/** The rule contract is the engine's (`validate/rule.ts`); app.json rules import it from here until they move beside their kind. */
export type { Rule, RuleContext, RuleFinding } from '../../validate/rule.js';
