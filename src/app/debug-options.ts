/** `debugOptions` of app.json (not the project.config.json object of the same name). */
import * as z from 'zod';
import { field, withDoc } from '../meta.js';
import { appDoc } from './doc-urls.js';

const doc = appDoc('debugOptions');

export const appDebugOptionsSchema = z.strictObject({
  enableFPSPanel: z.boolean().optional().apply(withDoc, field({
    zh: '是否开启 FPS 面板。',
    en: 'Shows the FPS panel.',
    default: false,
    docUrl: doc,
  })),
}).apply(withDoc, field({
  zh: '调试相关配置。',
  en: 'Debugging options.',
  since: '2.22.1',
  docUrl: doc,
}));
