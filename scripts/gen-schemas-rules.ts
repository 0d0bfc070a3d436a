/**
 * Cross-field rules of src/app/rules/ that JSON Schema can express, added to the editor schemas (as `allOf`
 * entries of the definition they concern) so editors flag them as you type. The other rules (files that
 * must exist, duplicates across lists, theme variables that must resolve…) stay in the validators and
 * the CLI; docs/editors.md lists both groups. test/json-schema-agreement.test.ts runs each rule listed
 * here against ajv on the exported schema, and test/json-schema-rules.test.ts checks each path pattern
 * against the rule's own path check.
 */
import type { Bilingual, Locale } from '../src/meta.js';
import { MAX_TABS } from '../src/primitives/limits.js';
import { componentPathFormat } from '../src/app/rules/component-path-format.js';
import { filePathFormat } from '../src/app/rules/file-path-format.js';
import { pagePathFormat } from '../src/app/rules/page-path-format.js';
import { PRECISE_LOCATION_APIS, requiredPrivateInfosExclusive } from '../src/app/rules/required-private-infos-exclusive.js';
import { resolveAliasFormat } from '../src/app/rules/resolve-alias-format.js';
import { skylineNeedsLazyCodeLoading } from '../src/app/rules/skyline-needs-lazy-code-loading.js';
import { MAIN_PACKAGE, subpackageReservedName } from '../src/app/rules/subpackage-reserved-name.js';
import { tabBarIconType } from '../src/app/rules/tab-bar-icon-type.js';
import { tabBarItemCount } from '../src/app/rules/tab-bar-item-count.js';
import { MAX_SUBPACKAGES, tooManySubpackages } from '../src/app/rules/too-many-subpackages.js';
import type { Rule } from '../src/validate/rule.js';

type Json = Record<string, unknown>;

export interface ExpressibleRule {
  /** The rules of src/app/rules/ the keywords express. */
  rules: Array<Rule<never>>;
  /** Definition (meta id) whose `allOf` receives the keywords. */
  definition: string;
  keywords(locale: Locale): Json;
}

