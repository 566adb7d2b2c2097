import { describe, expect, it } from 'vitest';
import { TABLE3 } from '../../src/formats/index.js';
import { columnIds, read, rowIds, values } from './helpers.js';

/** Official 2021 rows in order, with their group label (for the styles that carry it). */
const GROUP_LABEL: Record<string, string> = { r3: '（三）不予公开', r4: '（四）无法提供', r5: '（五）不予处理', r6: '（六）其他处理' };
const ROWS_2021 = TABLE3.rows.filter((r) => r.id !== 'r6');
const ROWS_2019 = TABLE3.rows.filter((r) => !r.id.startsWith('r6.'));
const COLS = '| 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |';
const SEP = (n: number): string => `|${'---|'.repeat(n)}`;

/** Row i gets 自然人 = i + 1, 商业企业 = i % 2, 总计 = their sum. */
const data = (i: number): string => `| ${i + 1} | ${i % 2} | 0 | 0 | 0 | 0 | ${i + 1 + (i % 2)} |`;
const expected = (i: number) => ({ natural: i + 1, business: i % 2, research: 0, charity: 0, legal: 0, other: 0, total: i + 1 + (i % 2) });
const blanks = '|  |  |  |  |  |  |  |';

type Style = (row: (typeof ROWS_2021)[number]) => string;

/** One label column, the given label text per row; group header rows when `groupRows`. */
function oneColumn(rows: typeof ROWS_2021, label: Style, groupRows: boolean): string {
  const out = [`| 项目 ${COLS}`, SEP(8)];
  let group: string | undefined;
  rows.forEach((r, i) => {
    if (groupRows && r.id === 'r1') out.push(`| 三、本年度办理结果 ${blanks}`);
    if (groupRows && r.group && r.group !== 'results' && r.group !== group) out.push(`| ${GROUP_LABEL[r.group]} ${blanks}`);
    group = r.group;
    out.push(`| ${label(r)} ${data(i)}`);
  });
  return out.join('\n');
}

function expectAll(md: string, rows: typeof ROWS_2021, version: '2019' | '2021') {
  const t = read(md).table3!;
  expect(t).not.toBeNull();
  expect(rowIds(t)).toEqual(rows.map((r) => r.id));
  expect(columnIds(t)).toEqual(['natural', 'business', 'research', 'charity', 'legal', 'other', 'total']);
  rows.forEach((r, i) => expect(values(t)[r.id], r.id).toEqual(expected(i)));
  expect(t.unmatched).toEqual([]);
  expect(t.version).toBe(version);
  return t;
}

describe('表三 label styles (FORMAT.md §7)', () => {
  it('leaf alone in one column, with group header rows (2021)', () => {
    const t = expectAll(oneColumn(ROWS_2021, (r) => r.label, true), ROWS_2021, '2021');
    expect(t.rows.every((r) => r.label.quality === 'exact')).toBe(true);
    // `（六）其他处理` as a blank group row is not the 2019 row.
    expect(t.versionEvidence['2019']).toBeUndefined();
  });

  it('leaf alone in one column (2019, （六）其他处理 is a data row)', () => {
    const t = expectAll(oneColumn(ROWS_2019, (r) => r.label, true), ROWS_2019, '2019');
    expect(values(t).r6).toEqual(expected(ROWS_2019.findIndex((r) => r.id === 'r6')));
  });

  it('leaves without group rows: repeated leaves resolve by their own text', () => {
    expectAll(oneColumn(ROWS_2021, (r) => r.label, false), ROWS_2021, '2021');
  });

  it('group carried inline: （三）1.属于国家秘密', () => {
    const label: Style = (r) => (r.group && GROUP_LABEL[r.group] ? `${GROUP_LABEL[r.group]!.slice(0, 3)}${r.label}` : r.label);
    const t = expectAll(oneColumn(ROWS_2021, label, false), ROWS_2021, '2021');
    expect(t.rows.find((r) => r.rowId === 'r3.1')!.label).toMatchObject({ typed: '（三）1.属于国家秘密', official: '1.属于国家秘密', quality: 'exact' });
  });

  it('group carried inline: 不予公开 / 1.属于国家秘密', () => {
    const label: Style = (r) => (r.group && GROUP_LABEL[r.group] ? `${GROUP_LABEL[r.group]!.slice(3)} / ${r.label}` : r.label);
    expectAll(oneColumn(ROWS_2021, label, false), ROWS_2021, '2021');
  });

  it('group carried inline: （三）不予公开-1.属于国家秘密, also with 1、 numbering', () => {
    const label: Style = (r) => (r.group && GROUP_LABEL[r.group] ? `${GROUP_LABEL[r.group]}-${r.label.replace('.', '、')}` : r.label);
    const t = expectAll(oneColumn(ROWS_2021, label, false), ROWS_2021, '2021');
    expect(t.rows.find((r) => r.rowId === 'r6.3')!.label).toMatchObject({ typed: '（六）其他处理-3、其他', quality: 'normalized' });
  });

  it('（六） 3.其他 only exists under （六）: its group context is not needed', () => {
    const md = [`| 项目 ${COLS}`, SEP(8), `| 3.其他 ${data(0)}`].join('\n');
    expect(rowIds(read(md).table3)).toEqual(['r6.3']);
  });

  it('label split over two columns, blank where the original cell was merged', () => {
    const out = [`| | 项目 ${COLS}`, SEP(9)];
    let group: string | undefined;
    ROWS_2021.forEach((r, i) => {
      const sub = r.group && r.group !== 'results';
      const first = !sub ? r.label : r.group !== group ? GROUP_LABEL[r.group!]! : '';
      out.push(sub ? `| ${first} | ${r.label} ${data(i)}` : `| ${first} | ${data(i)}`);
      group = r.group;
    });
    const t = expectAll(out.join('\n'), ROWS_2021, '2021');
    expect(t.rows.find((r) => r.rowId === 'r4.2')!.cells.natural!.position.line).toBe(3 + ROWS_2021.findIndex((r) => r.id === 'r4.2'));
  });

  it('number-only leaves under an inherited group (（三）| 1)', () => {
    const md = [`| | ${COLS}`, SEP(9), `| （三）不予公开 | 1 ${data(0)}`, `| | 2 ${data(1)}`, `| （四） | 3 ${data(2)}`].join('\n');
    const t = read(md).table3!;
    expect(rowIds(t)).toEqual(['r3.1', 'r3.2', 'r4.3']);
    expect(t.rows[0]!.label.quality).toBe('normalized');
  });
});

