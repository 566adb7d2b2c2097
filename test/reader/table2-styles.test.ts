import { describe, expect, it } from 'vitest';
import { columnIds, read, rowIds, values } from './helpers.js';

const T2021 = `
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
|---|---|---|---|
| 规章 | 1 | 0 | 4 |
| 行政规范性文件 | 3 | 1 | 20 |
`;

describe('表二 styles (FORMAT.md §7)', () => {
  it('block titles as headings, tables without the title', () => {
    const md = `# 某局2022年政府信息公开工作年度报告

## 二、主动公开政府信息情况

### 第二十条第（一）项
${T2021}
### 第二十条第（五）项

| 信息内容 | 本年处理决定数量 |
|---|---|
| 行政许可 | 9 |
`;
    const t = read(md).table2!;
    expect(t.version).toBe('2021');
    expect(rowIds(t)).toEqual(['regulations', 'normativeDocs', 'licensing']);
    expect(values(t)).toEqual({ regulations: { issued: 1, repealed: 0, inForce: 4 }, normativeDocs: { issued: 3, repealed: 1, inForce: 20 }, licensing: { decisions: 9 } });
    expect(t.position.line).toBe(7);
  });

  it('title in the GFM header row, header row in the body', () => {
    const md = `| 第二十条第（六）项 | | | |
|---|---|---|---|
| 信息内容 | 本年处理决定数量 | | |
| 行政处罚 | 12 | | |
| 行政强制 | 0 | | |
`;
    const t = read(md).table2!;
    expect(rowIds(t)).toEqual(['penalty', 'enforcement']);
    expect(values(t).penalty).toEqual({ decisions: 12 });
    expect(t.rows[0]!.cells.decisions!.position).toEqual({ line: 4, column: 8, endLine: 4, endColumn: 13 });
  });

  it('title and columns in one row: | 第二十条第（一）项 | 本年制发件数 | …', () => {
    const md = `| 第二十条第（一）项 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
|---|---|---|---|
| 规章 | 0 | 0 | 2 |
`;
    expect(values(read(md).table2)).toEqual({ regulations: { issued: 0, repealed: 0, inForce: 2 } });
  });

  it('no title anywhere: rows identify the block', () => {
    const md = `${T2021}\n| 信息内容 | 本年收费金额（万元） |\n|---|---|\n| 行政事业性收费 | 3.5 |\n`;
    const t = read(md).table2!;
    expect(rowIds(t)).toEqual(['regulations', 'normativeDocs', 'fees']);
    expect(t.columns.find((c) => c.columnId === 'feeAmount')!.label.quality).toBe('alias');
    expect(values(t).fees).toEqual({ feeAmount: 3.5 });
  });

  it('rows without any header take the block columns of the report year', () => {
    const md = `# 某局2020年政府信息公开工作年度报告

| 第二十条第（五）项 | | | |
|---|---|---|---|
| 行政许可 | 10 | -2 | 8 |
| 其他对外管理服务事项 | 0 | 0 | 0 |
`;
    const t = read(md).table2!;
    expect(values(t).licensing).toEqual({ previous: 10, change: -2, decisions2019: 8 });
    expect(t.version).toBe('2019');
  });

  it('mixed versions: a 2019 row label under 2021 columns', () => {
    const md = `| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
|---|---|---|---|
| 规范性文件 | 13 | 0 | 13 |
`;
    const t = read(md).table2!;
    expect(t.version).toBe('mixed');
    expect(t.versionEvidence['2021']?.typed).toBe('本年制发件数');
    expect(t.versionEvidence['2019']?.typed).toBe('规范性文件');
    expect(values(t).normativeDocs2019).toEqual({ issued: 13, repealed: 0, inForce: 13 });
  });

  it('header typo 先行有效件数: unmatched with the closest label, values kept', () => {
    const md = `**第二十条第（一）项**

| 信息内容 | 本年制发件数 | 本年废止件数 | 先行有效件数 |
|---|---|---|---|
| 行政规范性文件 | 2 | 0 | 7 |
`;
    const t = read(md).table2!;
    expect(t.unmatched).toEqual([{ kind: 'column', typed: '先行有效件数', closest: '现行有效件数', position: { line: 3, column: 26, endLine: 3, endColumn: 36 } }]);
    expect(values(t).normativeDocs).toEqual({ issued: 2, repealed: 0, inForce: 7 });
    expect(t.columns.find((c) => c.columnId === 'inForce')!.label).toMatchObject({ typed: '先行有效件数', quality: 'normalized' });
  });

  it('unit note in the row label, unknown block, unknown row', () => {
    const md = `| 第二十条第（八）项 | |
|---|---|
| 信息内容 | 本年收费金额（单位：万元） |
| 行政事业性收费（万元） | 18651.06 |
| 第二十条第（二）项 | |
| 信息内容 | 数量 |
| 重大建设项目 | 4 |
`;
    const t = read(md).table2!;
    expect(rowIds(t)).toEqual(['fees']);
    expect(t.rows[0]!.label).toMatchObject({ typed: '行政事业性收费（万元）', official: '行政事业性收费', quality: 'normalized' });
    expect(values(t).fees).toEqual({ feeAmount: 18651.06 });
    expect(t.unmatched.map((u) => [u.kind, u.typed])).toEqual([
      ['block', '第二十条第（二）项'],
      ['column', '数量'],
      ['row', '重大建设项目'],
    ]);
  });

  it('2019 第（九）项 with amounts in 元 and 万元', () => {
    const md = `**第二十条第（九）项**

| 信息内容 | 采购项目数量 | 采购总金额 |
|---|---|---|
| 政府集中采购 | 3 | 147230元 |
`;
    const t = read(md).table2!;
    expect(t.version).toBe('2019');
    expect(t.rows[0]!.cells.amount).toMatchObject({ value: 147230, unit: '元', state: 'number' });
    expect(columnIds(t)).toEqual(['projects', 'amount']);
  });
});
