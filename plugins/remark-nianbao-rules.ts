/**
 * remark-nianbao-rules: runs every rule of src/rules on the report model that remark-nianbao-model
 * stored in `file.data.report`, and stores the findings, sorted and with suppressions applied, in
 * `file.data.findings`. A rule that throws becomes one `internal-error` finding; the others still run.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Finding } from '../src/model/findings.js';
import type { ReportModel } from '../src/model/types.js';
import { RULES } from '../src/rules/index.js';
import type { CheckContext } from '../src/rules/shared/context.js';
import type { Rule, RuleContext } from '../src/rules/types.js';

export interface RulesOptions extends CheckContext {
  /** Rules to run instead of all of src/rules (tests). */
  rules?: readonly Rule[];
}

export const INTERNAL_ERROR = 'internal-error';

const remarkNianbaoRules: Plugin<[RulesOptions?], Root> = function (options = {}) {
  return (tree: Root, file: VFile) => {
    const model = (file.data as { report?: ReportModel }).report;
    if (!model) return;
    const end = tree.children[tree.children.length - 1]?.position?.end;
    const documentEnd = end ? { line: end.line, column: end.column, endLine: end.line, endColumn: end.column } : undefined;
    (file.data as { findings?: Finding[] }).findings = runRules(model, documentEnd ? { ...options, documentEnd } : options);
  };
};

export default remarkNianbaoRules;

/** Run the rules on one model: findings with rule ids, suppressions applied, sorted by position. */
export function runRules(model: ReportModel, options: RulesOptions = {}): Finding[] {
  const rules = options.rules ?? RULES;
  const context: CheckContext = {
    ...(options.others ? { others: options.others } : {}),
    ...(options.documentEnd ? { documentEnd: options.documentEnd } : {}),
  };
  const findings = rules.flatMap((rule) => runOne(rule, model, context));
  return findings.filter((f) => !isSuppressed(f, model)).sort(byPosition);
}

function runOne(rule: Rule, model: ReportModel, context: RuleContext): Finding[] {
  try {
    return rule.check(model, context).map((f) => ({ ...f, ruleId: rule.id }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        ruleId: INTERNAL_ERROR,
        severity: 'error',
        message: `规则 ${rule.id} 运行出错：${reason}`,
        position: { line: 1, column: 1, endLine: 1, endColumn: 1 },
      },
    ];
  }
}

/** Suppressed when its start line is in a suppression's range and the suppression names its rule (or none). */
function isSuppressed(finding: Finding, model: ReportModel): boolean {
  return model.suppressions.some(
    (s) =>
      finding.position.line >= s.fromLine &&
      finding.position.line <= s.toLine &&
      (s.ruleIds.length === 0 ? finding.ruleId !== INTERNAL_ERROR : s.ruleIds.includes(finding.ruleId)),
  );
}

function byPosition(a: Finding, b: Finding): number {
  return a.position.line - b.position.line || a.position.column - b.position.column || a.ruleId.localeCompare(b.ruleId);
}
