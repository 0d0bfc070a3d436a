export { appJsonSchema } from './schema.js';
export { windowSchema } from './window.js';
export { tabBarItemSchema, tabBarSchema } from './tab-bar.js';
export { subPackageSchema } from './subpackage.js';
export { validateAppJson } from './validate.js';
