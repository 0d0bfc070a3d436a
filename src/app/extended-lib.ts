/** `useExtendedLib`: extension libraries that do not count towards the package size. App and subpackage level. */
import * as z from 'zod';
import { field } from '../meta.js';
import { appDoc } from './doc-urls.js';

const doc = appDoc('useExtendedLib');

// The table documents booleans; WeChat's validator and the official demo also take a version string ("latest").
const libSwitch = (zh: string, en: string) => z.union([z.boolean(), z.string()]).optional().meta(field({
  zh: `${zh}：true 启用，或写版本号如 "latest"。`,
  en: `${en}: true to use it, or a version such as "latest".`,
  docUrl: doc,
  examples: [true, 'latest'],
}));

export const useExtendedLibSchema = z.strictObject({
  weui: libSwitch('WeUI 组件库', 'The WeUI component library'),
  kbone: libSwitch('kbone 多端开发框架', 'The kbone framework'),
}).meta(field({
  zh: '使用的扩展库，不计入代码包大小。',
  en: 'Extension libraries in use; they do not count towards the package size.',
  since: '2.2.1',
  docUrl: doc,
  // WeChat takes any library name here but rejects a value that is neither a boolean nor a string.
  anyKeyValueTypes: ['boolean', 'string'],
}));
