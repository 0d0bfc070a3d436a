export { appJsonSchema } from './schema.js';
export { windowSchema } from './window.js';
export { validateAppJson } from './validate.js';
