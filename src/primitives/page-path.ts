/** A page path as app.json writes it: relative to the code root, without a file extension. */
import * as z from 'zod';
import { DOCS, field, withDoc } from '../meta.js';

export const pagePathSchema = z.string().apply(withDoc, field({
  zh: '页面路径：相对代码根目录，不带文件扩展名（框架会自动寻找 .json/.js/.wxml/.wxss），如 "pages/index/index"。',
  en: 'Page path relative to the code root, without a file extension (the framework looks for .json/.js/.wxml/.wxss), e.g. "pages/index/index".',
  docUrl: DOCS.app,
  examples: ['pages/index/index'],
}));
