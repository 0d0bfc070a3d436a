/** Official documentation pages the app.json blocks link to. */
import { DOCS } from '../meta.js';

const GUIDE = 'https://developers.weixin.qq.com/miniprogram/dev/framework';

/** A field's row in the app.json reference table. */
export const appDoc = (anchor: string) => `${DOCS.app}#${anchor}`;

export const GUIDES = {
  workers: `${GUIDE}/workers.html`,
  plugins: `${GUIDE}/plugin/using.html`,
  functionalPages: `${GUIDE}/plugin/functional-pages.html`,
  preload: `${GUIDE}/subpackages/preload.html`,
  independent: `${GUIDE}/subpackages/independent.html`,
  lazyload: `${GUIDE}/ability/lazyload.html`,
  skylineWxss: `${GUIDE}/runtime/skyline/wxss.html`,
  chatTools: `${GUIDE}/open-ability/chatTool.html`,
  conditionCompile: 'https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/miniapp/pre-read/condition-compile.html',
} as const;
