import { describe, expect, it } from 'vitest';
import { TABLE4 } from '../../src/formats/index.js';
import { columnIds, read, values } from './helpers.js';

const IDS = TABLE4.columns.map((c) => c.id);
const DATA = '| 1 | 2 | 3 | 4 | 10 | 0 | 1 | 0 | 0 | 1 | 5 | 0 | 0 | 1 | 6 |';
const EXPECTED = Object.fromEntries(IDS.map((id, i) => [id, [1, 2, 3, 4, 10, 0, 1, 0, 0, 1, 5, 0, 0, 1, 6][i]]));
const LEAVES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const sep = (n: number): string => `|${'---|'.repeat(n)}`;

describe('表四 styles (FORMAT.md §7)', () => {
  it('leaves carrying their group: 行政复议·结果维持', () => {
    const groups = ['行政复议', '未经复议直接起诉', '复议后起诉'];
    const header = `| ${groups.flatMap((g) => LEAVES.map((l) => `${g}·${l}`)).join(' | ')} |`;
    const t = read(`${header}\n${sep(15)}\n${DATA}\n`).table4!;
    expect(values(t).cases).toEqual(EXPECTED);
    expect(t.columns.find((c) => c.columnId === 'afterReview.total')!.label).toMatchObject({ typed: '复议后起诉·总计', official: '总计', quality: 'exact' });
    expect(t.unmatched).toEqual([]);
  });

  it('mixed group styles: 复议后起诉 总计, 行政诉讼-复议后起诉-总计, leading label column', () => {
    const header = [
      '项目',
      ...LEAVES.map((l) => `行政复议 ${l}`),
      ...LEAVES.map((l) => `行政诉讼-未经复议直接起诉-${l}`),
      ...LEAVES.map((l) => `复议后起诉 ${l}`),
    ];
    const md = `| ${header.join(' | ')} |\n${sep(16)}\n| 件数 ${DATA}\n`;
    const t = read(md).table4!;
    expect(columnIds(t)).toEqual(IDS);
    expect(values(t).cases).toEqual(EXPECTED);
    expect(t.rows[0]!.label).toMatchObject({ typed: '件数', quality: 'normalized' });
    expect(t.rows[0]!.cells['direct.corrected']!.position.line).toBe(3);
  });

  it('the official three header rows, flattened as typed from the HTML', () => {
    const md = [
      '| 行政复议 | 行政诉讼 |',
      sep(2),
      `| ${LEAVES.join(' | ')} | 未经复议直接起诉 | 复议后起诉 |`,
      `| ${[...LEAVES, ...LEAVES].join(' | ')} |`,
      DATA,
    ].join('\n');
    const t = read(md).table4!;
    expect(values(t).cases).toEqual(EXPECTED);
    expect(t.rows[0]!.cells['review.upheld']!.position).toEqual({ line: 5, column: 1, endLine: 5, endColumn: 5 });
    // Leaf labels in reading order are the official order.
    expect(columnIds(t)).toEqual(IDS);
    expect(t.columns.find((c) => c.columnId === 'direct.upheld')!.label.position).toMatchObject({ line: 4, column: 1 });
  });

  it('<br> inside leaf headers (结果<br>维持)', () => {
    const header = `| ${[...LEAVES, ...LEAVES, ...LEAVES].map((l) => `${l.slice(0, 2)}<br>${l.slice(2)}`).join(' | ')} |`;
    const t = read(`${header}\n${sep(15)}\n${DATA}\n`).table4!;
    expect(values(t).cases).toEqual(EXPECTED);
    expect(t.columns.map((c) => c.label.quality)).toEqual(IDS.map((id) => (id.endsWith('.total') ? 'exact' : 'normalized')));
  });

  it('a header typo is reported and read in place', () => {
    const leaves = [...LEAVES, ...LEAVES, ...LEAVES];
    leaves[6] = '结果纠纷';
    const t = read(`| ${leaves.join(' | ')} |\n${sep(15)}\n${DATA}\n`).table4!;
    expect(t.unmatched.map((u) => [u.kind, u.typed, u.closest])).toEqual([['column', '结果纠纷', '结果纠正']]);
    expect(values(t).cases).toEqual(EXPECTED);
  });

  it('blank and invalid cells', () => {
    const t = read(`| ${[...LEAVES, ...LEAVES, ...LEAVES].join(' | ')} |\n${sep(15)}\n| 0 | — | 0 | 0 |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n`).table4!;
    const cells = t.rows[0]!.cells;
    expect(cells['review.corrected']).toMatchObject({ state: 'invalid', raw: '—' });
    expect(cells['review.total']).toMatchObject({ state: 'blank' });
    // Missing 15th cell: a blank cell at the end of the row.
    expect(cells['afterReview.total']).toMatchObject({ state: 'blank', position: { line: 3, column: 57, endLine: 3, endColumn: 57 } });
  });
});
