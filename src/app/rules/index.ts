/**
 * Every single-file cross-field rule of app.json, in the order WeChat runs its checks, and the
 * catalogue the docs (docs/rules.md) are written from.
 */
import type { Severity } from '../../diagnostics.js';
import type { Bilingual } from '../../meta.js';
import type { AppJson } from '../../types.js';
import { accountCardPackage } from './account-card-package.js';
import { chatToolSubpackage } from './chat-tool-subpackage.js';
import { componentPathFormat } from './component-path-format.js';
import { componentTagName } from './component-tag-name.js';
import { darkmodeNeedsThemeLocation } from './darkmode-needs-theme-location.js';
import { duplicatePage } from './duplicate-page.js';
import { duplicatePlugin } from './duplicate-plugin.js';
import { duplicateTabPage } from './duplicate-tab-page.js';
import { entranceDeclarePage } from './entrance-declare-page.js';
import { entryPageNotFound } from './entry-page-not-found.js';
import { extendedLibUnknown } from './extended-lib-unknown.js';
import { filePathFormat } from './file-path-format.js';
import { framesetNeedsResizable } from './frameset-needs-resizable.js';
import { functionalPagesBoolean } from './functional-pages-boolean.js';
import { independentSubpackagePlugins } from './independent-subpackage-plugins.js';
import { mainPageInSubpackage } from './main-page-in-subpackage.js';
import { pagePathFormat } from './page-path-format.js';
import { pagesEmpty } from './pages-empty.js';
import { permissionDescLength } from './permission-desc-length.js';
import { pluginVersionFormat } from './plugin-version-format.js';
import { preloadRulePackageNotFound } from './preload-rule-package-not-found.js';
import { preloadRulePageNotFound } from './preload-rule-page-not-found.js';
import { requiredPrivateInfosExclusive } from './required-private-infos-exclusive.js';
import { resolveAliasFormat } from './resolve-alias-format.js';
import { skylineNeedsGlassEasel } from './skyline-needs-glass-easel.js';
import { skylineNeedsLazyCodeLoading } from './skyline-needs-lazy-code-loading.js';
import { skylineNeedsRendererOptions } from './skyline-needs-renderer-options.js';
import { skylineWindowNavigationIgnored } from './skyline-window-navigation-ignored.js';
import { subpackageNameDuplicate } from './subpackage-name-duplicate.js';
import { subpackageReservedName } from './subpackage-reserved-name.js';
import { subpackageRootDuplicate } from './subpackage-root-duplicate.js';
import { subpackageRootNested } from './subpackage-root-nested.js';
import { subpackagesBothSpellings } from './subpackages-both-spellings.js';
import { supportedMaterialsFormat } from './supported-materials-format.js';
import { tabBarIconType } from './tab-bar-icon-type.js';
import { tabBarItemCount } from './tab-bar-item-count.js';
import { tabBarTopIconsIgnored } from './tab-bar-top-icons-ignored.js';
import { tabPageNotInPages } from './tab-page-not-in-pages.js';
import { themeVariableNeedsThemeLocation } from './theme-variable-needs-theme-location.js';
import { themeVariableNotAllowed } from './theme-variable-not-allowed.js';
import { themeVariableWithoutDarkmode } from './theme-variable-without-darkmode.js';
import { tooManySubpackages } from './too-many-subpackages.js';
import type { Rule } from './types.js';

export type { Rule, RuleContext, RuleFinding } from './types.js';

export const appRules: readonly Rule<AppJson>[] = [
  themeVariableNotAllowed,
  themeVariableNeedsThemeLocation,
  pagesEmpty,
  pagePathFormat,
  filePathFormat,
  duplicatePage,
  subpackagesBothSpellings,
  tooManySubpackages,
  subpackageReservedName,
  subpackageNameDuplicate,
  subpackageRootDuplicate,
  subpackageRootNested,
  tabBarItemCount,
  duplicateTabPage,
  tabBarIconType,
  functionalPagesBoolean,
  pluginVersionFormat,
  entryPageNotFound,
  preloadRulePageNotFound,
  preloadRulePackageNotFound,
  tabPageNotInPages,
  mainPageInSubpackage,
  duplicatePlugin,
  entranceDeclarePage,
  skylineNeedsLazyCodeLoading,
  skylineNeedsRendererOptions,
  skylineWindowNavigationIgnored,
  skylineNeedsGlassEasel,
  resolveAliasFormat,
  requiredPrivateInfosExclusive,
  accountCardPackage,
  independentSubpackagePlugins,
  darkmodeNeedsThemeLocation,
  themeVariableWithoutDarkmode,
  extendedLibUnknown,
  componentPathFormat,
  componentTagName,
  chatToolSubpackage,
  framesetNeedsResizable,
  tabBarTopIconsIgnored,
  permissionDescLength,
  supportedMaterialsFormat,
];

export interface RuleCatalogueEntry {
  code: string;
  severity: Severity;
  description: Bilingual;
}

/** One entry per rule, for documentation. */
export const ruleCatalogue: readonly RuleCatalogueEntry[] = appRules.map(({ code, severity, description }) => ({ code, severity, description }));
