/** nianbao's library API. */
export { checkReport, createCheckProcessor, type CheckResult } from './pipeline.js';
export type { Finding, Severity } from './model/findings.js';
export type * from './model/types.js';
export * as formats from './formats/index.js';
