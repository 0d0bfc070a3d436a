export { projectConfigJsonSchema } from './schema.js';
export { validateProjectConfigJson } from './validate.js';
