/**
 * `fixReport`: plan the fixes, apply them, verify that no typed number moved, and check the result
 * (what `nianbao check` would say about the fixed file). Never throws on bad input; a plan that would
 * change the tables' reading throws FixVerificationError and nothing is to be written.
 */
import { checkReport, type CheckOptions } from '../pipeline.js';
import type { Finding } from '../model/findings.js';
import { applyEdits } from './apply-edits.js';
import { planFixesWithModel } from './plan.js';
import type { Refusal, TextEdit } from './types.js';
import { verifyFixed } from './verify-result.js';

export interface FixResult {
  /** The Markdown after the fixes (identical to the input when there was nothing to fix). */
  output: string;
  edits: TextEdit[];
  refusals: Refusal[];
  /** Findings of `check` on the output. */
  messages: Finding[];
  changed: boolean;
}

export function fixReport(markdown: string, options: CheckOptions = {}): FixResult {
  const plan = planFixesWithModel(markdown);
  const output = applyEdits(markdown, plan.edits);
  const checked = checkReport(output, options);
  if (plan.edits.length > 0) verifyFixed(plan.model, checked.model, plan.fills);
  return { output, edits: plan.edits, refusals: plan.refusals, messages: checked.messages, changed: output !== markdown };
}
