import type { Rule } from './types.js';
import { proseClaims } from '../prose/index.js';
import { table3Figure } from '../prose/figures.js';
import { agrees, contradiction } from '../prose/findings.js';

const rule: Rule = {
  id: 'prose-carry-over',
  title: '正文所述结转件数应与表三一致',
  severity: 'error',
  docs:
    'Prose about carried-over applications must agree with 表三: `结转至2026年6件` / `结转下年度继续办理…件` / ' +
    '`转入下一年度办理…件` with 四、结转下年度继续办理 总计; `上年结转…件` / `结转上年度…申请1件` with ' +
    '二、上年结转 总计. Only in sentences about applications; approximate numbers are not compared. ' +
    'At the number; cause: the 四 (or 二) cell.',
  check(model) {
    const next = table3Figure(model, ['carryOver']);
    const previous = table3Figure(model, ['carried']);
    return proseClaims(model).flatMap((claim) => {
      if (claim.approximate) return [];
      const figure = claim.kind === 'carryOver' ? next : claim.kind === 'carriedIn' ? previous : null;
      if (!figure || agrees(claim.value, figure)) return [];
      return [contradiction(claim, 'error', figure)];
    });
  },
};

export default rule;
