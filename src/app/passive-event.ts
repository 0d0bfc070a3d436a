/** `enablePassiveEvent`: make touch and wheel listeners passive. App and page level. */
import * as z from 'zod';
import { field } from '../meta.js';
import { appDoc } from './doc-urls.js';

const doc = appDoc('enablePassiveEvent');

const eventFlag = (event: string) => z.boolean().optional().meta(field({
  zh: `${event} 事件监听是否为 passive。`,
  en: `Marks ${event} listeners as passive.`,
  default: false,
  docUrl: doc,
}));

export const enablePassiveEventSchema = z.union([
  z.boolean(),
  // WeChat takes any event name but rejects a value that is not a boolean (src/validate/unchecked.ts).
  z.strictObject({ touchstart: eventFlag('touchstart'), touchmove: eventFlag('touchmove'), wheel: eventFlag('wheel') }).meta({ anyKeyValueTypes: ['boolean'] }),
]).meta(field({
  zh: '事件监听是否为 passive：true 对 touchstart、touchmove、wheel 全部生效，也可逐个设置。页面配置会覆盖全局配置。',
  en: 'Makes event listeners passive: true covers touchstart, touchmove and wheel, or set each one. A page value overrides the app value.',
  default: false,
  since: '2.24.1',
  docUrl: doc,
}));
