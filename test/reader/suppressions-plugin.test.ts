import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { VFile } from 'vfile';
import remarkNianbaoModel from '../../plugins/remark-nianbao-model.js';
import type { ReportModel } from '../../src/model/types.js';
import { fixture, read } from './helpers.js';

describe('suppressions', () => {
  it('disable … enable, disable to the end of file, ids or all rules', () => {
    const md = [
      '# 某局2021年政府信息公开工作年度报告', // 1
      '',
      '<!-- nianbao-disable table3-row-total table3-balance -->', // 3
      '',
      '正文。',
      '',
      '<!-- nianbao-enable -->', // 7
      '',
      '<!-- nianbao-disable -->', // 9
      '',
      '更多正文。', // 11
    ].join('\n');
    expect(read(md).suppressions).toEqual([
      { ruleIds: ['table3-row-total', 'table3-balance'], fromLine: 3, toLine: 7 },
      { ruleIds: [], fromLine: 9, toLine: 11 },
    ]);
  });

  it('enable with ids re-enables only those', () => {
    const md = '<!-- nianbao-disable a b -->\n\nx\n\n<!-- nianbao-enable a -->\n\ny\n';
    expect(read(md).suppressions).toEqual([
      { ruleIds: ['a'], fromLine: 1, toLine: 5 },
      { ruleIds: ['b'], fromLine: 1, toLine: 8 },
    ]);
  });

  it('disable-next covers the whole next block (a table), also right before it', () => {
    const md = [
      '<!-- nianbao-disable-next table4-group-total -->', // 1
      '| 结果维持 | 结果纠正 |', // 2
      '|---|---|',
      '| 1 | 2 |', // 4
      '',
      '<!-- nianbao-disable-next -->', // 6
      '',
      '<!-- another comment -->', // 8
      '',
      '段落一行', // 10
      '段落二行', // 11
      '',
      '段落。 <!-- nianbao-disable-next x, y --> 后文', // 13
      '',
      '## 标题', // 15
    ].join('\n');
    expect(read(md).suppressions).toEqual([
      { ruleIds: ['table4-group-total'], fromLine: 2, toLine: 4 },
      { ruleIds: [], fromLine: 10, toLine: 11 },
      { ruleIds: ['x', 'y'], fromLine: 15, toLine: 15 },
    ]);
  });

  it('ignores other comments and look-alikes', () => {
    expect(read('<!-- nianbao-disabled a -->\n\n<!-- TODO -->\n').suppressions).toEqual([]);
  });
});

describe('the remark plugin', () => {
  it('stores the model in file.data.report', () => {
    const file = new VFile({ value: fixture('beibei-2020-as-published.md') });
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkNianbaoModel);
    processor.runSync(processor.parse(file), file);
    const report = (file.data as { report?: ReportModel }).report;
    expect(report?.year?.value).toBe(2020);
    expect(report?.table3?.rows).toHaveLength(23);
  });
});

