import { describe, expect, it } from 'vitest';
import { TABLE3_RESULT_ROWS } from '../../src/formats/index.js';
import { columnIds, readFixture, rowIds, values } from './helpers.js';

describe('seed: beibei-2020 as published', () => {
  const m = readFixture('beibei-2020-as-published.md');

  it('reads title, agency, year and kind from the H1', () => {
    expect(m.frontMatter).toEqual({});
    expect(m.title?.value).toBe('重庆市北碚区人民政府办公室2020年政府信息公开工作年度报告');
    expect(m.agency?.value).toBe('重庆市北碚区人民政府办公室');
    expect(m.agency?.position).toEqual({ line: 1, column: 3, endLine: 1, endColumn: 16 });
    expect(m.year?.value).toBe(2020);
    expect(m.year?.position.line).toBe(1);
    expect(m.agencyKind).toBe('department');
    expect(m.agencyKindSource).toBe('agency-name');
  });

  it('finds the six sections exactly, in order', () => {
    expect(m.sections.map((s) => [s.number, s.match, s.depth, s.position.line])).toEqual([
      [1, 'exact', 2, 5],
      [2, 'exact', 2, 19],
      [3, 'exact', 2, 54],
      [4, 'exact', 2, 82],
      [5, 'exact', 2, 88],
      [6, 'exact', 2, 92],
    ]);
  });

  it('reads 表二 (2019) from five tables with bold titles', () => {
    const t = m.table2!;
    expect(t.version).toBe('2019');
    expect(t.position.line).toBe(23);
    expect(rowIds(t)).toEqual(['regulations', 'normativeDocs2019', 'licensing', 'otherServices', 'penalty', 'enforcement', 'fees', 'procurement']);
    expect(columnIds(t)).toEqual(['made', 'published', 'totalPublic', 'previous', 'change', 'decisions2019', 'projects', 'amount']);
    expect(values(t).normativeDocs2019).toEqual({ made: 22, published: 22, totalPublic: 22 });
    expect(values(t).fees).toEqual({ previous: 0, change: 0 });
    const amount = t.rows.find((r) => r.rowId === 'procurement')!.cells.amount!;
    expect(amount).toMatchObject({ raw: '764.8万元', state: 'number', value: 764.8, unit: '万元', decimals: 1 });
    expect(amount.position).toEqual({ line: 52, column: 14, endLine: 52, endColumn: 25 });
    // `　　22`: ideographic spaces trimmed.
    expect(t.rows[1]!.cells.made).toMatchObject({ raw: '22', value: 22 });
    expect(t.unmatched).toEqual([]);
    expect(t.versionEvidence['2019']?.typed).toBe('本年新制作数量');
    expect(t.versionEvidence['2021']).toBeUndefined();
  });

  it('reads 表三 (2019) with labels over three columns', () => {
    const t = m.table3!;
    expect(t.version).toBe('2019');
    expect(rowIds(t)).toEqual(['new', 'carried', ...TABLE3_RESULT_ROWS['2019'], 'r7', 'carryOver']);
    expect(columnIds(t)).toEqual(['natural', 'business', 'research', 'charity', 'legal', 'other', 'total']);
    expect(t.unmatched).toEqual([]);
    expect(values(t).new).toEqual({ natural: 17, business: 1, research: 0, charity: 0, legal: 0, other: 0, total: 18 });
    expect(values(t).r6).toEqual({ natural: 2, business: 0, research: 0, charity: 0, legal: 0, other: 0, total: 2 });
    expect(values(t).r7!.natural).toBe(18);
    const blank = t.rows.find((r) => r.rowId === 'r5.2')!.cells.total!;
    expect(blank).toMatchObject({ raw: '', state: 'blank', value: null });
    expect(blank.position.line).toBe(74);
    expect(blank.position).toEqual({ line: 74, column: 40, endLine: 74, endColumn: 44 });
    expect(t.rows.find((r) => r.rowId === 'r3.3')!.label).toMatchObject({ typed: '3.危及“三安全一稳定”', quality: 'exact' });
    expect(t.versionEvidence['2019']?.typed).toBe('（六）其他处理');
    expect(t.rows.every((r) => r.label.quality === 'exact')).toBe(true);
  });

  it('reads 表四 from 15 repeated leaf headers', () => {
    const t = m.table4!;
    expect(t.version).toBeNull();
    expect(columnIds(t)).toHaveLength(15);
    expect(values(t).cases).toMatchObject({ 'review.pending': 2, 'review.total': 2, 'direct.pending': 1, 'direct.total': 1, 'afterReview.total': 0 });
    expect(t.rows[0]!.cells['direct.total']!.position).toMatchObject({ line: 86 });
  });

  it('reads the sign-off and the period statement', () => {
    expect(m.signOff.agency?.value).toBe('重庆市北碚区人民政府办公室');
    expect(m.signOff.agency?.position.line).toBe(96);
    expect(m.signOff.date?.value).toEqual({ year: 2020, month: 1, day: 25 });
    expect(m.signOff.date?.position).toEqual({ line: 98, column: 1, endLine: 98, endColumn: 11 });
    expect(m.publicationDate).toBeNull();
    expect(m.periodStatements).toHaveLength(1);
    expect(m.periodStatements[0]).toMatchObject({
      text: '本报告中所列数据的统计时限为2020年1月1日至2020年12月31日。',
      start: { year: 2020, month: 1, day: 1 },
      end: { year: 2020, month: 12, day: 31 },
      position: { line: 3, endLine: 3 },
    });
    expect(m.otherTables).toEqual([]);
    expect(m.suppressions).toEqual([]);
  });
});
