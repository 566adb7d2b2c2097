/**
 * Real published reports (平潭, /work/shared/real-reports), transcribed into Markdown the way a user
 * converting them would type them. Expected values are those of each report's tables.tsv.
 */
import { describe, expect, it } from 'vitest';
import { TABLE3_RESULT_ROWS, TABLE4 } from '../../src/formats/index.js';
import type { ModelTable } from '../../src/model/types.js';
import { readFixture, rowIds, values } from './helpers.js';

const T3_COLUMNS = ['natural', 'business', 'research', 'charity', 'legal', 'other', 'total'];
const T3_ROWS_2021 = ['new', 'carried', ...TABLE3_RESULT_ROWS['2021'], 'r7', 'carryOver'];

/** `'217 1 0 0 0 0 218'` per row id, `''` for a row of blank cells. */
function expectTable3(t: ModelTable | null, rows: Record<string, string>): void {
  for (const [id, line] of Object.entries(rows)) {
    const nums = line === '' ? T3_COLUMNS.map(() => null) : line.split(' ').map(Number);
    expect(values(t)[id], id).toEqual(Object.fromEntries(T3_COLUMNS.map((c, i) => [c, nums[i]])));
  }
}

function expectTable4(t: ModelTable | null, line: string): void {
  const nums = line.split(' ').map(Number);
  expect(values(t).cases).toEqual(Object.fromEntries(TABLE4.columns.map((c, i) => [c.id, nums[i]])));
}

const zeros = '0 0 0 0 0 0 0';

describe('real: pingtan-2024 (2021 format, sections as plain paragraphs, one 表二 table)', () => {
  const m = readFixture('real/pingtan-2024.md');

  it('reads the title, agency kind and the six paragraph sections', () => {
    expect(m.title?.value).toBe('平潭综合实验区2024年度政府信息公开工作年度报告');
    expect(m.agency?.value).toBe('平潭综合实验区');
    expect(m.year?.value).toBe(2024);
    expect(m.agencyKind).toBe('government');
    expect(m.agencyKindSource).toBe('agency-name');
    expect(m.sections.map((s) => [s.number, s.match, s.depth, s.position.line])).toEqual([
      [1, 'exact', 0, 5], [2, 'exact', 0, 19], [3, 'exact', 0, 37], [4, 'exact', 0, 67], [5, 'exact', 0, 75], [6, 'exact', 0, 79],
    ]);
    expect(m.signOff).toEqual({ agency: null, date: null });
    expect(m.periodStatements.map((p) => [p.start, p.end])).toEqual([[{ year: 2024, month: 1, day: 1 }, { year: 2024, month: 12, day: 31 }]]);
  });

  it('reads 表二 completely', () => {
    const t = m.table2!;
    expect(t.version).toBe('2021');
    expect(t.unmatched).toEqual([]);
    expect(values(t)).toEqual({
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocs: { issued: 62, repealed: 33, inForce: 440 },
      licensing: { decisions: 4529 },
      penalty: { decisions: 1100 },
      enforcement: { decisions: 65 },
      fees: { feeAmount: 18651.06 },
    });
  });

  it('reads 表三 completely (<br> in headers and labels)', () => {
    const t = m.table3!;
    expect(t.version).toBe('2021');
    expect(t.unmatched).toEqual([]);
    expect(rowIds(t)).toEqual(T3_ROWS_2021);
    expectTable3(t, {
      new: '217 1 0 0 0 0 218', carried: zeros, r1: '71 0 0 0 0 0 71', r2: '29 0 0 0 0 0 29',
      'r3.1': '4 0 0 0 0 0 4', 'r3.2': zeros, 'r3.3': zeros, 'r3.4': '3 0 0 0 0 0 3', 'r3.5': '32 0 0 0 0 0 32', 'r3.6': zeros, 'r3.7': zeros, 'r3.8': zeros,
      'r4.1': '75 0 0 0 0 0 75', 'r4.2': zeros, 'r4.3': zeros,
      'r5.1': zeros, 'r5.2': '1 0 0 0 0 0 1', 'r5.3': zeros, 'r5.4': zeros, 'r5.5': zeros,
      'r6.1': '1 0 0 0 0 0 1', 'r6.2': zeros, 'r6.3': '1 1 0 0 0 0 2', r7: '217 1 0 0 0 0 218', carryOver: zeros,
    });
    expect(t.rows.find((r) => r.rowId === 'r6.1')!.label.quality).toBe('normalized');
    expect(t.columns.find((c) => c.columnId === 'charity')!.label).toMatchObject({ typed: '社会\n公益\n组织', quality: 'normalized' });
  });

  it('reads 表四 from the official header typed as three rows', () => {
    expectTable4(m.table4, '2 1 3 1 7 0 0 0 0 0 13 2 4 0 19');
    expect(m.table4!.unmatched).toEqual([]);
    expect(m.otherTables).toEqual([]);
  });
});

