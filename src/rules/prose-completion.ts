import type { Rule } from './types.js';
import { proseClaims } from '../prose/index.js';
import { table3Figure } from '../prose/figures.js';
import { agrees, claimPosition, contradiction } from '../prose/findings.js';
import { formatNumber as n } from './shared/numbers.js';

const rule: Rule = {
  id: 'prose-completion',
  title: '正文所述办结情况应与表三一致',
  severity: 'error',
  docs:
    '`共办结148件` must equal 表三 （七）总计 (or 一 + 二 − 四, which is the same when the table balances): an error. `办结率100%` or `均已办结` in a sentence about applications while ' +
    '四、结转下年度继续办理 ≠ 0 is a warning (the writer may mean the applications due within the year). Sentences ' +
    'about 诉求, 信访 or 热线 (`收到群众诉求348件…办结率100%`) are not about the table. At the number or phrase; ' +
    'cause: the （七） or 四 cell.',
  check(model) {
    const result = table3Figure(model, ['r7']);
    const carryOver = table3Figure(model, ['carryOver']);
    const received = table3Figure(model, ['new', 'carried']);
    // 一 + 二 − 四 equals （七） when the table balances; where it does not (table3-balance), either is accepted.
    const balance = received && carryOver ? received.values[0]! - carryOver.values[0]! : null;
    return proseClaims(model).flatMap((claim) => {
      if (claim.kind === 'concluded' && !claim.approximate) {
        if (!result || agrees(claim.value, result) || claim.value === balance) return [];
        return [contradiction(claim, 'error', result)];
      }
      if (claim.kind !== 'fullCompletion' && claim.kind !== 'allConcluded') return [];
      const left = carryOver?.values[0];
      if (!carryOver || !left || carryOver.values.includes(0)) return [];
      const said = claim.kind === 'fullCompletion' ? claim.quote : claim.paragraph.text.slice(claim.start, claim.end);
      return [
        {
          severity: 'warning' as const,
          message: `正文称“${said}”，但${carryOver.place}为 ${n(left)}，仍有申请结转下年度办理`,
          position: claimPosition(claim),
          cause: { message: `${carryOver.place}为 ${n(left)}`, position: carryOver.cell.position },
        },
      ];
    });
  },
};

export default rule;
