import { describe, expect, it } from 'vitest';
import { CLEAN_2019, CLEAN_2021, cellColumn, columnOf, edit, expectOne, findingsOf, lineOf, problems } from './e2e-helpers.js';

const rules = (md: string) => problems(md).map((f) => f.ruleId);
const FIVE = '## 五、存在的主要问题及改进情况\n\n一是政策解读形式有待丰富；二是基层政务公开标准化规范化水平有待提高。\n\n';
const SIX = '## 六、其他需要报告的事项\n\n本年度未收取信息处理费。\n\n';

describe('section-missing', () => {
  it('reports a missing section before the next section present', () => {
    const md = edit(CLEAN_2021, FIVE, '');
    expectOne(md, 'section-missing', { severity: 'error', line: lineOf(md, '## 六、'), column: 1 }, '缺少第五部分「五、存在的主要问题及改进情况」', '应位于「六、其他需要报告的事项」之前');
    expect(rules(md)).toEqual(['section-missing']);
  });

  it('reports a missing last section at the end of the report', () => {
    const md = edit(CLEAN_2021, SIX, '');
    const line = lineOf(md, '2025年3月10日');
    expectOne(md, 'section-missing', { severity: 'error', line, column: '2025年3月10日'.length + 1 }, '「六、其他需要报告的事项」', '应位于报告末尾');
  });

  it('is silent when all six sections are there', () => {
    expect(findingsOf(CLEAN_2021, 'section-missing')).toEqual([]);
  });
});

describe('section-order', () => {
  it('reports a section after a later one, with the later one as cause', () => {
    const md = edit(edit(CLEAN_2021, FIVE, ''), SIX, SIX + FIVE);
    const f = expectOne(md, 'section-order', { severity: 'error', line: lineOf(md, '## 五、'), column: 1 }, '「五、存在的主要问题及改进情况」顺序有误', '应位于「六、其他需要报告的事项」之前');
    expect(f.cause?.position.line).toBe(lineOf(md, '## 六、'));
    expect(rules(md)).toEqual(['section-order']);
  });

  it('reports a repeated section', () => {
    const md = edit(CLEAN_2021, '本年度未收取信息处理费。', '本年度未收取信息处理费。\n\n## 一、总体情况\n\n重复的内容。');
    const f = expectOne(md, 'section-order', { severity: 'error', line: lineOf(md, '重复的内容') - 2, column: 1 }, '「一、总体情况」重复出现');
    expect(f.cause?.position.line).toBe(lineOf(CLEAN_2021, '## 一、'));
  });

  it('is silent on the official order', () => {
    expect(findingsOf(CLEAN_2021, 'section-order')).toEqual([]);
  });
});

describe('section-title', () => {
  it('warns about a known long variant, naming the official heading', () => {
    const md = edit(CLEAN_2021, '## 五、存在的主要问题及改进情况', '## 五、政府信息公开工作存在的主要问题及改进情况');
    expectOne(md, 'section-title', { severity: 'warning', line: lineOf(md, '## 五、'), column: 1 }, '常见的变体', '规定格式为「五、存在的主要问题及改进情况」');
  });

  it('warns about a near miss and a normalised match', () => {
    const near = edit(CLEAN_2021, '## 六、其他需要报告的事项', '## 六、其它需要报告的事项');
    expectOne(near, 'section-title', { severity: 'warning', line: lineOf(near, '## 六、'), column: 1 }, '「六、其它需要报告的事项」', '规定格式为「六、其他需要报告的事项」');
    const spaced = edit(CLEAN_2021, '## 一、总体情况', '## 一、 总体情况');
    expectOne(spaced, 'section-title', { severity: 'warning', line: lineOf(spaced, '## 一、'), column: 1 }, '规定格式为「一、总体情况」');
  });

  it('is silent on exact headings', () => {
    expect(findingsOf(CLEAN_2019, 'section-title')).toEqual([]);
  });
});

describe('table-missing', () => {
  it('reports a missing 表四 at the heading of its section', () => {
    const table4 = CLEAN_2021.slice(CLEAN_2021.indexOf('| 结果维持 |'), CLEAN_2021.indexOf('## 五、'));
    const md = edit(CLEAN_2021, table4, '');
    expectOne(md, 'table-missing', { severity: 'error', line: lineOf(md, '## 四、'), column: 1 }, '缺少表四「政府信息公开行政复议、行政诉讼情况」', '应在「四、政府信息公开行政复议、行政诉讼情况」部分');
    expect(rules(md)).toEqual(['table-missing']);
  });

  it('is silent when the three tables are there', () => {
    expect(findingsOf(CLEAN_2021, 'table-missing')).toEqual([]);
  });
});

