/**
 * The registry of config kinds: every kind of file the package knows, each fact about it once. The
 * JSON Schema and type generators, the SchemaStore entry, `validate`, `init vscode` and the project
 * check read it. The validators do not import it (it imports them all), so a bundle that uses one
 * validator still pulls only that kind's schemas and rules.
 */
import { appJsonSpec, validateAppJson } from './app/validate.js';
import { componentJsonSpec, validateComponentJson } from './component/validate.js';
import type { ValidationResult } from './diagnostics.js';
import type { Bilingual, Locale } from './meta.js';
import { pageJsonSpec, validatePageJson } from './page/validate.js';
import { projectConfigJsonSpec, projectPrivateConfigJsonSpec, validateProjectConfigJson, validateProjectPrivateConfigJson } from './project-config/validate.js';
import { sitemapJsonSpec, validateSitemapJson } from './sitemap/validate.js';
import { themeJsonSpec, validateThemeJson } from './theme/validate.js';
import type { ConfigSpec, ValidateOptions } from './validate/validate.js';

export interface ConfigKind<T = unknown, Id extends string = string> extends ConfigSpec<T> {
  /** The file's name without `.json`; also the JSON Schema's name (`schemas/<locale>/<id>.schema.json`). */
  id: Id;
  /** Earlier spellings `validate --kind` still accepts. */
  aliases?: readonly string[];
  /** The name every file of this kind has; page and component json have none (told by place and content). */
  fileName?: string;
  validate(input: unknown, options?: ValidateOptions): ValidationResult<T>;
  /** The named type of the whole file (and the root definition of its JSON Schema). */
  typeName: string;
  /** The JSON Schema's title. */
  title: Bilingual;
  /** This kind's entry in schemastore/catalog-entry.json (generated). */
  schemaStore: { name: string; description: string };
}

const defineKind = <T, const Id extends string>(kind: ConfigKind<T, Id>): ConfigKind<T, Id> => kind;

export const CONFIG_KINDS = [
  defineKind({
    id: 'app', fileName: 'app.json', ...appJsonSpec, validate: validateAppJson, typeName: 'AppJson',
    title: { zh: '微信小程序全局配置 app.json', en: 'WeChat mini program app.json' },
    schemaStore: { name: 'WeChat Mini Program app.json', description: 'WeChat (Weixin) mini program global configuration, app.json (微信小程序全局配置)' },
  }),
  defineKind({
    id: 'page', ...pageJsonSpec, validate: validatePageJson, typeName: 'PageJson',
    title: { zh: '微信小程序页面配置（页面 .json）', en: 'WeChat mini program page .json' },
    schemaStore: { name: 'WeChat Mini Program page .json', description: 'WeChat (Weixin) mini program page configuration, pages/**/<page>.json (微信小程序页面配置)' },
  }),
  defineKind({
    id: 'component', ...componentJsonSpec, validate: validateComponentJson, typeName: 'ComponentJson',
    title: { zh: '微信小程序自定义组件配置（组件 .json）', en: 'WeChat mini program component .json' },
    schemaStore: { name: 'WeChat Mini Program component .json', description: 'WeChat (Weixin) mini program custom component configuration, <component>.json (微信小程序自定义组件配置)' },
  }),
  defineKind({
    id: 'sitemap', fileName: 'sitemap.json', ...sitemapJsonSpec, validate: validateSitemapJson, typeName: 'SitemapJson',
    title: { zh: '微信小程序 sitemap.json', en: 'WeChat mini program sitemap.json' },
    schemaStore: { name: 'WeChat Mini Program sitemap.json', description: 'WeChat (Weixin) mini program search indexing configuration, sitemap.json (微信小程序 sitemap 配置)' },
  }),
  defineKind({
    id: 'theme', fileName: 'theme.json', ...themeJsonSpec, validate: validateThemeJson, typeName: 'ThemeJson',
    title: { zh: '微信小程序 DarkMode 主题 theme.json', en: 'WeChat mini program DarkMode theme.json' },
    schemaStore: { name: 'WeChat Mini Program theme.json', description: 'WeChat (Weixin) mini program DarkMode variables, theme.json (微信小程序 DarkMode 主题变量)' },
  }),
  defineKind({
    id: 'project.config', aliases: ['project-config'], fileName: 'project.config.json', ...projectConfigJsonSpec,
    validate: validateProjectConfigJson, typeName: 'ProjectConfigJson',
    title: { zh: '微信小程序项目配置 project.config.json', en: 'WeChat mini program project.config.json' },
    schemaStore: { name: 'WeChat Mini Program project.config.json', description: 'WeChat DevTools project configuration, project.config.json (微信开发者工具项目配置)' },
  }),
  defineKind({
    id: 'project.private.config', aliases: ['project-private-config'], fileName: 'project.private.config.json', ...projectPrivateConfigJsonSpec,
    validate: validateProjectPrivateConfigJson, typeName: 'ProjectPrivateConfigJson',
    title: { zh: '微信小程序私有项目配置 project.private.config.json', en: 'WeChat mini program project.private.config.json' },
    schemaStore: { name: 'WeChat Mini Program project.private.config.json', description: 'WeChat DevTools private project configuration, project.private.config.json (微信开发者工具私有项目配置)' },
  }),
] as const;

export type KindId = (typeof CONFIG_KINDS)[number]['id'];
export const KIND_IDS: readonly KindId[] = CONFIG_KINDS.map((kind) => kind.id);

/** A kind by its id. */
export function configKind(id: KindId): ConfigKind<unknown, KindId> {
  return CONFIG_KINDS.find((kind) => kind.id === id)!;
}

/** The kind an id or one of its aliases names (`project-config` → `project.config`). */
export function kindIdOf(name: string): KindId | undefined {
  return CONFIG_KINDS.find((kind) => kind.id === name || kind.aliases?.includes(name))?.id;
}

/** The kind a file's base name alone reveals (`app.json`, `theme.json`…). */
export function kindOfFileName(baseName: string): KindId | undefined {
  return CONFIG_KINDS.find((kind) => kind.fileName === baseName)?.id;
}

/** Path of a kind's JSON Schema inside the package. */
export function schemaFilePath(locale: Locale, id: KindId): string {
  return `schemas/${locale}/${id}.schema.json`;
}
