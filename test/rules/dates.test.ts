import { describe, expect, it } from 'vitest';
import { CLEAN_2019, CLEAN_2021, columnOf, edit, expectOne, findingsOf, lineOf, problems } from './e2e-helpers.js';

const rules = (md: string) => problems(md).map((f) => f.ruleId);
/** Number of the last non-empty line. */
const lastLine = (md: string) => md.trimEnd().split('\n').length;
const TITLE_2019 = '# 重庆市北碚区人民政府办公室2019年政府信息公开工作年度报告';

describe('report-year-missing', () => {
  it('reports a report whose year cannot be read, at the title, and checks no date', () => {
    const md = edit(CLEAN_2019, TITLE_2019, '# 重庆市北碚区人民政府办公室政府信息公开工作年度报告');
    expectOne(md, 'report-year-missing', { severity: 'error', line: 1, column: 1 }, '未能从标题或 front matter 中读出报告年度');
    expect(rules(md)).toEqual(['report-year-missing']);
  });

  it('is silent when the title or the front matter gives the year', () => {
    expect(findingsOf(CLEAN_2019, 'report-year-missing')).toEqual([]);
    const noTitleYear = edit(CLEAN_2021, '# 平潭综合实验区2024年政府信息公开工作年度报告', '# 平潭综合实验区政府信息公开工作年度报告');
    expect(findingsOf(noTitleYear, 'report-year-missing')).toEqual([]);
  });
});

describe('sign-off-date', () => {
  it('reports a date on the last day of the report year', () => {
    const md = edit(CLEAN_2019, '2020年1月20日', '2019年12月31日');
    expectOne(md, 'sign-off-date', { severity: 'error', line: lastLine(md), column: 1 }, '落款日期2019年12月31日就是报告年度的最后一天', '2020年1月1日至2020年1月31日');
  });

  it('reports a department report signed after 31 January, saying why that deadline applies', () => {
    const md = edit(CLEAN_2019, '2020年1月20日', '2020年2月3日');
    const f = expectOne(md, 'sign-off-date', { severity: 'error', line: lineOf(md, '2020年2月3日'), column: 1 }, '晚于公布期限2020年1月31日', '按机构名称「重庆市北碚区人民政府办公室」判断为政府部门', '次年1月31日前');
    expect(f.cause?.position.line).toBe(1);
    expect(rules(md)).toEqual(['sign-off-date']);
  });

  it('allows a government until 31 March (kind read from the agency name)', () => {
    const gov = CLEAN_2019.replaceAll('重庆市北碚区人民政府办公室', '重庆市北碚区人民政府').replace('2020年1月20日', '2020年3月31日');
    expect(problems(gov)).toEqual([]);
    const late = edit(gov, '2020年3月31日', '2020年4月1日');
    expectOne(late, 'sign-off-date', { severity: 'error', line: lineOf(late, '2020年4月1日'), column: 1 }, '晚于公布期限2020年3月31日', '判断为人民政府', '次年3月31日前');
  });

  it('follows the kind given in the front matter', () => {
    expect(findingsOf(CLEAN_2021, 'sign-off-date')).toEqual([]);
    const md = edit(CLEAN_2021, 'kind: government', 'kind: department');
    expectOne(md, 'sign-off-date', { severity: 'error', line: lineOf(md, '2025年3月10日'), column: 1 }, 'front matter 中 kind 标明为政府部门', '2025年1月31日');
  });

  it('falls back on the front-matter date when there is no sign-off date', () => {
    const noSignOff = edit(CLEAN_2021, '\n\n2025年3月10日', '');
    expect(problems(noSignOff)).toEqual([]);
    const md = edit(noSignOff, 'date: 2025-03-10', 'date: 2025-04-01');
    expectOne(md, 'sign-off-date', { severity: 'error', line: lineOf(md, 'date: 2025-04-01'), column: 1 }, '发布日期（front matter 中的 date）2025年4月1日晚于公布期限2025年3月31日');
  });

  it('gives an info, not an error, when there is no date at all', () => {
    const md = edit(CLEAN_2019, '\n\n2020年1月20日', '');
    // placed at the end of the document, where a sign-off date belongs
    expectOne(md, 'sign-off-date', { severity: 'info', line: lastLine(md), column: '重庆市北碚区人民政府办公室'.length + 1 }, '未找到落款日期或发布日期');
    expect(problems(md)).toEqual([]);
  });
});

describe('period-year', () => {
  const PERIOD = '本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。';

  it('reports a 统计期限 in another year, with the right period', () => {
    const md = edit(CLEAN_2019, PERIOD, '本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。');
    const line = lineOf(md, '统计期限');
    expectOne(md, 'period-year', { severity: 'error', line, column: columnOf(md, line, '本报告中所列数据') }, '统计期限2018年1月1日至2018年12月31日与报告年度2019不符', '应为2019年1月1日至2019年12月31日');
    expect(rules(md)).toEqual(['period-year']);
  });

  it('warns about a period that is only part of the year', () => {
    const md = edit(CLEAN_2019, PERIOD, '本报告中所列数据的统计期限自2019年9月1日起至2019年12月31日止。');
    const line = lineOf(md, '统计期限');
    expectOne(md, 'period-year', { severity: 'warning', line, column: columnOf(md, line, '本报告中所列数据') }, '不是完整年度', '2019年1月1日至2019年12月31日');
  });

  it('checks only the year of a statement with one date', () => {
    const md = edit(CLEAN_2019, PERIOD, '本报告统计时间截至2019年12月31日。');
    expect(findingsOf(md, 'period-year')).toEqual([]);
    const wrong = edit(CLEAN_2019, PERIOD, '本报告统计时间截至2018年12月31日。');
    expectOne(wrong, 'period-year', { severity: 'error', line: 3, column: columnOf(wrong, 3, '本报告统计时间') }, '与报告年度2019不符');
  });

  it('is silent on the full calendar year, however it is worded', () => {
    expect(findingsOf(CLEAN_2019, 'period-year')).toEqual([]);
    expect(findingsOf(CLEAN_2021, 'period-year')).toEqual([]);
  });
});
