/** One entry of `subpackages` / `subPackages` in app.json. */
import * as z from 'zod';
import { DOCS, field, withDoc } from '../meta.js';
import { openEnum } from '../primitives/open-enum.js';
import { pagePathSchema } from '../primitives/page-path.js';
import { GUIDES } from './doc-urls.js';
import { useExtendedLibSchema } from './extended-lib.js';
import { pluginsSchema } from './plugins.js';
import { componentFrameworkSchema, rendererSchema } from './renderer.js';

const doc = DOCS.subpackages;

/*
 * renderer and componentFramework appear in subpackages only in official examples. WeChat's validator
 * types them as plain strings here (any value passes), unlike the top-level enums: the known values are
 * offered to editors and in the type, any other string is accepted.
 */
const openField = <V extends string>(known: readonly V[], zh: string, en: string) =>
  openEnum(known).optional().apply(withDoc, field({ zh, en, docUrl: doc }));

export const subPackageSchema = z.strictObject({
  root: z.string().apply(withDoc, field({
    zh: '分包根目录。',
    en: 'Root folder of the subpackage.',
    docUrl: doc,
    examples: ['packageA'],
  })),
  name: z.string().optional().apply(withDoc, field({
    zh: '分包别名，可用于 preloadRule 的 packages。',
    en: 'Alias of the subpackage, usable in preloadRule packages.',
    docUrl: doc,
  })),
  pages: z.array(pagePathSchema.apply(withDoc, field({
    zh: '页面路径，相对分包根目录，不带文件扩展名。',
    en: 'Page path relative to the subpackage root, without a file extension.',
    docUrl: doc,
  }))).apply(withDoc, field({
    zh: '分包页面路径，相对分包根目录。',
    en: 'Page paths, relative to the subpackage root.',
    docUrl: doc,
  })),
  independent: z.boolean().optional().apply(withDoc, field({
    zh: '是否为独立分包：不依赖主包即可运行，但不能使用主包和其他分包的代码、样式、组件，暂不能使用插件。',
    en: 'Independent subpackage: runs without the main package, but cannot use code, styles or components of the main package or other subpackages, nor plugins for now.',
    default: false,
    since: '2.3.0',
    client: '6.7.2',
    docUrl: GUIDES.independent,
  })),
  entry: z.string().optional().apply(withDoc, field({
    zh: '分包入口 JS 文件，相对分包根目录，分包注入时最先执行。',
    en: 'Entry JS file, relative to the subpackage root; it runs first when the subpackage is injected.',
    docUrl: doc,
  })),
  plugins: pluginsSchema.optional(),
  useExtendedLib: useExtendedLibSchema.optional(),
  renderer: openField(rendererSchema.options, '分包使用的渲染后端。', 'Rendering backend of the subpackage.'),
  componentFramework: openField(componentFrameworkSchema.options, '分包使用的组件框架。', 'Component framework of the subpackage.'),
}).apply(withDoc, { id: 'SubPackage', ...field({
  zh: '一个分包。',
  en: 'One subpackage.',
  docUrl: doc,
  snippets: [{
    label: 'subpackage',
    description: { zh: '一个分包', en: 'A subpackage' },
    body: { root: '${1:packageA}', pages: ['${2:pages/index/index}'] },
  }],
}) });

export const subPackagesSchema = z.array(subPackageSchema).apply(withDoc, field({
  zh: '分包结构配置。subpackages 与 subPackages 两种写法等价。',
  en: 'Subpackage structure. The spellings subpackages and subPackages are equivalent.',
  since: '1.7.3',
  client: '6.6.0',
  docUrl: doc,
  snippets: [{
    label: 'subpackage',
    description: { zh: '添加一个分包', en: 'Add a subpackage' },
    body: [{ root: '${1:packageA}', pages: ['${2:pages/index/index}'] }],
  }],
}));
