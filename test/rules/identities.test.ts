import { describe, expect, it } from 'vitest';
import { CLEAN_2019, CLEAN_2021, cellColumn, edit, expectOne, findingsOf, lineOf, problems } from './e2e-helpers.js';

const rules = (md: string) => problems(md).map((f) => f.ruleId);

describe('table3-row-total', () => {
  it('reports a 总计 cell that is not the sum of its row, with the sum', () => {
    const md = edit(CLEAN_2021, '| 四、结转下年度继续办理 |  |  | 3 | 1 | 0 | 0 | 0 | 0 | 4 |', '| 四、结转下年度继续办理 |  |  | 3 | 1 | 0 | 0 | 0 | 0 | 5 |');
    const line = lineOf(md, '| 四、结转下年度继续办理 |');
    const f = expectOne(md, 'table3-row-total', { severity: 'error', line, column: cellColumn(md, line, 9) }, '「四、结转下年度继续办理」行总计为 5', '总计应为 4');
    expect(f.cause?.position).toMatchObject({ line, column: cellColumn(md, line, 3) });
    // the 总计 column no longer balances either: a second, different identity
    expect(rules(md)).toEqual(['table3-balance', 'table3-row-total']);
  });

  it('checks every row: a 总计 column left at 0 is wrong in each non-zero row', () => {
    const md = CLEAN_2021.replace(/\| (\d+) \|$/gm, (m, v: string, offset: number, all: string) => {
      const line = all.slice(all.lastIndexOf('\n', offset) + 1, offset);
      return line.split('|').length === 10 ? '| 0 |' : m;
    });
    const found = findingsOf(md, 'table3-row-total');
    // rows with a non-zero total in the clean report: 一, 二, （一）, （二）, （三）1, （三）4, （三）5, （四）1, （五）2, （六）1, （六）3, （七）, 四
    expect(found).toHaveLength(13);
    expect(found.every((f) => f.position.column === cellColumn(md, f.position.line, 9))).toBe(true);
  });

  it('is silent when every row adds up', () => {
    expect(findingsOf(CLEAN_2021, 'table3-row-total')).toEqual([]);
  });
});

describe('table3-result-total', () => {
  it('reports （七）总计 per column when the result rows over-count (2021 rows)', () => {
    const md = edit(CLEAN_2021, '| （一）予以公开 |  | 71 | 0 | 0 | 0 | 0 | 0 | 71 |', '| （一）予以公开 |  | 70 | 0 | 0 | 0 | 0 | 0 | 70 |');
    const line = lineOf(md, '（七）总计');
    const found = findingsOf(md, 'table3-result-total');
    expect(found.map((f) => [f.severity, f.position.line, f.position.column])).toEqual([
      ['error', line, cellColumn(md, line, 3)],
      ['error', line, cellColumn(md, line, 9)],
    ]);
    expect(found[0]!.message).toContain('表三（七）总计「自然人」列为 217，但（一）至（六）之和为 216，（七）总计应为 216');
    expect(found[1]!.message).toContain('「总计」列为 218');
    expect(found[0]!.cause?.position).toMatchObject({ line: lineOf(md, '（一）予以公开'), endLine: lineOf(md, '| 3.其他 |') });
    expect(rules(md)).toEqual(['table3-result-total', 'table3-result-total']);
  });

  it('sums the single （六）其他处理 row in a 2019 table', () => {
    const md = edit(CLEAN_2019, '| （六）其他处理 |  | 2 | 0 | 0 | 0 | 0 | 0 | 2 |', '| （六）其他处理 |  | 3 | 0 | 0 | 0 | 0 | 0 | 3 |');
    const line = lineOf(md, '（七）总计');
    expect(findingsOf(md, 'table3-result-total').map((f) => f.position.column)).toEqual([cellColumn(md, line, 3), cellColumn(md, line, 9)]);
    expect(findingsOf(md, 'table3-result-total')[0]!.message).toContain('应为 20');
  });

  it('is silent when the results add up', () => {
    expect(findingsOf(CLEAN_2021, 'table3-result-total')).toEqual([]);
    expect(findingsOf(CLEAN_2019, 'table3-result-total')).toEqual([]);
  });
});

