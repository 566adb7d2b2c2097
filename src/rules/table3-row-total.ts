import { TABLE3 } from '../formats/index.js';
import type { Rule } from './types.js';
import { evaluateIdentity } from './shared/identities.js';
import { identitySides } from './shared/identity-message.js';
import { formatNumber as n } from './shared/numbers.js';
import { cellSpan } from './shared/places.js';
import { rowLabel } from './shared/tables.js';

const ID = 'table3-row-total';

const rule: Rule = {
  id: ID,
  title: '表三每行总计等于各类申请人之和',
  severity: 'error',
  docs:
    'For every row of 表三, the 总计 column must equal the sum of the six applicant columns (自然人 … 其他), ' +
    'as declared by the `table3-row-total` identity in src/formats/table3.ts. Rows with a blank or invalid ' +
    'cell are skipped (those cells are reported by the cell rules). The finding sits on the 总计 cell; ' +
    'its cause spans the applicant cells.',
  check(model) {
    if (!model.table3) return [];
    return evaluateIdentity(model.table3, TABLE3, ID).map((m) => {
      const { left, right } = identitySides(m.identity);
      return {
        severity: 'error' as const,
        message:
          `表三「${rowLabel(TABLE3, m.lineId)}」行${left}为 ${n(m.leftSum)}，` +
          `但${right}为 ${n(m.rightSum)}，${left}应为 ${n(m.rightSum)}`,
        position: m.left[0]!.cell.position,
        cause: { message: `该行各类申请人的数值（合计 ${n(m.rightSum)}）`, position: cellSpan(m.right) },
      };
    });
  },
};

export default rule;