describe('表三 header styles', () => {
  const body = ROWS_2021.map((r, i) => `| ${r.label} ${data(i)}`);

  it('official three header rows, flattened (unpadded) as body rows', () => {
    const md = [
      '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |',
      SEP(2),
      '| 自然人 | 法人或其他组织 | 总计 |',
      '| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |',
      ...body,
    ].join('\n');
    const t = expectAll(md, ROWS_2021, '2021');
    expect(t.columns.find((c) => c.columnId === 'total')!.label.position.line).toBe(3);
    expect(t.columns.find((c) => c.columnId === 'business')!.label.position.line).toBe(4);
  });

  it('group carried in the header: 法人或其他组织·商业企业, 申请人情况/自然人', () => {
    const md = [
      '| 项目 | 申请人情况/自然人 | 法人或其他组织·商业企业 | 法人或其他组织·科研机构 | 法人或其他组织·社会公益组织 | 法人或其他组织·法律服务机构 | 法人或其他组织·其他 | 总计 |',
      SEP(8),
      ...body,
    ].join('\n');
    const t = expectAll(md, ROWS_2021, '2021');
    expect(t.columns.find((c) => c.columnId === 'business')!.label).toMatchObject({ typed: '法人或其他组织·商业企业', official: '商业企业', quality: 'exact' });
  });

  it('spaces, <br> and full-width spaces inside headers', () => {
    const md = ['| 项目 | 自然人 | 商业 企业 | 科研<br>机构 | 社会　公益组织 | 法律<br/>服务<br/>机构 | 其他 | 合计 |', SEP(8), ...body].join('\n');
    const t = expectAll(md, ROWS_2021, '2021');
    expect(t.columns.map((c) => c.label.quality)).toEqual(['exact', 'normalized', 'normalized', 'normalized', 'normalized', 'exact', 'alias']);
  });

  it('a typo in a header is reported and still read under the closest column', () => {
    const md = ['| 项目 | 自然人 | 商业企业 | 科研机构 | 社会工益组织 | 法律服务机构 | 其他 | 总计 |', SEP(8), ...body].join('\n');
    const t = read(md).table3!;
    expect(t.unmatched).toEqual([{ kind: 'column', typed: '社会工益组织', closest: '社会公益组织', position: { line: 1, column: 26, endLine: 1, endColumn: 35 } }]);
    expect(values(t).new!.charity).toBe(0);
    expect(columnIds(t)).toContain('charity');
  });

  it('row label typos go to unmatched with the closest label', () => {
    const md = [`| 项目 ${COLS}`, SEP(8), `| 一、本年新收政府信息公开申请数 ${data(0)}`, `| 三三、本年度办理结果 | ${blanks.slice(1)}`, `| 完全无关的行 ${data(1)}`].join('\n');
    const t = read(md).table3!;
    expect(t.unmatched.map((u) => [u.kind, u.typed, u.closest])).toEqual([
      ['row', '一、本年新收政府信息公开申请数', '一、本年新收政府信息公开申请数量'],
      ['row', '三三、本年度办理结果', '三、本年度办理结果'],
      ['row', '完全无关的行', null],
    ]);
    // Within 2 edits: read under the closest row, marked 'normalized'.
    expect(rowIds(t)).toEqual(['new']);
    expect(t.rows[0]!.label.quality).toBe('normalized');
  });
});
