/** One entry of `subpackages` / `subPackages` in app.json (placeholder shape until the config-schemas work fills it). */
import * as z from 'zod';
import { DOCS, field } from '../meta.js';

export const subPackageSchema = z.strictObject({
  root: z.string().meta(field({ zh: '分包根目录。', en: 'Root folder of the subpackage.', docUrl: DOCS.subpackages })),
  pages: z.array(z.string()).meta(field({ zh: '分包页面路径，相对于分包根目录。', en: 'Page paths, relative to the subpackage root.', docUrl: DOCS.subpackages })),
}).meta({ id: 'SubPackage', ...field({ zh: '一个分包。', en: 'One subpackage.', docUrl: DOCS.subpackages }) });
