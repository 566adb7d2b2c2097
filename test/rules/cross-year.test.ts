import { describe, expect, it } from 'vitest';
import { runRules } from '../../plugins/remark-nianbao-rules.js';
import { checkReport } from '../../src/pipeline.js';
import { CLEAN_2021, cellColumn, edit, lineOf } from './e2e-helpers.js';

/** The same agency one year later; its 二、上年结转 is 2024's 四 (3 | 1 | … | 4). */
const NEXT = CLEAN_2021.replaceAll('2024年', '2025年').replace('year: 2024', 'year: 2025').replace('date: 2025-03-10', 'date: 2026-03-10').replace('2025年3月10日', '2026年3月10日');
const CARRIED = '| 二、上年结转政府信息公开申请数量 |  |  | 3 | 1 |';

const carriedOver = (md: string, previous: string) =>
  runRules(checkReport(md).model, { others: [checkReport(previous).model] }).filter((f) => f.ruleId === 'table3-carried-over');

describe('table3-carried-over (cross-year, with the previous report in the same run)', () => {
  it('warns per column where 二、上年结转 differs from last year\'s 四、结转下年度继续办理', () => {
    const md = edit(NEXT, CARRIED, '| 二、上年结转政府信息公开申请数量 |  |  | 2 | 1 |');
    const found = carriedOver(md, CLEAN_2021);
    const line = lineOf(md, '| 二、上年结转');
    expect(found.map((f) => [f.severity, f.position.line, f.position.column])).toEqual([['warning', line, cellColumn(md, line, 3)]]);
    expect(found[0]!.message).toContain('「自然人」列为 2');
    expect(found[0]!.message).toContain('2024年度报告的「四、结转下年度继续办理」为 3');
  });

  it('is silent when the carry-over matches, for another agency, or without the previous report', () => {
    expect(carriedOver(NEXT, CLEAN_2021)).toEqual([]);
    const changed = edit(NEXT, CARRIED, '| 二、上年结转政府信息公开申请数量 |  |  | 2 | 1 |');
    expect(carriedOver(changed, CLEAN_2021.replace('agency: 平潭综合实验区管委会', 'agency: 海坛片区管理局'))).toEqual([]);
    expect(checkReport(changed).messages.filter((f) => f.ruleId === 'table3-carried-over')).toEqual([]);
  });
});
