/** `nianbao fix`: mechanical, safe fixes of a report's Markdown (see fix-report.ts). */
export type { FixPlan, Refusal, TextEdit } from './types.js';
export { planFixes } from './plan.js';
export { applyEdits } from './apply-edits.js';
export { fixReport, type FixResult } from './fix-report.js';
export { FixVerificationError } from './verify-result.js';
export { unifiedDiff } from './diff.js';
