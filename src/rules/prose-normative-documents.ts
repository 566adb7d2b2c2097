import type { Rule } from './types.js';
import { proseClaims } from '../prose/index.js';
import { table2Figure, type Figure } from '../prose/figures.js';
import { agrees, contradiction } from '../prose/findings.js';
import type { ReportModel } from '../model/types.js';
import { findRow } from './shared/tables.js';

const COLUMNS_2021 = { issued: 'issued', repealed: 'repealed', inForce: 'inForce' } as const;

/** The 规范性文件 row as typed (2021 行政规范性文件, or 2019 规范性文件 found in either version's table). */
function docsRow(model: ReportModel): string | null {
  if (!model.table2) return null;
  return ['normativeDocs', 'normativeDocs2019'].find((id) => findRow(model.table2!, id)) ?? null;
}

const rule: Rule = {
  id: 'prose-normative-documents',
  title: '正文所述规范性文件制发、废止、现行有效件数应与表二一致',
  severity: 'error',
  docs:
    '`制发（印发、出台）行政规范性文件N件` and `现行有效规范性文件N件` must agree with 表二 第二十条第（一）项 本年制发件数 / ' +
    '现行有效件数 of the 规范性文件 row, or of 规章 + 规范性文件 (some reports count both): an error when neither matches. ' +
    '`废止规范性文件N件` against 本年废止件数 is a warning (清理 campaigns are often counted apart). For a 2019-format ' +
    'table only 制发 is compared, with 本年新制作数量, as a warning. The verb must be right before 规范性文件 and the ' +
    'number right after it (`公开的规范性文件22件` is not read). At the number; cause: the 表二 cell.',
  check(model) {
    const row = docsRow(model);
    if (!row || !model.table2) return [];
    const cells = findRow(model.table2, row)!.cells;
    const is2021 = 'issued' in cells || 'inForce' in cells;
    return proseClaims(model).flatMap((claim) => {
      if (claim.kind !== 'normative' || !claim.normative || claim.approximate) return [];
      let column: string;
      if (is2021) column = COLUMNS_2021[claim.normative];
      else if (claim.normative === 'issued' && 'made' in cells) column = 'made';
      else return [];
      const own = table2Figure(model, [row], column);
      const withRules = table2Figure(model, ['regulations', row], column);
      if (!own || [own, withRules].some((f: Figure | null) => f && agrees(claim.value, f))) return [];
      const severity = is2021 && claim.normative !== 'repealed' ? 'error' : 'warning';
      return [contradiction(claim, severity, own)];
    });
  },
};

export default rule;
