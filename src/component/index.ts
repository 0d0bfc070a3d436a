export { componentJsonSchema } from './schema.js';
export { validateComponentJson } from './validate.js';