describe('real: pingtan-scj-2023 (2021 format, 2019 row label, blank （六） cells)', () => {
  const m = readFixture('real/pingtan-scj-2023.md');

  it('reads title, department kind, sections and the one-paragraph sign-off', () => {
    expect(m.agency?.value).toBe('平潭综合实验区市场监督管理局');
    expect(m.year?.value).toBe(2023);
    expect(m.agencyKind).toBe('department');
    expect(m.sections.map((s) => s.match)).toEqual(['exact', 'exact', 'exact', 'exact', 'exact', 'exact']);
    expect(m.signOff.agency?.value).toBe('平潭综合实验区市场监督管理局');
    expect(m.signOff.agency?.position.line).toBe(97);
    expect(m.signOff.date).toEqual({ value: { year: 2024, month: 1, day: 31 }, position: { line: 98, column: 1, endLine: 98, endColumn: 11 } });
    expect(m.periodStatements[0]).toMatchObject({ start: { year: 2023, month: 1, day: 1 }, end: { year: 2023, month: 12, day: 31 } });
  });

  it('表二 is mixed: 规范性文件 (2019) under 2021 columns', () => {
    const t = m.table2!;
    expect(t.version).toBe('mixed');
    expect(t.versionEvidence['2019']).toMatchObject({ typed: '规范性文件', position: { line: 29 } });
    expect(t.unmatched).toEqual([]);
    expect(values(t)).toEqual({
      normativeDocs2019: { issued: 13, repealed: 0, inForce: 13 },
      licensing: { decisions: 0 },
      penalty: { decisions: 135 },
      enforcement: { decisions: 54 },
      fees: { feeAmount: 0 },
    });
  });

  it('表三: every row found, （六）2 and （六）3 blank as published', () => {
    const t = m.table3!;
    expect(t.version).toBe('2021');
    expect(t.unmatched).toEqual([]);
    expect(rowIds(t)).toEqual(T3_ROWS_2021);
    expectTable3(t, { new: '1 0 0 0 0 0 1', r1: '1 0 0 0 0 0 1', 'r6.1': zeros, 'r6.2': '', 'r6.3': '', r7: '1 0 0 0 0 0 1', carryOver: zeros });
    expect(t.rows.find((r) => r.rowId === 'r6.2')!.cells.total).toMatchObject({ state: 'blank', position: { line: 76 } });
    expectTable4(m.table4, '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0');
  });
});

