/**
 * Every diagnostic code the package can report, with what it checks and where it is documented: the
 * list a configuration may name (`rules`), the rule metadata of SARIF output, the config JSON Schema.
 * Collected from the catalogues that define the codes, so a new rule or message is configurable at once.
 */
import type { Severity } from '../diagnostics.js';
import type { LocalizedText } from '../locales/catalogue.js';
import { ENGINE_MESSAGES } from '../locales/messages.js';
import type { Bilingual } from '../meta.js';
import { PROJECT_MESSAGES } from './messages.js';
import { projectConfigRules, projectPrivateConfigRules } from '../project-config/rules.js';
import { appRules } from '../app/rules/index.js';
import { appKeyInPage } from '../page/rules.js';
import { pageKeyInComponent } from '../component/rules.js';
import type { Rule } from '../validate/rule.js';
import { sitemapRules } from '../sitemap/rules.js';
import { themeRules } from '../theme/rules.js';
import { docsUrl } from '../links.js';

export type CodeKind = 'validator' | 'rule' | 'project';

export interface CodeInfo {
  code: string;
  kind: CodeKind;
  /** The severity the check reports; absent where it depends on the finding (validator codes). */
  severity?: Severity;
  description: Bilingual;
  /** Its section of docs/rules.md. */
  section: CodeSection;
  /** Where the code is documented. */
  helpUri: string;
}

/** The sections of docs/rules.md (written from this catalogue by scripts/gen-rules-doc.ts): their headings. */
export const CODE_SECTIONS = {
  app: 'app.json rules · app.json 规则',
  other: 'Rules of sitemap.json, theme.json and project config files · sitemap.json、theme.json 与项目配置文件的规则',
  validator: 'Validator codes · 校验器代码',
  project: 'Project check codes · 项目检查的诊断代码',
} as const;

export type CodeSection = keyof typeof CODE_SECTIONS;

/** GitHub's anchor of a markdown heading: lower case, punctuation dropped, each space a hyphen. */
export function headingAnchor(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

/** app.json's rules link to docs/rules.md itself, as they always have; the other sections to their heading. */
const helpUri = (section: CodeSection) => (section === 'app' ? docsUrl('rules.md') : docsUrl('rules.md', headingAnchor(CODE_SECTIONS[section])));

/** CodeInfo keeps the `{ zh, en }` of field docs and rule descriptions; the catalogue's texts are keyed by locale. */
const asBilingual = (text: LocalizedText): Bilingual => ({ zh: text['zh-CN'], en: text.en });

function ruleInfo(rule: Rule<never>, section: CodeSection): CodeInfo {
  return { code: rule.code, kind: 'rule', section, severity: rule.severity, description: rule.description, helpUri: helpUri(section) };
}

let entries: readonly CodeInfo[] | undefined;
let catalogue: readonly CodeInfo[] | undefined;

/**
 * Every entry of the catalogue, section by section, built on first use (it reads every kind's rules). A code
 * may have an entry in two sections (`theme-variable-not-allowed`: the engine's check of theme.json values
 * and app.json's rule); docs/rules.md lists both.
 */
export function catalogueEntries(): readonly CodeInfo[] {
  entries ??= [
    ...Object.entries(ENGINE_MESSAGES).flatMap(([code, entry]): CodeInfo[] => ('description' in entry
      ? [{ code, kind: 'validator', section: 'validator', description: asBilingual(entry.description), helpUri: helpUri('validator') }]
      : [])),
    ...appRules.map((rule) => ruleInfo(rule as Rule<never>, 'app')),
    ...[...sitemapRules, ...themeRules, ...projectConfigRules, ...projectPrivateConfigRules].map((rule) => ruleInfo(rule as Rule<never>, 'other')),
    // Reported by the page and component validators, listed with the project's codes where they always were.
    ...[appKeyInPage, pageKeyInComponent].map((rule) => ruleInfo(rule as unknown as Rule<never>, 'project')),
    ...Object.entries(PROJECT_MESSAGES).map(([code, entry]): CodeInfo => (
      { code, kind: 'project', section: 'project', severity: entry.severity, description: asBilingual(entry.description), helpUri: helpUri('project') })),
  ];
  return entries;
}

/** Every code once (its first entry), sorted: what a configuration may name. */
export function diagnosticCodes(): readonly CodeInfo[] {
  catalogue ??= [...new Map([...catalogueEntries()].reverse().map((info) => [info.code, info])).values()]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return catalogue;
}

export function codeInfo(code: string): CodeInfo | undefined {
  return diagnosticCodes().find((info) => info.code === code);
}
