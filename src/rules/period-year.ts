import type { Rule } from './types.js';
import { compareDates, formatDate } from './shared/dates.js';

const rule: Rule = {
  id: 'period-year',
  title: '统计期限应为报告年度的1月1日至12月31日',
  severity: 'error',
  docs:
    'A 统计期限 statement (本报告中所列数据的统计期限自YYYY年1月1日起至YYYY年12月31日止) whose start or end year ' +
    'is not the report year, or that ends before it starts, is an error. A period within the report year that ' +
    'is not the whole calendar year (机构改革: 2019-09-01 – 2019-12-31) is a warning; a statement with one date ' +
    '(统计数据截至…) is only checked for its year.',
  check(model) {
    const year = model.year?.value;
    if (year === undefined) return [];
    const full = `${year}年1月1日至${year}年12月31日`;
    const out = [];
    for (const p of model.periodStatements) {
      const { start, end } = p;
      const typed = `${start ? formatDate(start) : '？'}至${end ? formatDate(end) : '？'}`;
      if ((start && start.year !== year) || (end && end.year !== year)) {
        out.push({ severity: 'error' as const, message: `统计期限${typed}与报告年度${year}不符，应为${full}`, position: p.position });
      } else if (start && end && compareDates(start, end) > 0) {
        out.push({ severity: 'error' as const, message: `统计期限${typed}的起始日期晚于截止日期，应为${full}`, position: p.position });
      } else if (start && end && (start.month !== 1 || start.day !== 1 || end.month !== 12 || end.day !== 31)) {
        out.push({
          severity: 'warning' as const,
          message: `统计期限${typed}不是完整年度，规定为${full}；如确因机构调整等原因只统计部分时间，请在报告中说明`,
          position: p.position,
        });
      }
    }
    return out;
  },
};

export default rule;
