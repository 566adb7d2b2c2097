import { TABLE4 } from '../formats/index.js';
import type { Rule } from './types.js';
import { evaluateIdentity } from './shared/identities.js';
import { identitySides } from './shared/identity-message.js';
import { formatNumber as n } from './shared/numbers.js';
import { cellSpan } from './shared/places.js';

const ID = 'table4-group-total';

const rule: Rule = {
  id: ID,
  title: '表四各组总计等于结果维持、结果纠正、其他结果、尚未审结之和',
  severity: 'error',
  docs:
    'In each of the three groups of 表四 (行政复议, 未经复议直接起诉, 复议后起诉), 总计 must equal 结果维持 + ' +
    '结果纠正 + 其他结果 + 尚未审结, as declared by the `table4-group-total` identities. Catches the real ' +
    'error of a 总计 printed 0 with non-zero parts. The finding sits on the group\'s 总计 cell; its cause ' +
    'spans the four parts.',
  check(model) {
    if (!model.table4) return [];
    return evaluateIdentity(model.table4, TABLE4, ID).map((m) => {
      const { prefix, left, right } = identitySides(m.identity);
      return {
        severity: 'error' as const,
        message: `表四${prefix}「${left}」为 ${n(m.leftSum)}，但${right}为 ${n(m.rightSum)}，${left}应为 ${n(m.rightSum)}`,
        position: m.left[0]!.cell.position,
        cause: { message: `${prefix}的四项结果（合计 ${n(m.rightSum)}）`, position: cellSpan(m.right) },
      };
    });
  },
};

export default rule;
