import { describe, expect, it } from 'vitest';
import { TABLE3_RESULT_ROWS } from '../../src/formats/index.js';
import { columnIds, readFixture, rowIds, values } from './helpers.js';

describe('2021 department report with front matter and official multi-row headers', () => {
  const m = readFixture('reader/2021-department.md');

  it('takes title, agency, year, kind and date from the front matter', () => {
    expect(m.frontMatter).toMatchObject({ agency: '示例市交通运输局', year: 2021, kind: '部门' });
    expect(m.title?.value).toBe('示例市交通运输局2021年政府信息公开工作年度报告');
    expect(m.title?.position.line).toBe(2);
    expect(m.agency).toEqual({ value: '示例市交通运输局', position: { line: 3, column: 1, endLine: 3, endColumn: 17 } });
    expect(m.year?.value).toBe(2021);
    expect(m.year?.position.line).toBe(4);
    expect(m.agencyKind).toBe('department');
    expect(m.agencyKindSource).toBe('front-matter');
    expect(m.publicationDate).toEqual({ value: { year: 2022, month: 1, day: 20 }, position: { line: 6, column: 1, endLine: 6, endColumn: 17 } });
  });

  it('keeps the （一） sub-heading out of the sections', () => {
    expect(m.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(m.headings.map((h) => [h.text, h.depth])).toEqual([
      ['示例市交通运输局2021年政府信息公开工作年度报告', 1],
      ['（一）主动公开', 3],
    ]);
  });

  it('reads 表二 (2021) as one table with 第二十条 rows and 信息内容 header rows inside', () => {
    const t = m.table2!;
    expect(t.version).toBe('2021');
    expect(rowIds(t)).toEqual(['regulations', 'normativeDocs', 'licensing', 'penalty', 'enforcement', 'fees']);
    expect(columnIds(t)).toEqual(['issued', 'repealed', 'inForce', 'decisions', 'feeAmount']);
    expect(values(t)).toEqual({
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocs: { issued: 5, repealed: 2, inForce: 31 },
      licensing: { decisions: 1234 },
      penalty: { decisions: 87 },
      enforcement: { decisions: 6 },
      fees: { feeAmount: 12.35 },
    });
    const fee = t.rows.find((r) => r.rowId === 'fees')!.cells.feeAmount!;
    expect(fee.decimals).toBe(2);
    expect(fee.position.line).toBe(37);
    expect(t.rows.find((r) => r.rowId === 'licensing')!.cells.decisions!.raw).toBe('1,234');
    expect(t.unmatched).toEqual([]);
  });

  it('reads 表三 (2021): header typed as three body rows, all 22 result rows', () => {
    const t = m.table3!;
    expect(t.version).toBe('2021');
    expect(rowIds(t)).toEqual(['new', 'carried', ...TABLE3_RESULT_ROWS['2021'], 'r7', 'carryOver']);
    // 22 rows under 三、本年度办理结果: 21 results + （七）总计.
    expect([...TABLE3_RESULT_ROWS['2021'], 'r7'].every((id) => rowIds(t).includes(id))).toBe(true);
    expect(rowIds(t)).toHaveLength(25);
    expect(columnIds(t)).toEqual(['natural', 'business', 'research', 'charity', 'legal', 'other', 'total']);
    expect(t.columns.find((c) => c.columnId === 'business')!.label.position.line).toBe(44);
    expect(t.columns.find((c) => c.columnId === 'natural')!.label.position.line).toBe(43);
    expect(values(t)['r6.3']).toEqual({ natural: 1, business: 0, research: 0, charity: 0, legal: 1, other: 0, total: 2 });
    expect(values(t).carryOver!.business).toBe(1);
    expect(t.rows.find((r) => r.rowId === 'r6.1')!.position.line).toBe(65);
    expect(t.versionEvidence['2021']?.typed).toBe('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
    expect(t.unmatched).toEqual([]);
  });

  it('reads 表四 with the official header as body rows and a label column', () => {
    const t = m.table4!;
    expect(columnIds(t)).toHaveLength(15);
    expect(t.rows[0]!.label).toMatchObject({ typed: '数量', quality: 'exact' });
    expect(values(t).cases).toEqual({
      'review.upheld': 3, 'review.corrected': 1, 'review.other': 0, 'review.pending': 1, 'review.total': 5,
      'direct.upheld': 2, 'direct.corrected': 0, 'direct.other': 0, 'direct.pending': 0, 'direct.total': 2,
      'afterReview.upheld': 1, 'afterReview.corrected': 0, 'afterReview.other': 1, 'afterReview.pending': 1, 'afterReview.total': 3,
    });
    expect(t.columns.find((c) => c.columnId === 'direct.upheld')!.label.position.line).toBe(76);
    expect(t.columns.find((c) => c.columnId === 'review.upheld')!.label.position.line).toBe(75);
  });

  it('reads a sign-off dated in Chinese numerals and the period', () => {
    expect(m.signOff.agency?.value).toBe('示例市交通运输局');
    expect(m.signOff.date).toEqual({ value: { year: 2022, month: 1, day: 20 }, position: { line: 89, column: 1, endLine: 89, endColumn: 11 } });
    expect(m.periodStatements.map((p) => [p.start, p.end, p.position.line])).toEqual([
      [{ year: 2021, month: 1, day: 1 }, { year: 2021, month: 12, day: 31 }, 11],
    ]);
  });
});
