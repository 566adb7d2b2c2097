import type { Rule } from './types.js';
import { compareDates, date, formatDate, isValidDate } from './shared/dates.js';
import { deadlineFor } from './shared/deadline.js';
import { documentEnd } from './shared/context.js';

const rule: Rule = {
  id: 'sign-off-date',
  title: '落款日期应在报告年度结束后、法定期限之内',
  severity: 'error',
  docs:
    'The sign-off date (else the front-matter `date`) must be a real date after 31 December of the report year ' +
    'and on or before 31 January of the next year for a department, 31 March for a government (条例第四十九条; ' +
    '`model.agencyKind`). The message says which deadline applied and why. No date at all: info.',
  check(model, context) {
    const found = model.signOff.date ?? model.publicationDate;
    const what = model.signOff.date ? '落款日期' : '发布日期（front matter 中的 date）';
    if (!found) {
      return [
        {
          severity: 'info' as const,
          message: `未找到落款日期或发布日期，无法检查发布时限；可在文末落款处写明成文日期，如「${(model.year?.value ?? 2020) + 1}年1月20日」`,
          position: documentEnd(model, context),
        },
      ];
    }
    const year = model.year;
    const value = found.value;
    if (!isValidDate(value)) {
      return [{ severity: 'error' as const, message: `${what}「${formatDate(value)}」不是有效日期`, position: found.position }];
    }
    if (!year) return [];
    const periodEnd = date(year.value, 12, 31);
    const deadline = deadlineFor(model, year.value);
    const window = `${year.value}年度报告应在${formatDate(date(year.value + 1, 1, 1))}至${formatDate(deadline.last)}之间发布`;
    const cause = { message: `报告年度 ${year.value}`, position: year.position };
    if (compareDates(value, periodEnd) <= 0) {
      return [
        {
          severity: 'error' as const,
          message: `${what}${formatDate(value)}${compareDates(value, periodEnd) < 0 ? '早于' : '就是'}报告年度的最后一天${formatDate(periodEnd)}，年度尚未结束：${window}（${deadline.reason}）`,
          position: found.position,
          cause,
        },
      ];
    }
    if (compareDates(value, deadline.last) > 0) {
      return [
        {
          severity: 'error' as const,
          message: `${what}${formatDate(value)}晚于公布期限${formatDate(deadline.last)}：${window}（${deadline.reason}）`,
          position: found.position,
          cause,
        },
      ];
    }
    return [];
  },
};

export default rule;
