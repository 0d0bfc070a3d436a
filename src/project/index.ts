export { checkProject } from './check-project.js';
export type { CheckProjectOptions, ExplainedDiagnostic, ProjectProgress, ProjectReport } from './types.js';
export { assertRuleSettings, ruleSettingsProblems } from './rule-codes.js';
export { diagnosticCodes, type CodeInfo, type CodeSection } from './codes.js';
