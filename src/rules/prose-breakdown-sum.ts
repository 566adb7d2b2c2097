import type { Rule } from './types.js';
import { proseBreakdowns } from '../prose/index.js';
import { proseOffsetPosition } from '../prose/position.js';
import { formatNumber as n } from './shared/numbers.js';

const rule: Rule = {
  id: 'prose-breakdown-sum',
  title: '正文中总数与其分项之和应一致',
  severity: 'error',
  docs:
    'A total followed by its parts must add up: `共公布政府信息2602条(其中机构职能类信息82条，…，其他…1053条)` ' +
    '(parentheses right after the total), or `…43条，其中…1条，…10条，其他…22条` (a `其中` list closed by a ' +
    '其他/其余 part). Judged only when the total and every part are exact numbers of the same unit. An error when the ' +
    'list is closed by 其他/其余 or the parts exceed the total; a warning when a list in parentheses falls short by ' +
    'at most 5 %; otherwise silent (the list may be a selection). At the total; cause: the parts.',
  check(model) {
    return proseBreakdowns(model).flatMap((b) => {
      const { total, parts } = b;
      if (total.approximate || parts.some((p) => p.approximate || p.unit !== total.unit)) return [];
      const sum = parts.reduce((a, p) => a + p.value, 0);
      if (Math.abs(sum - total.value) < 1e-9) return [];
      const severity =
        b.closed || sum > total.value ? ('error' as const) : b.form === 'parentheses' && total.value - sum <= total.value * 0.05 ? ('warning' as const) : null;
      if (!severity) return [];
      const list = parts.map((p) => n(p.value)).join(' + ');
      return [
        {
          severity,
          message: `正文称“${b.quote}”，但其后所列各项之和为 ${list} = ${n(sum)}，与总数 ${n(total.value)} 不符`,
          position: proseOffsetPosition(b.paragraph, total.start, total.unitEnd),
          cause: { message: `所列各项之和为 ${n(sum)}`, position: proseOffsetPosition(b.paragraph, b.partsStart, b.partsEnd) },
        },
      ];
    });
  },
};

export default rule;
