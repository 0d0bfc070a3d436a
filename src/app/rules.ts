import type { Rule } from '../validate/rule.js';
import type { AppJson } from '../types.js';
import { appRules as allAppRules } from './rules/index.js';

/** In-file rules that run inside validateAppJson (see `src/app/rules/`). */
export const appRules: readonly Rule<AppJson>[] = allAppRules;