describe('real: pingtan-haitan-2024 (header typo 先行有效件数, 改进措施 variant, bold sections)', () => {
  const m = readFixture('real/pingtan-haitan-2024.md');

  it('reads sections as bold paragraphs, with the 五 variant', () => {
    expect(m.agency?.value).toBe('平潭综合实验区海坛片区管理局');
    expect(m.sections.map((s) => [s.number, s.match])).toEqual([[1, 'exact'], [2, 'exact'], [3, 'exact'], [4, 'exact'], [5, 'variant'], [6, 'exact']]);
    expect(m.sections[4]).toMatchObject({ typed: '五、存在的主要问题及改进措施', official: '五、存在的主要问题及改进情况' });
    expect(m.signOff.date?.value).toEqual({ year: 2025, month: 1, day: 23 });
    expect(m.signOff.agency?.value).toBe('平潭综合实验区海坛片区管理局');
  });

  it('表二: the typo is the only unmatched label, its values are kept', () => {
    const t = m.table2!;
    expect(t.unmatched).toEqual([{ kind: 'column', typed: '先行有效件数', closest: '现行有效件数', position: { line: 23, column: 26, endLine: 23, endColumn: 36 } }]);
    expect(values(t).normativeDocs2019).toEqual({ issued: 0, repealed: 0, inForce: 0 });
    expect(rowIds(t)).toEqual(['normativeDocs2019', 'licensing', 'penalty', 'enforcement', 'fees']);
  });

  it('表三 with groups inline and 表四 with grouped headers read completely', () => {
    const t = m.table3!;
    expect(t.unmatched).toEqual([]);
    expect(rowIds(t)).toEqual(T3_ROWS_2021);
    expectTable3(t, { new: '5 1 0 0 0 0 0', 'r4.1': '4 0 0 0 0 0 0', 'r4.3': '1 0 0 0 0 0 0', 'r6.1': '1 0 0 0 0 0 0', 'r6.3': '0 1 0 0 0 0 0', r7: '5 1 0 0 0 0 0' });
    expect(t.rows.find((r) => r.rowId === 'r3.1')!.label).toMatchObject({ typed: '（三）1.属于国家秘密', quality: 'exact' });
    expectTable4(m.table4, '0 0 1 0 1 0 0 0 0 0 0 0 0 0 0');
    expect(m.table4!.unmatched).toEqual([]);
  });
});

describe('real: pingtan-2020 (2019 format, title split after the year, negative 本年增/减)', () => {
  const m = readFixture('real/pingtan-2020.md');

  it('reads a title split as 平潭综合实验区2020年 / 政府信息公开工作年度报告', () => {
    expect(m.title).toEqual({ value: '平潭综合实验区2020年政府信息公开工作年度报告', position: { line: 1, column: 1, endLine: 3, endColumn: 13 } });
    expect(m.agency).toEqual({ value: '平潭综合实验区', position: { line: 1, column: 1, endLine: 1, endColumn: 8 } });
    expect(m.year).toEqual({ value: 2020, position: { line: 1, column: 8, endLine: 1, endColumn: 12 } });
    expect(m.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(m.headings).toEqual([]);
  });

  it('reads 表二 (2019) with signed changes and an amount in 元', () => {
    const t = m.table2!;
    expect(t.version).toBe('2019');
    expect(t.unmatched).toEqual([]);
    expect(values(t)).toEqual({
      regulations: { made: 0, published: 0, totalPublic: 7 },
      normativeDocs2019: { made: 77, published: 77, totalPublic: 166 },
      licensing: { previous: 396, change: 442, decisions2019: 278 },
      otherServices: { previous: 10, change: 7, decisions2019: 105 },
      penalty: { previous: 2648, change: -18, decisions2019: 538 },
      enforcement: { previous: 126, change: 26, decisions2019: 29 },
      fees: { previous: 35, change: -15 },
      procurement: { projects: 395, amount: 73802895.9 },
    });
    expect(t.rows.at(-1)!.cells.amount).toMatchObject({ unit: '元', decimals: 2 });
  });

  it('reads 表三 (2019) with the results label repeated, and 表四 with a trailing empty row', () => {
    const t = m.table3!;
    expect(t.version).toBe('2019');
    expect(t.unmatched).toEqual([]);
    expect(rowIds(t)).toEqual(['new', 'carried', ...TABLE3_RESULT_ROWS['2019'], 'r7', 'carryOver']);
    expectTable3(t, { new: '20 0 0 0 0 1 21', r1: '6 0 0 0 0 1 7', 'r4.1': '4 0 0 0 0 0 4', 'r4.3': '3 0 0 0 0 0 3', 'r5.2': '3 0 0 0 0 0 3', r6: '4 0 0 0 0 0 4', r7: '20 0 0 0 0 1 21' });
    expectTable4(m.table4, '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0');
    expect(m.table4!.unmatched).toEqual([]);
  });
});
