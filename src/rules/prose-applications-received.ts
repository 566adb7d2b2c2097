import type { Rule } from './types.js';
import { proseClaims } from '../prose/index.js';
import { table3Figure } from '../prose/figures.js';
import { agrees, alsoTried, contradiction } from '../prose/findings.js';

const rule: Rule = {
  id: 'prose-applications-received',
  title: '正文所述收到（受理、办理）申请数应与表三一致',
  severity: 'error',
  docs:
    'Prose such as `共收到政府信息公开申请18件` / `受理…申请21件` / `收到依申请公开事项1项` must agree with 表三 ' +
    '一、本年新收 总计. Whether 收到 includes 上年结转 is ambiguous, so 一 + 二 is accepted as well; only when neither ' +
    'matches is it an error. `全年办理（处理、答复）…申请218件` may mean 新收, 新收 + 上年结转 or （七）总计: a warning only when it ' +
    'matches none of them; so is a 收到 count that names several agencies (`全区各级行政机关共受理…`, `各部门…`), whose scope may be wider than the table. The application must be the last thing named before the number (`…申请处理文书模板19个` is ' +
    'not a claim); approximate numbers (余/近/约/多/左右) are never compared. Where the 总计 cell contradicts its own ' +
    'row, the sum of the applicant columns is accepted too (table3-row-total reports the row). At the number; cause: the 一 cell.',
  check(model) {
    const fresh = table3Figure(model, ['new']);
    if (!fresh) return [];
    const withCarried = table3Figure(model, ['new', 'carried']);
    const result = table3Figure(model, ['r7']);
    return proseClaims(model).flatMap((claim) => {
      if (claim.approximate || (claim.kind !== 'received' && claim.kind !== 'handled')) return [];
      const tried = claim.kind === 'received' ? [fresh, withCarried] : [fresh, withCarried, result];
      if (tried.some((f) => !f || agrees(claim.value, f))) return [];
      const others = tried.slice(1).filter((f) => f && f.values[0] !== fresh.values[0]);
      // `全区各级行政机关共收到…` / `各部门共受理…` may count a wider scope than the table: a warning.
      const wider = /各级|各部门|各单位|各地|系统内|所属/.test(claim.quote);
      return [contradiction(claim, claim.kind === 'received' && !wider ? 'error' : 'warning', fresh, alsoTried(others))];
    });
  },
};

export default rule;
