import { describe, expect, it } from 'vitest';
import { runRules } from '../../plugins/remark-nianbao-rules.js';
import { checkReport } from '../../src/pipeline.js';
import { CLEAN_2019, CLEAN_2021, cellColumn, edit, lineOf } from './e2e-helpers.js';

/** The same agency one year later; its 二、上年结转 is 2024's 四 (3 | 1 | … | 4). */
const NEXT = CLEAN_2021.replaceAll('2024年', '2025年').replace('year: 2024', 'year: 2025').replace('date: 2025-03-10', 'date: 2026-03-10').replace('2025年3月10日', '2026年3月10日');
const CARRIED = '| 二、上年结转政府信息公开申请数量 |  |  | 3 | 1 |';

const carriedOver = (md: string, previous: string) =>
  runRules(checkReport(md).model, { others: [checkReport(previous).model] }).filter((f) => f.ruleId === 'table3-carried-over');

describe('table3-carried-over (cross-year, with the previous report in the same run)', () => {
  it('reports an error per column where 二、上年结转 differs from last year\'s 四、结转下年度继续办理', () => {
    const md = edit(NEXT, CARRIED, '| 二、上年结转政府信息公开申请数量 |  |  | 2 | 1 |');
    const found = carriedOver(md, CLEAN_2021);
    const line = lineOf(md, '| 二、上年结转');
    expect(found.map((f) => [f.severity, f.position.line, f.position.column])).toEqual([['error', line, cellColumn(md, line, 3)]]);
    expect(found[0]!.message).toContain('「自然人」列为 2');
    expect(found[0]!.message).toContain('2024年度报告的「四、结转下年度继续办理」（第 72 行）为 3');
  });

  it('is silent when the carry-over matches, for another agency, or without the previous report', () => {
    expect(carriedOver(NEXT, CLEAN_2021)).toEqual([]);
    const changed = edit(NEXT, CARRIED, '| 二、上年结转政府信息公开申请数量 |  |  | 2 | 1 |');
    expect(carriedOver(changed, CLEAN_2021.replace('agency: 平潭综合实验区管委会', 'agency: 海坛片区管理局'))).toEqual([]);
    expect(checkReport(changed).messages.filter((f) => f.ruleId === 'table3-carried-over')).toEqual([]);
  });
});

const crossYear = (ruleId: string, md: string, previous: string) =>
  runRules(checkReport(md).model, { others: [checkReport(previous).model] }).filter((f) => f.ruleId === ruleId);

describe('table2-in-force-continuity (2021 format, cross-year)', () => {
  // 2024: 行政规范性文件 制发 62, 废止 33, 现行有效 440.
  const IN_FORCE_2024 = '| 行政规范性文件 | 62 | 33 | 440 |';

  it('warns when 现行有效件数 ≠ last year’s + 制发 − 废止, naming the expected figure', () => {
    const md = edit(NEXT, IN_FORCE_2024, '| 行政规范性文件 | 58 | 45 | 546 |');
    const found = crossYear('table2-in-force-continuity', md, CLEAN_2021);
    const line = lineOf(md, '| 行政规范性文件');
    expect(found.map((f) => [f.severity, f.position.line, f.position.column])).toEqual([['warning', line, cellColumn(md, line, 3)]]);
    expect(found[0]!.message).toContain('= 453 件'); // 440 + 58 − 45, the real pingtan 2024 → 2025 case
  });

  it('is silent when the figures carry over, and without last year’s report', () => {
    const md = edit(NEXT, IN_FORCE_2024, '| 行政规范性文件 | 58 | 45 | 453 |');
    expect(crossYear('table2-in-force-continuity', md, CLEAN_2021)).toEqual([]);
    expect(checkReport(md).messages.filter((f) => f.ruleId === 'table2-in-force-continuity')).toEqual([]);
  });
});

describe('table2-previous-count (2019 format, cross-year)', () => {
  // 2019: 行政许可 上一年项目数量 12, 本年增/减 −2 → 2020 should say 10.
  const NEXT_2019 = CLEAN_2019.replaceAll('2020年', '2021年').replaceAll('2019年', '2020年');
  const LICENSING = '| 行政许可 | 12 | -2 | 30 |';

  it('warns when 上一年项目数量 ≠ last year’s 上一年项目数量 + 本年增/减', () => {
    const md = edit(NEXT_2019, LICENSING, '| 行政许可 | 12 | 0 | 30 |');
    const line = lineOf(md, '| 行政许可');
    const found = crossYear('table2-previous-count', md, CLEAN_2019).filter((f) => f.position.line === line);
    expect(found.map((f) => [f.severity, f.position.line, f.position.column])).toEqual([['warning', line, cellColumn(md, line, 1)]]);
    expect(found[0]!.message).toContain('应为 10');
  });

  it('is silent when it carries over', () => {
    const md = edit(NEXT_2019, LICENSING, '| 行政许可 | 10 | 0 | 30 |');
    const line = lineOf(md, '| 行政许可');
    expect(crossYear('table2-previous-count', md, CLEAN_2019).filter((f) => f.position.line === line)).toEqual([]);
  });
});

describe('report-copied (cross-year)', () => {
  const BODY = '2024年，平潭综合实验区认真落实政务公开工作有关决策部署。';
  const LONG_2024 =
    '2024年，平潭综合实验区聚焦营商环境、项目投资、产业政策等重点领域，持续加强公开力度，不断提高政府信息公开的深度和广度，全年主动公开各类政府信息一万余条。';
  const LAST_YEAR = edit(CLEAN_2021, BODY, LONG_2024);
  const copied = (md: string) => crossYear('report-copied', md, LAST_YEAR);

  it('warns about a body paragraph copied from last year, also when only its years were updated', () => {
    const sameYears = edit(NEXT, BODY.replace('2024', '2025'), LONG_2024);
    const line = lineOf(sameYears, '聚焦营商环境');
    expect(copied(sameYears).map((f) => [f.severity, f.position.line, f.position.column])).toContainEqual(['warning', line, 1]);
    const yearsUpdated = edit(NEXT, BODY.replace('2024', '2025'), LONG_2024.replace('2024年', '2025年'));
    expect(copied(yearsUpdated).some((f) => f.position.line === lineOf(yearsUpdated, '聚焦营商环境') && f.message.includes('2024年度报告'))).toBe(true);
  });

  it('warns when every 表三/表四 figure is last year’s, and is silent once a figure differs or without last year’s report', () => {
    // NEXT keeps CLEAN_2021's tables: identical non-zero figures.
    const tables = copied(edit(NEXT, BODY.replace('2024', '2025'), '2025年，实验区围绕新的工作重点推进政务公开，本段文字为本年度重新撰写的内容，与上一年度完全不同。'));
    expect(tables.map((f) => f.message)).toEqual(['表三、表四的全部数字与2024年度报告完全相同，请核对是否照搬了上一年度的数据']);
    const changed = edit(NEXT, '| 一、本年新收政府信息公开申请数量 |  |  | 217 |', '| 一、本年新收政府信息公开申请数量 |  |  | 216 |');
    expect(copied(changed).filter((f) => f.message.includes('表三、表四'))).toEqual([]);
    expect(checkReport(NEXT).messages.filter((f) => f.ruleId === 'report-copied')).toEqual([]);
  });
});
