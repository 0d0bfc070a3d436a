/** `renderer` and `componentFramework`: shared by app.json, page json and component json. */
import * as z from 'zod';
import { docEnum, field, withDoc } from '../meta.js';
import { appDoc } from './doc-urls.js';

/* Each enum's values with their docs, written once: the z.enum is built from the keys. */
const enumValues = docEnum({
  webview: { zh: 'WebView 渲染', en: 'WebView rendering.' },
  skyline: { zh: 'Skyline 渲染（需同时开启 lazyCodeLoading 并配置 rendererOptions.skyline）', en: 'Skyline rendering (needs lazyCodeLoading and rendererOptions.skyline).' },
});
const enumValues2 = docEnum({
  exparser: { zh: '默认组件框架', en: 'The default component framework.' },
  'glass-easel': { zh: '新一代组件框架 glass-easel', en: 'The newer glass-easel framework.' },
});

export const rendererSchema = enumValues.schema.apply(withDoc, field({
  zh: '渲染后端。',
  en: 'Rendering backend.',
  default: 'webview',
  since: '2.30.4',
  values: enumValues.values,
  docUrl: appDoc('renderer'),
}));

export const componentFrameworkSchema = enumValues2.schema.apply(withDoc, field({
  zh: '组件框架。',
  en: 'Component framework.',
  default: 'exparser',
  since: '2.30.4',
  values: enumValues2.values,
  docUrl: appDoc('componentFramework'),
}));
