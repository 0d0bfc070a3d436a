export { checkProject } from './check-project.js';
export type { CheckProjectOptions, ExplainedDiagnostic, ProjectProgress, ProjectReport } from './types.js';
