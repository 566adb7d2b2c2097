import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  byId, byTag, findAll, fixture, geometricHeaders, hasClass, headerTexts, norm, parseHtml, render, startParser, stopParser, tableGrid, type DomNode,
} from './helpers.js';

beforeAll(startParser);
afterAll(stopParser);

async function table3(markdown: string): Promise<{ root: DomNode; table: DomNode }> {
  const root = await parseHtml(render(markdown).html);
  const table = byId(root, 'table3');
  if (!table) throw new Error('no 表三');
  return { root, table };
}

const th = (table: DomNode, text: string) => {
  const found = findAll(table, (n) => n.tag === 'th' && norm(n.text) === text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};
const span = (n: DomNode) => [Number(n.attrs.rowspan ?? 1), Number(n.attrs.colspan ?? 1)];

/** Total rows the 三、本年度办理结果 label covers, over all its pieces. */
const resultRows = (table: DomNode) =>
  findAll(table, (n) => n.tag === 'th' && hasClass(n, 'nb-results')).reduce((sum, n) => sum + Number(n.attrs.rowspan ?? 1), 0);

describe('表三 official layout', () => {
  it('has the official header (seed: labels split over three columns)', async () => {
    const { table } = await table3(fixture('beibei-2020-as-published.md'));
    expect(norm(byTag(table, 'caption')[0]!.text)).toBe('表三收到和处理政府信息公开申请情况');
    const thead = byTag(table, 'thead')[0]!;
    expect(thead.children).toHaveLength(3);
    const corner = th(table, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect(span(corner)).toEqual([3, 3]);
    expect(span(th(table, '申请人情况'))).toEqual([1, 7]);
    expect(span(th(table, '自然人'))).toEqual([2, 1]);
    const legal = th(table, '法人或其他组织');
    expect(span(legal)).toEqual([1, 5]);
    expect(legal.attrs.scope).toBe('colgroup');
    expect(span(th(table, '总计'))).toEqual([2, 1]);
    expect(thead.children[2]!.children.map((c) => norm(c.text))).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    for (const h of byTag(thead, 'th')) expect(['col', 'colgroup']).toContain(h.attrs.scope);
    // scope="colgroup" needs a <colgroup> of exactly its columns.
    const groups = byTag(table, 'colgroup').map((g) => g.children.length);
    expect(groups).toEqual([3, 1, 5, 1]);
  });

  it('merges the row labels as in the official table (2019: 20 result rows, （六） one row)', async () => {
    const { table } = await table3(fixture('beibei-2020-as-published.md'));
    const { grid, width } = tableGrid(table);
    expect(width).toBe(10);
    for (const row of grid) expect(row.filter(Boolean)).toHaveLength(10);
    expect(grid).toHaveLength(3 + 2 + 20 + 1);
    expect(resultRows(table)).toBe(20);
    expect(span(th(table, '（三）不予公开'))).toEqual([8, 1]);
    expect(span(th(table, '（四）无法提供'))).toEqual([3, 1]);
    expect(span(th(table, '（五）不予处理'))).toEqual([5, 1]);
    for (const label of ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '四、结转下年度继续办理']) {
      expect(span(th(table, label))).toEqual([1, 3]);
    }
    for (const label of ['（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（六）其他处理', '（七）总计']) {
      expect(span(th(table, label))).toEqual([1, 2]);
    }
    for (const group of ['（三）不予公开', '（四）无法提供']) expect(th(table, group).attrs.scope).toBe('rowgroup');
  });

  it('2021 format typed with group-carrying labels in one column: 22 result rows, （六） three rows', async () => {
    const { table } = await table3(fixture('layout/pingtan-2024-alt.md'));
    const { grid } = tableGrid(table);
    expect(grid).toHaveLength(3 + 2 + 22 + 1);
    for (const row of grid) expect(row.filter(Boolean)).toHaveLength(10);
    expect(resultRows(table)).toBe(22);
    expect(span(th(table, '（六）其他处理'))).toEqual([3, 1]);
    expect(th(table, '3.其他').attrs.scope).toBe('row');
  });

  it('gives every data cell an id and headers that resolve to all its row and column headers', async () => {
    for (const name of ['beibei-2020-as-published.md', 'layout/pingtan-2024-alt.md']) {
      const { root, table } = await table3(fixture(name));
      const cells = byTag(table, 'td');
      expect(cells.length).toBe((name.includes('2024') ? 25 : 23) * 7);
      const ids = new Set<string>();
      for (const td of cells) {
        expect(td.attrs.id).toBeTruthy();
        expect(ids.has(td.attrs.id!)).toBe(false);
        ids.add(td.attrs.id!);
        // The explicit headers equal the headers the table geometry gives (what Chromium tags).
        expect(headerTexts(root, td)).toEqual(geometricHeaders(table, td).map((h) => norm(h.text)));
      }
    }
  });

  it('resolves a deep cell to its six headers and keeps the value as typed', async () => {
    const { root, table } = await table3(fixture('layout/pingtan-2024-alt.md'));
    const td = byId(table, 't3-r3-5-natural')!;
    expect(td.text).toBe('32');
    expect(headerTexts(root, td)).toEqual(['申请人情况', '自然人', '三、本年度办理结果', '（三）不予公开', '5.属于三类内部事务信息']);
    const business = byId(table, 't3-r6-3-business')!;
    expect(headerTexts(root, business)).toEqual(['申请人情况', '法人或其他组织', '商业企业', '三、本年度办理结果', '（六）其他处理', '3.其他']);
    expect(business.text).toBe('1');
  });

  it('leaves a blank cell blank (seed: （五）2.重复申请 / 总计)', async () => {
    const { table } = await table3(fixture('beibei-2020-as-published.md'));
    const td = byId(table, 't3-r5-2-total')!;
    expect(td.text).toBe('');
    expect(hasClass(td, 'nb-blank')).toBe(true);
  });

  it('cuts the body into one <tbody> per sub-group, each repeating 三、本年度办理结果', async () => {
    const { table } = await table3(fixture('layout/pingtan-2024-alt.md'));
    const bodies = byTag(table, 'tbody');
    // [一 二], [（一）（二）], （三）, （四）, （五）, [（六） （七）], [四]: （七） alone would be shorter than its label.
    expect(bodies.map((b) => b.children.length)).toEqual([2, 2, 8, 3, 5, 4, 1]);
    const labels = findAll(table, (n) => hasClass(n, 'nb-results'));
    expect(labels.map((l) => Number(l.attrs.rowspan))).toEqual([2, 8, 3, 5, 4]);
    for (const l of labels) expect(norm(l.text)).toBe('三、本年度办理结果');
    expect(labels.filter((l) => hasClass(l, 'nb-cont'))).toHaveLength(4);
    // A group sharing its <tbody> covers its rows with scope="row" and its rowspan.
    expect(th(table, '（六）其他处理').attrs).toMatchObject({ scope: 'row', rowspan: '3' });
    expect(th(table, '（五）不予处理').attrs).toMatchObject({ scope: 'rowgroup', rowspan: '5' });
  });

  it('2019: （六）（七） join the （五） piece', async () => {
    const { table } = await table3(fixture('beibei-2020-as-published.md'));
    expect(byTag(table, 'tbody').map((b) => b.children.length)).toEqual([2, 2, 8, 3, 7, 1]);
  });

  it('shows the rows present in a mixed table', async () => {
    const md = fixture('layout/pingtan-2024-alt.md').replace(
      /\| （六）1\.[^\n]*\n\| （六）2\.[^\n]*\n\| （六）3\.[^\n]*\n/,
      '| （六）其他处理 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n',
    );
    const { table } = await table3(md);
    expect(byId(table, 't3-row-r6')).toBeDefined();
    expect(byId(table, 't3-row-r6-1')).toBeUndefined();
    expect(byId(table, 't3-r6-total')!.text).toBe('3');
  });
});
