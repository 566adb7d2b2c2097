import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  byId, byTag, findAll, fixture, geometricHeaders, hasClass, headerTexts, norm, parseHtml, render, startParser, stopParser, tableGrid, type DomNode,
} from './helpers.js';

beforeAll(startParser);
afterAll(stopParser);

async function page(markdown: string): Promise<DomNode> {
  return parseHtml(render(markdown).html);
}

const blockTitles = (table: DomNode) => findAll(table, (n) => hasClass(n, 'nb-block-title')).map((n) => norm(n.text));

function expectHeadersMatchGeometry(root: DomNode, table: DomNode): void {
  for (const td of byTag(table, 'td')) {
    expect(td.attrs.id).toBeTruthy();
    expect(headerTexts(root, td)).toEqual(geometricHeaders(table, td).map((h) => norm(h.text)));
  }
}

describe('表二 official layout', () => {
  it('merges the five 2019 pieces of the seed into one table and drops their title paragraphs', async () => {
    const root = await page(fixture('beibei-2020-as-published.md'));
    const tables = byTag(root, 'table');
    expect(tables.map((t) => t.attrs.id)).toEqual(['table2', 'table3', 'table4']);
    const table = byId(root, 'table2')!;
    expect(norm(byTag(table, 'caption')[0]!.text)).toBe('表二主动公开政府信息情况');
    expect(blockTitles(table)).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项', '第二十条第（九）项']);
    // No paragraph holding only a block title is left over.
    expect(findAll(root, (n) => n.tag === 'p' && /^第二十条第（.）项$/.test(norm(n.text)))).toHaveLength(0);
    expect(byTag(table, 'tbody')).toHaveLength(5);
    const { grid } = tableGrid(table);
    for (const row of grid) expect(row.filter(Boolean)).toHaveLength(4);
    expectHeadersMatchGeometry(root, table);
    expect(headerTexts(root, byId(table, 't2-item9-procurement-amount')!)).toEqual(['第二十条第（九）项', '采购总金额', '政府集中采购']);
    expect(byId(table, 't2-item9-procurement-amount')!.text).toBe('764.8万元');
    // Values as typed: the seed's ideographic spaces are trimmed by the reader, digits kept.
    expect(byId(table, 't2-item1-normativeDocs2019-made')!.text).toBe('22');
  });

  it('builds each block with its title row spanning all columns and a 信息内容 header row', async () => {
    const root = await page(fixture('layout/pingtan-2024-alt.md'));
    const table = byId(root, 'table2')!;
    expect(blockTitles(table)).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
    for (const body of byTag(table, 'tbody')) {
      const [title, head] = body.children;
      expect(title!.children).toHaveLength(1);
      expect(title!.children[0]!.attrs).toMatchObject({ colspan: '4', scope: 'rowgroup' });
      expect(norm(head!.children[0]!.text)).toBe('信息内容');
      for (const h of head!.children) expect(h.attrs.scope).toBe('col');
    }
    // 2021 （五）: one value column spanning the three value slots.
    const decisions = byId(table, 't2-item5-col-decisions')!;
    expect(decisions.attrs.colspan).toBe('3');
    expect(byId(table, 't2-item5-licensing-decisions')!.attrs.colspan).toBe('3');
    expect(byId(table, 't2-item8-fees-feeAmount')!.text).toBe('18651.06');
    expectHeadersMatchGeometry(root, table);
  });

  it('shows a 2019 row present in a 2021 table (mixed)', async () => {
    const md = fixture('layout/pingtan-2024-alt.md').replace('| 行政规范性文件 | 62 | 33 | 440 |', '| 规范性文件 | 62 | 33 | 440 |');
    const root = await page(md);
    const table = byId(root, 'table2')!;
    const rows = findAll(table, (n) => n.tag === 'th' && n.attrs.scope === 'row').map((n) => norm(n.text));
    expect(rows).toContain('规范性文件');
    expect(rows).not.toContain('行政规范性文件');
    expect(byId(table, 't2-item1-normativeDocs2019-issued')!.text).toBe('62');
  });
});

describe('表四 official layout', () => {
  for (const [name, file] of [
    ['seed (leaf headers repeated)', 'beibei-2020-as-published.md'],
    ['group-prefixed headers', 'layout/pingtan-2024-alt.md'],
  ] as const) {
    it(`has the three official header rows (${name})`, async () => {
      const root = await page(fixture(file));
      const table = byId(root, 'table4')!;
      expect(norm(byTag(table, 'caption')[0]!.text)).toBe('表四政府信息公开行政复议、行政诉讼情况');
      const rows = byTag(byTag(table, 'thead')[0]!, 'tr');
      expect(rows).toHaveLength(3);
      expect(rows[0]!.children.map((c) => [norm(c.text), c.attrs.colspan])).toEqual([
        ['行政复议', '5'],
        ['行政诉讼', '10'],
      ]);
      expect(rows[1]!.children.map((c) => [norm(c.text), c.attrs.rowspan ?? c.attrs.colspan])).toEqual([
        ['结果维持', '2'], ['结果纠正', '2'], ['其他结果', '2'], ['尚未审结', '2'], ['总计', '2'],
        ['未经复议直接起诉', '5'], ['复议后起诉', '5'],
      ]);
      expect(rows[2]!.children.map((c) => norm(c.text))).toEqual([...'结果维持 结果纠正 其他结果 尚未审结 总计'.split(' '), ...'结果维持 结果纠正 其他结果 尚未审结 总计'.split(' ')]);
      expect(byTag(table, 'colgroup').map((g) => g.children.length)).toEqual([5, 5, 5]);
      const cells = byTag(table, 'td');
      expect(cells).toHaveLength(15);
      expectHeadersMatchGeometry(root, table);
      expect(headerTexts(root, byId(table, 't4-cases-afterReview-total')!)).toEqual(['行政诉讼', '复议后起诉', '总计']);
      expect(headerTexts(root, byId(table, 't4-cases-review-pending')!)).toEqual(['行政复议', '尚未审结']);
    });
  }

  it('keeps the values as typed', async () => {
    const root = await page(fixture('layout/pingtan-2024-alt.md'));
    const values = byTag(byId(root, 'table4')!, 'td').map((c) => c.text);
    expect(values).toEqual('2 1 3 1 7 0 0 0 0 0 13 2 4 0 19'.split(' '));
  });
});

describe('tables that are not official', () => {
  it('keep their content, get header scopes and a labelled scroll region', async () => {
    const md = `# 某局2021年政府信息公开工作年度报告\n\n## 一、总体情况\n\n| 栏目 | 条数 |\n|---|---|\n| 通知公告 | 12 |\n`;
    const root = await page(md);
    const table = byTag(root, 'table')[0]!;
    expect(byTag(table, 'th').map((t) => [norm(t.text), t.attrs.scope])).toEqual([
      ['栏目', 'col'], ['条数', 'col'], ['通知公告', 'row'],
    ]);
    const region = findAll(root, (n) => n.attrs.role === 'region')[0]!;
    expect(region.attrs.tabindex).toBe('0');
    expect(region.attrs['aria-label']).toBeTruthy();
  });
});
