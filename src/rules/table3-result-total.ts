import { TABLE3 } from '../formats/index.js';
import type { Rule } from './types.js';
import { evaluateIdentity } from './shared/identities.js';
import { identitySides } from './shared/identity-message.js';
import { formatNumber as n } from './shared/numbers.js';
import { cellSpan } from './shared/places.js';
import { columnLabel } from './shared/tables.js';

const ID = 'table3-result-total';

const rule: Rule = {
  id: ID,
  title: '表三（七）总计等于各项办理结果之和',
  severity: 'error',
  docs:
    'In every column of 表三, （七）总计 must equal the sum of the result rows （一） to （六） of the ' +
    "table's format version (2019: one （六）其他处理 row; 2021: its three sub-rows), as declared by the " +
    '`table3-result-total` identities. A mixed table uses the result rows actually present. Columns with a ' +
    'blank or invalid cell are skipped. The finding sits on the （七）总计 cell; its cause spans the result rows.',
  check(model) {
    if (!model.table3) return [];
    return evaluateIdentity(model.table3, TABLE3, ID).map((m) => {
      const { left, right } = identitySides(m.identity);
      return {
        severity: 'error' as const,
        message:
          `表三${left}「${columnLabel(TABLE3, m.lineId)}」列为 ${n(m.leftSum)}，` +
          `但${right}为 ${n(m.rightSum)}，${left}应为 ${n(m.rightSum)}`,
        position: m.left[0]!.cell.position,
        cause: { message: `该列各项办理结果（合计 ${n(m.rightSum)}）`, position: cellSpan(m.right) },
      };
    });
  },
};

export default rule;