describe('table3-balance', () => {
  it('reports single columns that break 一+二 = （七）+四 while 总计 balances', () => {
    const md = edit(CLEAN_2021, '| 四、结转下年度继续办理 |  |  | 3 | 1 |', '| 四、结转下年度继续办理 |  |  | 2 | 2 |');
    const line = lineOf(md, '| 一、本年新收');
    const found = findingsOf(md, 'table3-balance');
    expect(found.map((f) => [f.severity, f.position.line, f.position.column])).toEqual([
      ['error', line, cellColumn(md, line, 3)],
      ['error', line, cellColumn(md, line, 4)],
    ]);
    expect(found[0]!.message).toContain('「自然人」列勾稽关系不成立');
    expect(found[0]!.message).toContain('= 220');
    expect(found[0]!.message).toContain('= 219');
    const seven = lineOf(md, '（七）总计');
    expect(found[1]!.cause?.position).toMatchObject({ line: seven, column: cellColumn(md, seven, 4) });
    expect(rules(md)).toEqual(['table3-balance', 'table3-balance']);
  });

  it('is silent when every column balances, including non-zero 二 and 四', () => {
    expect(findingsOf(CLEAN_2021, 'table3-balance')).toEqual([]);
    expect(findingsOf(CLEAN_2019, 'table3-balance')).toEqual([]);
  });
});

describe('table4-group-total', () => {
  const ROW = '| 2 | 1 | 3 | 1 | 7 | 0 | 0 | 0 | 0 | 0 | 13 | 2 | 4 | 0 | 19 |';

  it('reports a group 总计 printed 0 with non-zero parts', () => {
    const md = edit(CLEAN_2021, ROW, ROW.replace('| 1 | 7 |', '| 1 | 0 |'));
    const line = lineOf(md, '| 2 | 1 | 3 | 1 | 0 |');
    const f = expectOne(md, 'table4-group-total', { severity: 'error', line, column: cellColumn(md, line, 4) }, '表四行政复议「总计」为 0', '应为 7');
    expect(f.cause?.position).toMatchObject({ line, column: cellColumn(md, line, 0) });
  });

  it('checks each of the three groups', () => {
    const md = edit(CLEAN_2021, ROW, ROW.replace('| 0 | 19 |', '| 0 | 18 |'));
    const line = lineOf(md, '| 0 | 18 |');
    expectOne(md, 'table4-group-total', { severity: 'error', line, column: cellColumn(md, line, 14) }, '复议后起诉「总计」为 18', '应为 19');
  });

  it('is silent when every group adds up', () => {
    expect(findingsOf(CLEAN_2021, 'table4-group-total')).toEqual([]);
  });
});

describe('table2-published-total', () => {
  it('warns when 对外公开总数量 is below 本年新公开数量', () => {
    const md = edit(CLEAN_2019, '| 规范性文件 | 22 | 22 | 40 |', '| 规范性文件 | 22 | 22 | 10 |');
    const line = lineOf(md, '| 规范性文件 |');
    const f = expectOne(md, 'table2-published-total', { severity: 'warning', line, column: cellColumn(md, line, 3) }, '为 10', '应不少于 22');
    expect(f.cause?.position).toMatchObject({ line, column: cellColumn(md, line, 2) });
  });

  it('is silent when the total is at least the new ones, and on 2021 tables', () => {
    expect(findingsOf(edit(CLEAN_2019, '| 规范性文件 | 22 | 22 | 40 |', '| 规范性文件 | 22 | 22 | 22 |'), 'table2-published-total')).toEqual([]);
    expect(findingsOf(CLEAN_2021, 'table2-published-total')).toEqual([]);
  });
});
