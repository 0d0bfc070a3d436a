/** Plugin declarations (`plugins`), used at app level and inside a subpackage. */
import * as z from 'zod';
import { field, withDoc } from '../meta.js';
import { GUIDES } from './doc-urls.js';

const doc = GUIDES.plugins;

/*
 * The version format ("x.y.z", "latest", "dev-<id>", and "dev" only in plugin projects) is checked by
 * WeChat's cross-field checks, which depend on the project type, not by its schema: it is a rule, not
 * a schema concern.
 */
export const pluginDeclarationSchema = z.strictObject({
  version: z.string().apply(withDoc, field({
    zh: '使用的插件版本，如 "1.0.0"、"latest"，开发版为 "dev-<id>"。引用开发版插件的小程序无法上传、发布。',
    en: 'Plugin version in use, e.g. "1.0.0" or "latest"; a development build is "dev-<id>". An app that uses a development build cannot be uploaded or released.',
    docUrl: doc,
    examples: ['1.0.0', 'latest'],
  })),
  provider: z.string().apply(withDoc, field({
    zh: '插件的 AppID。',
    en: 'AppID of the plugin.',
    docUrl: doc,
  })),
  export: z.string().optional().apply(withDoc, field({
    zh: '导出给插件的 JS 文件（插件中用 requireMiniProgram() 获取）；在分包中声明时，路径相对分包根目录。',
    en: 'JS file exported to the plugin (read with requireMiniProgram()); in a subpackage the path is relative to the subpackage root.',
    since: '2.11.1',
    docUrl: doc,
  })),
  genericsImplementation: z.record(z.string(), z.record(z.string(), z.string())).optional().apply(withDoc, field({
    zh: '为插件页面的抽象节点指定实现：插件页面名 → { 抽象节点名 → 组件路径 }。',
    en: 'Implementations of the generics (abstract nodes) of plugin pages: plugin page name → { generic name → component path }.',
    since: '2.12.2',
    docUrl: doc,
  })),
  // Not documented; WeChat's own schema accepts it silently, so we do too.
  path: z.string().optional().apply(withDoc, field({
    zh: '（文档未记载）微信开发者工具自带的校验接受此字段。',
    en: 'Undocumented; accepted by WeChat\'s own validator.',
  })),
}).apply(withDoc, { id: 'PluginDeclaration', ...field({
  zh: '一个插件的声明。',
  en: 'Declaration of one plugin.',
  docUrl: doc,
}) });

/** Alias → declaration. The alias is chosen by the app and used in `plugin://alias/…` and `requirePlugin('alias')`. */
export const pluginsSchema = z.record(z.string(), pluginDeclarationSchema).apply(withDoc, field({
  zh: '使用的插件：键为自定的插件别名（用于 plugin://别名/… 和 requirePlugin），值为插件声明。',
  en: 'Plugins in use: each key is an alias of your choice (used in plugin://alias/… and requirePlugin), each value the declaration.',
  since: '1.9.6',
  docUrl: doc,
  snippets: [{
    label: 'plugin',
    description: { zh: '声明一个插件', en: 'Declare a plugin' },
    body: { '${1:myPlugin}': { version: '${2:1.0.0}', provider: '${3:wxidxxxxxxxxxxxxxxxx}' } },
  }],
}));