describe('classification by labels, not by position', () => {
  it('表四 before 表三, an unrelated table, a second 表三', () => {
    const md = [
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      `|${'---|'.repeat(15)}`,
      `|${' 0 |'.repeat(15)}`,
      '',
      '| 名称 | 网址 |',
      '|---|---|',
      '| 门户网站 | www.example.gov.cn |',
      '',
      '| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
      `|${'---|'.repeat(8)}`,
      '| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '',
      '| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
      `|${'---|'.repeat(8)}`,
      '| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    ].join('\n');
    const m = read(md);
    expect(m.table4?.position.line).toBe(1);
    expect(m.table3?.position.line).toBe(9);
    expect(m.table3?.rows.map((r) => r.rowId)).toEqual(['new']);
    expect(m.otherTables.map((p) => p.line)).toEqual([5, 13]);
    expect(m.table2).toBeNull();
  });

  it('a 表三 mixing 2019 and 2021 rows is mixed, with evidence for both', () => {
    const md = [
      '| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
      `|${'---|'.repeat(8)}`,
      '| （六）其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '| 3.其他 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
    ].join('\n');
    const t = read(md).table3!;
    expect(t.version).toBe('mixed');
    expect(t.rows.map((r) => r.rowId)).toEqual(['r6', 'r6.3']);
    expect(t.versionEvidence['2019']).toMatchObject({ typed: '（六）其他处理', position: { line: 3 } });
    expect(t.versionEvidence['2021']).toMatchObject({ typed: '3.其他', position: { line: 4 } });
  });
});

describe('表三 split over two Markdown tables', () => {
  it('appends a continuation table (first row is data), keeps a table with its own header apart', () => {
    const head = '| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n|---|---|---|---|---|---|---|---|';
    const md = [
      head,
      '| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '',
      '| （四）无法提供 | | | | | | | |',
      '|---|---|---|---|---|---|---|---|',
      '| 1.本机关不掌握相关政府信息 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
      '| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      '',
      head,
      '| 一、本年新收政府信息公开申请数量 | 9 | 0 | 0 | 0 | 0 | 0 | 9 |',
    ].join('\n');
    const m = read(md);
    expect(m.table3?.rows.map((r) => [r.rowId, r.cells.natural?.value, r.position.line])).toEqual([
      ['new', 1, 3],
      ['r4.1', 2, 7],
      ['carryOver', 0, 8],
    ]);
    expect(m.otherTables.map((p) => p.line)).toEqual([10]);
  });
});

describe('caption rows typed inside tables', () => {
  it('are skipped in 表二, 表三 and 表四', () => {
    const md = [
      '| 表二 主动公开政府信息情况 | | | |',
      '|---|---|---|---|',
      '| 第二十条第（一）项 | | | |',
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '| 规章 | 0 | 0 | 1 |',
      '',
      '| 收到和处理政府信息公开申请情况 | | | | | | | |',
      '|---|---|---|---|---|---|---|---|',
      '| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
      '| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '',
      `| 表四 |${' |'.repeat(14)}`,
      `|${'---|'.repeat(15)}`,
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      `|${' 1 |'.repeat(15)}`,
    ].join('\n');
    const m = read(md);
    expect(m.table2?.rows.map((r) => r.rowId)).toEqual(['regulations']);
    expect(m.table2?.unmatched).toEqual([]);
    expect(m.table3?.rows.map((r) => r.rowId)).toEqual(['new']);
    expect(m.table3?.columns).toHaveLength(7);
    expect(m.table3?.unmatched).toEqual([]);
    expect(m.table4?.columns).toHaveLength(15);
    expect(m.table4?.rows[0]?.position.line).toBe(15);
    expect(m.table4?.unmatched).toEqual([]);
  });
});

describe('表二 needs a 表二 header or title', () => {
  it('a prose table with 行政许可 rows is not 表二; a titled table without 信息内容 is', () => {
    const md = [
      '| 类别 | 数量 |',
      '|---|---|',
      '| 行政许可 | 100 |',
      '',
      '**第二十条第（五）项**',
      '',
      '| 行政许可 | 7 |',
      '|---|---|',
    ].join('\n');
    const m = read(md);
    expect(m.otherTables.map((p) => p.line)).toEqual([1]);
    expect(m.table2?.position.line).toBe(7);
    expect(m.table2?.rows.map((r) => [r.rowId, r.cells.decisions?.value])).toEqual([['licensing', 7]]);
  });
});

describe('headers without a label cell, columns out of order', () => {
  it('表三: a header of the seven columns only, in another order', () => {
    const md = [
      '| 总计 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |',
      '|---|---|---|---|---|---|---|',
      '| 一、本年新收政府信息公开申请数量 | 9 | 5 | 1 | 1 | 1 | 0 | 1 |',
    ].join('\n');
    const t = read(md).table3!;
    expect(t.rows[0]!.cells).toMatchObject({ total: { value: 9 }, natural: { value: 5 }, other: { value: 1 } });
    expect(t.columns.map((c) => c.columnId)).toEqual(['total', 'natural', 'business', 'research', 'charity', 'legal', 'other']);
  });

  it('表四: fifteen grouped headers over a data row with a label cell', () => {
    const leaves = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const header = ['行政复议', '未经复议直接起诉', '复议后起诉'].flatMap((g) => leaves.map((l) => `${g}·${l}`));
    const md = `| ${header.join(' | ')} |\n|${'---|'.repeat(15)}\n| 数量 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 2 | 2 |\n`;
    const t = read(md).table4!;
    expect(t.rows[0]!.label).toMatchObject({ typed: '数量', quality: 'exact' });
    expect(t.rows[0]!.cells).toMatchObject({ 'review.upheld': { value: 1 }, 'review.total': { value: 1 }, 'afterReview.total': { value: 2 } });
  });
});