describe('table-row-missing', () => {
  it('reports a missing 表三 row before the row that follows it, and checks no sum over it', () => {
    const md = edit(CLEAN_2021, '|  |  | 2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n', '');
    const line = lineOf(md, '3.要求提供公开出版物');
    expectOne(md, 'table-row-missing', { severity: 'error', line, column: 1 }, '表三缺少「（五）不予处理 2.重复申请」行', '应位于「（五）不予处理 3.要求提供公开出版物」行之前');
    expect(rules(md)).toEqual(['table-row-missing']);
  });

  it('reports the three （六） rows of a 2021 表三 that has none, and no sum over them', () => {
    const six = CLEAN_2021.slice(CLEAN_2021.indexOf('|  | （六）其他处理 |'), CLEAN_2021.indexOf('|  | （七）总计 |'));
    const md = edit(CLEAN_2021, six, '');
    const line = lineOf(md, '（七）总计');
    const found = findingsOf(md, 'table-row-missing');
    expect(found.map((f) => [f.severity, f.position.line, f.position.column])).toEqual(Array(3).fill(['error', line, 1]));
    expect(found[0]!.message).toContain('表三缺少「（六）其他处理 1.申请人无正当理由逾期不补正');
    expect(found[2]!.message).toContain('「（六）其他处理 3.其他」行，应位于「（七）总计」行之前');
    expect(rules(md)).toEqual(['table-row-missing', 'table-row-missing', 'table-row-missing']);
  });

  it('warns (only) about a missing 表二 row', () => {
    const md = edit(CLEAN_2021, '| 规章 | 0 | 0 | 0 |\n', '');
    expectOne(md, 'table-row-missing', { severity: 'warning', line: lineOf(md, '| 行政规范性文件 |'), column: 1 }, '表二缺少「第二十条第（一）项 规章」行');
    expect(rules(md)).toEqual(['table-row-missing']);
  });

  it('expects the rows of the table\'s own version', () => {
    expect(findingsOf(CLEAN_2019, 'table-row-missing')).toEqual([]);
    expect(findingsOf(CLEAN_2021, 'table-row-missing')).toEqual([]);
  });
});

describe('table-column-missing', () => {
  it('reports a 表三 column left out', () => {
    // drop the 法律服务机构 column (all 0 in the clean report, so the sums still hold)
    const md = CLEAN_2021.split('\n')
      .map((l) => (l.startsWith('|') && l.split('|').length === 12 ? l.split('|').filter((_, i) => i !== 8).join('|') : l))
      .join('\n');
    const line = lineOf(md, '| （本列数据的勾稽关系');
    expectOne(md, 'table-column-missing', { severity: 'error', line, column: 1 }, '表三缺少「法律服务机构」列');
    expect(rules(md)).toEqual(['table-column-missing']);
  });

  it('warns about a 表二 block without one of its columns', () => {
    const md = edit(CLEAN_2019, '| 信息内容 | 采购项目数量 | 采购总金额 |\n|---|---|---|\n| 政府集中采购 | 7 | 764.8万元 |', '| 信息内容 | 采购项目数量 |\n|---|---|\n| 政府集中采购 | 7 |');
    expectOne(md, 'table-column-missing', { severity: 'warning', line: lineOf(md, '| 政府集中采购 |'), column: 1 }, '表二第二十条第（九）项缺少「采购总金额」列');
    expect(rules(md)).toEqual(['table-column-missing']);
  });

  it('is silent on complete tables', () => {
    expect(findingsOf(CLEAN_2019, 'table-column-missing')).toEqual([]);
    expect(findingsOf(CLEAN_2021, 'table-column-missing')).toEqual([]);
  });
});

describe('table-label-unknown', () => {
  it('reports a header typo, naming the closest official label, and nothing else for it', () => {
    const md = edit(CLEAN_2021, '现行有效件数', '先行有效件数');
    const line = lineOf(md, '先行有效件数');
    expectOne(md, 'table-label-unknown', { severity: 'error', line, column: cellColumn(md, line, 3) }, '「先行有效件数」不是规定格式中的标签', '最接近的规定标签为「现行有效件数」');
    expect(rules(md)).toEqual(['table-label-unknown']);
  });

  it('reports a row label typo', () => {
    const md = edit(CLEAN_2019, '| 三、本年度办理结果 |', '| 三三、本年度办理结果 |');
    expectOne(md, 'table-label-unknown', { severity: 'error', line: lineOf(md, '三三、'), column: 1 }, '最接近的规定标签为「三、本年度办理结果」');
  });

  it('says so when an official row is repeated', () => {
    const md = edit(CLEAN_2021, '| 规章 | 0 | 0 | 0 |\n', '| 规章 | 0 | 0 | 0 |\n| 规章 | 0 | 0 | 0 |\n');
    expectOne(md, 'table-label-unknown', { severity: 'error', line: lineOf(md, '| 行政规范性文件 |') - 1, column: 1 }, '「规章」', '可能重复出现');
  });

  it('is silent on official labels', () => {
    expect(findingsOf(CLEAN_2021, 'table-label-unknown')).toEqual([]);
  });
});

