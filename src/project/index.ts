export { checkProject } from './check-project.js';
export type { CheckProjectOptions, ProjectProgress, ProjectReport } from './types.js';
