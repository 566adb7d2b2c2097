/** The shape every rule module has: a stable id, a Chinese title, an English doc, and a pure check. */
import type { Finding, Severity } from '../model/findings.js';
import type { ReportModel } from '../model/types.js';

export interface RuleContext {
  /** Models of other reports checked in the same run (cross-year rules may use them). */
  others?: readonly ReportModel[];
}

export interface Rule {
  /** Stable id = file name (`table3-row-total`). */
  id: string;
  /** One-line Chinese title. */
  title: string;
  /** What the rule checks and why, in English, for developers and the rules doc. */
  docs: string;
  /** Severity of the findings it makes when it does not choose per finding. */
  severity: Severity;
  check(model: ReportModel, context: RuleContext): Omit<Finding, 'ruleId'>[];
}
