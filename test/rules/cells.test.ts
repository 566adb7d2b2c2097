import { describe, expect, it } from 'vitest';
import { CLEAN_2019, CLEAN_2021, cellColumn, edit, expectOne, findingsOf, lineOf, problems } from './e2e-helpers.js';

const CARRY_OVER_2021 = '| 四、结转下年度继续办理 |  |  | 3 | 1 | 0 | 0 | 0 | 0 | 4 |';
const PUBLIC_2021 = '|  | （二）部分公开（区分处理的，只计这一情形，不计其他情形） |  | 29 | 0 |';

/** Replace the cell text of one CLEAN_2021 line; returns the new Markdown and the line number. */
function withCell(line: string, from: string, to: string): { md: string; line: number } {
  const md = edit(CLEAN_2021, line, line.replace(from, to));
  return { md, line: lineOf(md, line.slice(0, 16)) };
}

describe('cell-blank', () => {
  it('reports a blank cell, asking for 0, and checks no sum that needs it', () => {
    const { md, line } = withCell(CARRY_OVER_2021, '| 3 | 1 |', '| 3 |  |');
    expectOne(md, 'cell-blank', { severity: 'error', line, column: cellColumn(md, line, 4) }, '「四、结转下年度继续办理」行「商业企业」列为空', '应填写数值；没有的应填写 0，不得留空');
    expect(problems(md).map((f) => f.ruleId)).toEqual(['cell-blank']);
  });

  it('gives the computed value for a blank total cell', () => {
    const { md, line } = withCell(CARRY_OVER_2021, '| 0 | 4 |', '| 0 |  |');
    expectOne(md, 'cell-blank', { severity: 'error', line, column: cellColumn(md, line, 9) }, '「总计」列为空，应填写 4（按各类申请人之和计算）');
  });

  it('gives one finding for a row whose cells are all blank, spanning the row', () => {
    const row = '|  |  | 2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
    const md = edit(CLEAN_2021, row, '|  |  | 2.没有现成信息需要另行制作 |  |  |  |  |  |  |  |');
    const line = lineOf(md, '2.没有现成信息需要另行制作');
    const f = expectOne(md, 'cell-blank', { severity: 'error', line, column: cellColumn(md, line, 3) }, '「（四）无法提供 2.没有现成信息需要另行制作」行的 7 个单元格全部为空');
    expect(f.position.endColumn).toBeGreaterThan(cellColumn(md, line, 9));
    expect(problems(md).map((x) => x.ruleId)).toEqual(['cell-blank']);
  });

  it('is silent on filled tables', () => {
    expect(findingsOf(CLEAN_2021, 'cell-blank')).toEqual([]);
    expect(findingsOf(CLEAN_2019, 'cell-blank')).toEqual([]);
  });
});

describe('cell-not-number', () => {
  it('reports text in a count cell', () => {
    const { md, line } = withCell(PUBLIC_2021, '| 29 |', '| 二十九 |');
    expectOne(md, 'cell-not-number', { severity: 'error', line, column: cellColumn(md, line, 3) }, '「二十九」不是数字');
    expect(problems(md).map((f) => f.ruleId)).toEqual(['cell-not-number']);
  });

  it('accepts full-width digits and padding', () => {
    const { md } = withCell(PUBLIC_2021, '| 29 |', '| 　２９ |');
    expect(problems(md)).toEqual([]);
  });
});

describe('cell-not-integer', () => {
  it('reports decimals in a count, and checks no sum that needs it', () => {
    const { md, line } = withCell(PUBLIC_2021, '| 29 |', '| 29.5 |');
    expectOne(md, 'cell-not-integer', { severity: 'error', line, column: cellColumn(md, line, 3) }, '「29.5」', '应填写整数');
    expect(problems(md).map((f) => f.ruleId)).toEqual(['cell-not-integer']);
  });

  it('accepts decimals in an amount', () => {
    expect(findingsOf(CLEAN_2021, 'cell-not-integer')).toEqual([]);
  });
});

describe('cell-negative', () => {
  it('reports a negative count', () => {
    const { md, line } = withCell(PUBLIC_2021, '| 29 | 0 |', '| 29 | -1 |');
    expectOne(md, 'cell-negative', { severity: 'error', line, column: cellColumn(md, line, 4) }, '「-1」', '不能为负');
    expect(problems(md).map((f) => f.ruleId)).toEqual(['cell-negative']);
  });

  it('accepts a negative 本年增/减 (signed)', () => {
    expect(CLEAN_2019).toContain('| 行政许可 | 12 | -2 | 30 |');
    expect(findingsOf(CLEAN_2019, 'cell-negative')).toEqual([]);
  });
});

describe('cell-unit-wrong', () => {
  it('reports a money unit in a count', () => {
    const { md, line } = withCell(PUBLIC_2021, '| 29 |', '| 29万元 |');
    expectOne(md, 'cell-unit-wrong', { severity: 'error', line, column: cellColumn(md, line, 3) }, '「万元」与该列不符');
    expect(problems(md).map((f) => f.ruleId)).toEqual(['cell-unit-wrong']);
  });

  it('accepts 件 in a count, and sums it', () => {
    const { md } = withCell(PUBLIC_2021, '| 29 |', '| 29件 |');
    expect(problems(md)).toEqual([]);
  });
});

describe('amount-decimals', () => {
  it('warns about more than 2 decimals in 万元, with the rounded value', () => {
    const md = edit(CLEAN_2021, '| 行政事业性收费 | 18651.06 |', '| 行政事业性收费 | 4166.241619 |');
    const line = lineOf(md, '| 行政事业性收费 |');
    expectOne(md, 'amount-decimals', { severity: 'warning', line, column: cellColumn(md, line, 1) }, '6 位小数', '4166.24');
  });

  it('warns about a 2019 采购总金额 typed in 万元 with 3 decimals', () => {
    const md = edit(CLEAN_2019, '| 7 | 764.8万元 |', '| 7 | 764.812万元 |');
    const line = lineOf(md, '| 政府集中采购 |');
    expectOne(md, 'amount-decimals', { severity: 'warning', line, column: cellColumn(md, line, 2) }, '3 位小数', '764.81');
  });

  it('accepts 2 decimals, and 元 amounts in the 2019 采购总金额', () => {
    expect(findingsOf(CLEAN_2021, 'amount-decimals')).toEqual([]);
    const md = edit(CLEAN_2019, '| 7 | 764.8万元 |', '| 7 | 147230.5元 |');
    expect(problems(md)).toEqual([]);
  });
});

describe('amount-unit-missing', () => {
  it('reports the 2019 采购总金额 without a unit', () => {
    const md = edit(CLEAN_2019, '| 7 | 764.8万元 |', '| 7 | 764.8 |');
    const line = lineOf(md, '| 政府集中采购 |');
    expectOne(md, 'amount-unit-missing', { severity: 'error', line, column: cellColumn(md, line, 2) }, '未注明单位', '764.8万元');
    expect(problems(md).map((f) => f.ruleId)).toEqual(['amount-unit-missing']);
  });

  it('accepts 元 and 万元 in the cell', () => {
    expect(findingsOf(CLEAN_2019, 'amount-unit-missing')).toEqual([]);
    expect(findingsOf(edit(CLEAN_2019, '| 7 | 764.8万元 |', '| 7 | 147230元 |'), 'amount-unit-missing')).toEqual([]);
  });
});
