export { themeJsonSchema } from './schema.js';
export { validateThemeJson } from './validate.js';
