import { describe, expect, it } from 'vitest';
import { TABLE3_RESULT_ROWS } from '../../src/formats/index.js';
import { columnIds, readFixture, rowIds, values } from './helpers.js';

describe('2021 government report converted without front matter', () => {
  const m = readFixture('reader/2021-government-converted.md');

  it('title over two paragraphs; government from the agency name', () => {
    expect(m.frontMatter).toEqual({});
    expect(m.title).toEqual({ value: '某某市人民政府2021年政府信息公开工作年度报告', position: { line: 1, column: 1, endLine: 3, endColumn: 18 } });
    expect(m.agency).toEqual({ value: '某某市人民政府', position: { line: 1, column: 1, endLine: 1, endColumn: 8 } });
    expect(m.year?.position.line).toBe(3);
    expect([m.agencyKind, m.agencyKindSource]).toEqual(['government', 'agency-name']);
    expect(m.sections.map((s) => [s.number, s.depth, s.position.line])).toEqual([[1, 0, 7], [2, 0, 13], [3, 0, 41], [4, 0, 76], [5, 0, 82], [6, 0, 86]]);
    expect(m.headings).toEqual([]);
    expect(m.publicationDate).toBeNull();
    expect(m.signOff.date?.value).toEqual({ year: 2022, month: 3, day: 25 });
    expect(m.periodStatements[0]).toMatchObject({ start: { year: 2021, month: 1, day: 1 }, end: { year: 2021, month: 12, day: 31 }, position: { line: 5 } });
  });

  it('表二 per item with bold titles; padded, full-width and thousands-separated numbers', () => {
    const t = m.table2!;
    expect(t.version).toBe('2021');
    expect(values(t)).toEqual({
      regulations: { issued: 1, repealed: 0, inForce: 12 },
      normativeDocs: { issued: 18, repealed: 4, inForce: 156 },
      licensing: { decisions: 3456 },
      penalty: { decisions: 210 },
      enforcement: { decisions: 12 },
      fees: { feeAmount: 1280.5 },
    });
    expect(t.rows.find((r) => r.rowId === 'penalty')!.cells.decisions!.raw).toBe('２１０');
  });

  it('表三 leaf labels with group rows, (一) and 1、 numbering, straight quotes', () => {
    const t = m.table3!;
    expect(t.version).toBe('2021');
    expect(t.unmatched).toEqual([]);
    expect(rowIds(t)).toEqual(['new', 'carried', ...TABLE3_RESULT_ROWS['2021'], 'r7', 'carryOver']);
    expect(t.rows.find((r) => r.rowId === 'r3.3')!.label).toMatchObject({ typed: '3、危及"三安全一稳定"', official: '3.危及“三安全一稳定”', quality: 'normalized' });
    expect(t.rows.find((r) => r.rowId === 'r1')!.label.quality).toBe('normalized');
    expect(t.rows.find((r) => r.rowId === 'new')!.label.quality).toBe('exact');
    expect(values(t)['r4.1']).toEqual({ natural: 20, business: 2, research: 0, charity: 1, legal: 1, other: 1, total: 25 });
    expect(values(t).r7!.total).toBe(136);
  });

  it('表四 with group·leaf headers and a label column', () => {
    const t = m.table4!;
    expect(t.unmatched).toEqual([]);
    expect(values(t).cases).toMatchObject({ 'review.total': 10, 'direct.pending': 2, 'direct.total': 6, 'afterReview.total': 3 });
    expect(t.columns.find((c) => c.columnId === 'direct.total')!.label).toMatchObject({ typed: '行政诉讼·未经复议直接起诉·总计', quality: 'exact' });
  });
});

describe('2019 report with mixed labels', () => {
  const m = readFixture('reader/2019-mixed.md');

  it('front matter date in Chinese form; sections at depth 3 with a near match', () => {
    expect(m.publicationDate).toEqual({ value: { year: 2020, month: 1, day: 20 }, position: { line: 4, column: 1, endLine: 4, endColumn: 17 } });
    expect(m.sections.map((s) => [s.number, s.match, s.depth])).toEqual([
      [1, 'exact', 3], [2, 'exact', 3], [3, 'exact', 3], [4, 'exact', 3], [5, 'exact', 3], [6, 'near', 3],
    ]);
    expect(m.periodStatements[0]).toMatchObject({ text: '统计周期：2019年5月15日至2019年12月31日。', start: { year: 2019, month: 5, day: 15 } });
    expect(m.signOff).toEqual({ agency: null, date: null });
  });

  it('表二 is mixed (行政规范性文件 under 2019 columns); alias 本年增减; signed values; amount with unit', () => {
    const t = m.table2!;
    expect(t.version).toBe('mixed');
    expect(t.versionEvidence['2019']).toMatchObject({ typed: '本年新制作数量', position: { line: 15 } });
    expect(t.versionEvidence['2021']).toMatchObject({ typed: '行政规范性文件', position: { line: 18 } });
    expect(columnIds(t)).toEqual(['made', 'published', 'totalPublic', 'previous', 'change', 'decisions2019', 'projects', 'amount']);
    expect(t.columns.find((c) => c.columnId === 'change')!.label.quality).toBe('alias');
    expect(values(t)).toEqual({
      regulations: { made: 0, published: 0, totalPublic: 0 },
      normativeDocs: { made: 3, published: 3, totalPublic: 11 },
      licensing: { previous: 12, change: -2, decisions2019: 30 },
      otherServices: { previous: 4, change: 1, decisions2019: 6 },
      procurement: { projects: 2, amount: 35.6 },
    });
    expect(t.rows.at(-1)!.cells.amount).toMatchObject({ unit: '万元', raw: '35.6 万元' });
  });

  it('表三 says 2021 (a （六） leaf) although the report is for 2019; groups carried with dashes; partial table', () => {
    const t = m.table3!;
    // Only （六） differs between the versions: the table's own labels say 2021, the year says 2019.
    expect(t.version).toBe('2021');
    expect(t.versionEvidence['2019']).toBeUndefined();
    expect(t.versionEvidence['2021']?.typed).toBe('（六）其他处理-1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
    expect(rowIds(t)).toEqual(['new', 'carried', 'r1', 'r2', 'r4.1', 'r6.1', 'r7', 'carryOver']);
    expect(t.rows.find((r) => r.rowId === 'r2')!.label.quality).toBe('alias');
    expect(t.unmatched).toEqual([]);
    expect(values(m.table4).cases!['afterReview.total']).toBe(0);
  });
});
