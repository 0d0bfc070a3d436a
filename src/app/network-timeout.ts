/** `networkTimeout`: timeouts of the network APIs, in milliseconds. */
import * as z from 'zod';
import { field, withDoc } from '../meta.js';
import { appDoc } from './doc-urls.js';

const doc = appDoc('networkTimeout');

const timeout = (api: string) => z.number().optional().apply(withDoc, field({
  zh: `${api} 的超时时间，单位毫秒。`,
  en: `Timeout of ${api}, in milliseconds.`,
  default: 60000,
  docUrl: doc,
}));

// WeChat's validator checks only the type: a negative or zero value passes, so we do not bound it.
export const networkTimeoutSchema = z.strictObject({
  request: timeout('wx.request'),
  connectSocket: timeout('wx.connectSocket'),
  uploadFile: timeout('wx.uploadFile'),
  downloadFile: timeout('wx.downloadFile'),
}).apply(withDoc, { id: 'NetworkTimeout', ...field({
  zh: '各类网络请求的超时时间，单位毫秒。',
  en: 'Timeouts of the network APIs, in milliseconds.',
  docUrl: doc,
}) });