/** `x` → `[xX]`: JSON Schema patterns have no `i` flag. */
function caseInsensitive(source: string): string {
  return source.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

// The path checks of src/app/rules/path-checks.ts (`pathProblem`) as patterns; test/json-schema-rules.test.ts
// compares each one with `pathProblem` on generated strings. `[\s\S]` because `includes` sees newlines too.
const NO_PROBLEM_ANYWHERE = String.raw`(?! )(?![\s\S]*\\)(?![\s\S]*//)(?![\s\S]*\.\./)(?![\s\S]*/\.\.$)`;
const PAGE_EXTENSION = caseInsensitive(String.raw`\.(?:js|ts|wxml|wxss|json|wxs|html|vue|less|scss|sass|styl)$`);
export const PATH_PATTERNS = {
  page: String.raw`^(?!\.)(?!/)${NO_PROBLEM_ANYWHERE}(?![\s\S]*\?)(?![\s\S]*${PAGE_EXTENSION})[\s\S]+$`,
  'tab-page': String.raw`^(?!\.)(?!/)${NO_PROBLEM_ANYWHERE}(?![\s\S]*[?.])[\s\S]+$`,
  file: String.raw`^(?!\.)(?!/)${NO_PROBLEM_ANYWHERE}[\s\S]+$`,
  /**
   * Empty, an `@variable` (checked once resolved, by the project check), or a clean path ending in
   * .png/.jpg/.jpeg (file-path-format and tab-bar-icon-type together).
   */
  icon: String.raw`^$|^@|^${NO_PROBLEM_ANYWHERE}[\s\S]*[^/]\.(?:png|jpg|jpeg)$`,
  /** A usingComponents target: not empty, no file extension (component-path-format). */
  component: `^(?![\\s\\S]*${caseInsensitive(String.raw`\.(?:js|ts|json|wxml|wxss|vue)$`)})[\\s\\S]+$`,
} as const;

const pick = (text: Bilingual, locale: Locale) => (locale === 'zh-CN' ? text.zh : text.en);
const patterned = (pattern: string, rule: Rule<never>, locale: Locale) => ({ pattern, patternErrorMessage: pick(rule.description, locale) });

/** The subpackage list WeChat reads: `subpackages` when it is an array, `subPackages` otherwise. */
function onSubpackages(list: Json): Json {
  return {
    if: { properties: { subpackages: { type: 'array' } }, required: ['subpackages'] },
    then: { properties: { subpackages: list } },
    else: { properties: { subPackages: list } },
  };
}

const asRule = (rule: unknown) => rule as Rule<never>;

export const EXPRESSIBLE_RULES: readonly ExpressibleRule[] = [
  {
    rules: [asRule(tabBarItemCount)],
    definition: 'TabBar',
    // Without `custom: true` the list holds at most MAX_TABS tabs (the zod schema bounds it at the custom maximum).
    keywords: () => ({ if: { properties: { custom: { const: true } }, required: ['custom'] }, else: { properties: { list: { maxItems: MAX_TABS } } } }),
  },
  {
    rules: [asRule(pagePathFormat), asRule(filePathFormat), asRule(tabBarIconType)],
    definition: 'TabBarItem',
    keywords: (locale) => ({
      properties: {
        pagePath: patterned(PATH_PATTERNS['tab-page'], asRule(pagePathFormat), locale),
        iconPath: patterned(PATH_PATTERNS.icon, asRule(tabBarIconType), locale),
        selectedIconPath: patterned(PATH_PATTERNS.icon, asRule(tabBarIconType), locale),
      },
    }),
  },
  {
    rules: [asRule(pagePathFormat), asRule(filePathFormat)],
    definition: 'AppJson',
    keywords: (locale) => {
      const page = patterned(PATH_PATTERNS.page, asRule(pagePathFormat), locale);
      const file = patterned(PATH_PATTERNS.file, asRule(filePathFormat), locale);
      return {
        properties: {
          pages: { items: page }, entryPagePath: page, openLocationPagePath: page,
          themeLocation: file, openDataContext: file, workers: { ...file, properties: { path: file } },
        },
      };
    },
  },
  {
    rules: [asRule(pagePathFormat), asRule(filePathFormat), asRule(tooManySubpackages), asRule(subpackageReservedName)],
    definition: 'AppJson',
    keywords: (locale) => {
      const reserved = { not: { const: MAIN_PACKAGE }, errorMessage: pick(subpackageReservedName.description, locale) };
      return onSubpackages({
        maxItems: MAX_SUBPACKAGES,
        items: {
          properties: {
            root: { ...patterned(PATH_PATTERNS.file, asRule(filePathFormat), locale), ...reserved },
            name: reserved,
            pages: { items: patterned(PATH_PATTERNS.page, asRule(pagePathFormat), locale) },
          },
        },
      });
    },
  },
  {
    rules: [asRule(componentPathFormat)],
    definition: 'AppJson',
    keywords: (locale) => ({ properties: { usingComponents: { additionalProperties: patterned(PATH_PATTERNS.component, asRule(componentPathFormat), locale) } } }),
  },
  {
    rules: [asRule(resolveAliasFormat)],
    definition: 'AppJson',
    keywords: (locale) => ({
      properties: {
        resolveAlias: {
          propertyNames: patterned(String.raw`^(?![\s\S]*//)[\s\S]*/\*$`, asRule(resolveAliasFormat), locale),
          additionalProperties: patterned(String.raw`^(?![\s\S]*//)(?!\./)[\s\S]*/\*$`, asRule(resolveAliasFormat), locale),
        },
      },
    }),
  },
  {
    rules: [asRule(skylineNeedsLazyCodeLoading)],
    definition: 'AppJson',
    keywords: (locale) => ({
      if: { properties: { renderer: { const: 'skyline' } }, required: ['renderer'] },
      then: { properties: { lazyCodeLoading: { const: 'requiredComponents', errorMessage: pick(skylineNeedsLazyCodeLoading.description, locale) } }, required: ['lazyCodeLoading'] },
    }),
  },
  {
    rules: [asRule(requiredPrivateInfosExclusive)],
    definition: 'AppJson',
    keywords: (locale) => ({
      if: { properties: { requiredPrivateInfos: { contains: { const: 'getFuzzyLocation' } } }, required: ['requiredPrivateInfos'] },
      then: { properties: { requiredPrivateInfos: { items: { not: { enum: PRECISE_LOCATION_APIS }, errorMessage: pick(requiredPrivateInfosExclusive.description, locale) } } } },
    }),
  },
];

/** Every rule the editor schemas express, for the agreement test and the docs. */
export function expressedRules(): Array<Rule<never>> {
  return [...new Set(EXPRESSIBLE_RULES.flatMap((entry) => entry.rules))];
}

/** Adds the rules' keywords to a definition of an editor schema, one `allOf` entry each. */
export function withExpressibleRules(name: string, node: Json, locale: Locale): Json {
  const entries = EXPRESSIBLE_RULES.filter((entry) => entry.definition === name).map((entry) => entry.keywords(locale));
  if (entries.length === 0) return node;
  const allOf = Array.isArray(node.allOf) ? node.allOf : [];
  return { ...node, allOf: [...allOf, ...entries] };
}