describe('table-label-variant', () => {
  it('warns about a numbering variant and an alias, showing the official text', () => {
    const md = edit(edit(CLEAN_2021, '1.属于国家秘密', '1、属于国家秘密'), '| 其他 | 总计 |', '| 其他 | 合计 |');
    const found = findingsOf(md, 'table-label-variant');
    const header = lineOf(md, '| 合计 |');
    const row = lineOf(md, '1、属于国家秘密');
    expect(found.map((f) => [f.severity, f.position.line, f.position.column])).toEqual([
      ['warning', header, columnOf(md, header, '| 合计') ],
      ['warning', row, columnOf(md, row, '| 1、属于')],
    ]);
    expect(found[0]!.message).toContain('规定格式为「总计」');
    expect(found[1]!.message).toContain('规定格式为「1.属于国家秘密」');
    expect(rules(md)).toEqual(['table-label-variant', 'table-label-variant']);
  });

  it('is silent on exact labels', () => {
    expect(findingsOf(CLEAN_2021, 'table-label-variant')).toEqual([]);
  });
});

describe('format-version-mixed', () => {
  it('reports a 2019 row label in a 2021 表二, naming one label of each version', () => {
    const md = edit(CLEAN_2021, '| 行政规范性文件 | 62', '| 规范性文件 | 62');
    const f = expectOne(md, 'format-version-mixed', { severity: 'error', line: lineOf(md, '| 规范性文件 |'), column: 1 }, '「规范性文件」属于2019年', '「本年制发件数」属于2021年');
    expect(f.cause?.position.line).toBe(lineOf(md, '本年制发件数'));
    expect(rules(md)).toEqual(['format-version-mixed']);
  });

  it('reports 表三 mixing （六）其他处理 with 2021 sub-rows, and sums the rows present', () => {
    const other = '|  |  | 3.其他 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |';
    const md = edit(CLEAN_2021, other, '|  | （六）其他处理 |  | 1 | 1 | 0 | 0 | 0 | 0 | 2 |');
    const line = lineOf(md, '|  | （六）其他处理 |  |');
    expectOne(md, 'format-version-mixed', { severity: 'error', line, column: columnOf(md, line, '| （六）') }, '「（六）其他处理」属于2019年', '属于2021年');
    expect(rules(md)).toEqual(['format-version-mixed']);
  });

  it('is silent on tables of one version', () => {
    expect(findingsOf(CLEAN_2019, 'format-version-mixed')).toEqual([]);
    expect(findingsOf(CLEAN_2021, 'format-version-mixed')).toEqual([]);
  });
});

describe('format-version-year', () => {
  it('reports 2019-format tables in a 2021 report', () => {
    const md = CLEAN_2019.replace(/2019年/g, '2021年').replace('2020年1月20日', '2022年1月20日');
    const found = findingsOf(md, 'format-version-year');
    expect(found.map((f) => [f.severity, f.position.line])).toEqual([
      ['error', lineOf(md, '本年新制作数量')],
      ['error', lineOf(md, '（六）其他处理')],
    ]);
    expect(found[0]!.message).toContain('表二使用了2019年试行版格式');
    expect(found[0]!.message).toContain('2021年度报告应使用2021年修订版格式');
    expect(rules(md)).toEqual(['format-version-year', 'format-version-year']);
  });

  it('reports a 2019 （六）其他处理 row in a 2021 表三, and sums it with the 2019 rows', () => {
    const six = CLEAN_2021.slice(CLEAN_2021.indexOf('|  | （六）其他处理 |'), CLEAN_2021.indexOf('|  | （七）总计 |'));
    const md = edit(CLEAN_2021, six, '|  | （六）其他处理 |  | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n');
    const line = lineOf(md, '（六）其他处理');
    expectOne(md, 'format-version-year', { severity: 'error', line, column: columnOf(md, line, '| （六）') }, '表三使用了2019年试行版格式（国办公开办函〔2019〕60号）（如「（六）其他处理」）', '2024年度报告应使用2021年修订版格式');
    expect(rules(md)).toEqual(['format-version-year']);
  });

  it('is silent when the version fits the year (2019 format for 2020 reports too)', () => {
    expect(findingsOf(CLEAN_2019, 'format-version-year')).toEqual([]);
    expect(findingsOf(CLEAN_2021, 'format-version-year')).toEqual([]);
    const y2020 = CLEAN_2019.replace(/2019年/g, '2020年').replace('2020年1月20日', '2021年1月20日');
    expect(problems(y2020)).toEqual([]);
  });
});
