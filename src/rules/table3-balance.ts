import { TABLE3 } from '../formats/index.js';
import type { Rule } from './types.js';
import { evaluateIdentity, type Term } from './shared/identities.js';
import { formatNumber as n } from './shared/numbers.js';
import { columnLabel, rowLabel } from './shared/tables.js';

const ID = 'table3-balance';

/** `一、本年新收政府信息公开申请数量 17 + 二、上年结转政府信息公开申请数量 0` */
const terms = (list: Term[]) => list.map((t) => `${rowLabel(TABLE3, t.id)} ${n(t.value)}`).join(' + ');

const rule: Rule = {
  id: ID,
  title: '表三勾稽关系：第一项加第二项之和等于第三项加第四项之和',
  severity: 'error',
  docs:
    'In every column of 表三 (not only 总计): 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理, ' +
    'as declared by the `table3-balance` identity. Real reports balance the 总计 column while single columns ' +
    'do not. The finding sits on the 一 cell of the column; its cause is the （七）总计 cell of the same column. ' +
    'Columns with a blank or invalid cell are skipped.',
  check(model) {
    if (!model.table3) return [];
    return evaluateIdentity(model.table3, TABLE3, ID).map((m) => {
      const diff = Math.abs(m.leftSum - m.rightSum);
      return {
        severity: 'error' as const,
        message:
          `表三「${columnLabel(TABLE3, m.lineId)}」列勾稽关系不成立：${terms(m.left)} = ${n(m.leftSum)}，` +
          `但${terms(m.right)} = ${n(m.rightSum)}；两者应相等（相差 ${n(diff)}）`,
        position: m.left[0]!.cell.position,
        cause: { message: `同列的${rowLabel(TABLE3, m.right[0]!.id)}（${n(m.right[0]!.value)}）`, position: m.right[0]!.cell.position },
      };
    });
  },
};

export default rule;
