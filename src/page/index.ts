export { pageJsonSchema } from './schema.js';
export { validatePageJson } from './validate.js';
