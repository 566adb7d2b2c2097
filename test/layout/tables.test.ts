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

/** 表二: the group and its block tables, in order. */
function table2(root: DomNode): { group: DomNode; blocks: DomNode[] } {
  const group = byId(root, 'table2')!;
  return { group, blocks: byTag(group, 'table') };
}
const blockTitle = (t: DomNode) => norm(findAll(t, (n) => hasClass(n, 'nb-block-title'))[0]!.text);

describe('表二 official layout', () => {
  it('merges the five 2019 pieces of the seed into one 表二 and drops their title paragraphs', async () => {
    const root = await page(fixture('beibei-2020-as-published.md'));
    const { group, blocks } = table2(root);
    expect(blocks.map(blockTitle)).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项', '第二十条第（九）项']);
    // The first caption carries the table's official caption; the group is one labelled region.
    expect(norm(byTag(blocks[0]!, 'caption')[0]!.text)).toBe('表二主动公开政府信息情况第二十条第（一）项');
    const region = findAll(root, (n) => n.attrs.role === 'region' && n.children.includes(group))[0]!;
    expect(region.attrs['aria-label']).toBe('表二 主动公开政府信息情况');
    // Nothing else of the pieces is left: no stray tables, no paragraph holding only a block title.
    expect(byTag(root, 'table').filter((t) => !blocks.includes(t)).map((t) => t.attrs.id)).toEqual(['table3', 'table4']);
    expect(findAll(root, (n) => n.tag === 'p' && /^第二十条第（.）项$/.test(norm(n.text)))).toHaveLength(0);
    for (const t of blocks) {
      const { grid } = tableGrid(t);
      for (const row of grid) expect(row.filter(Boolean)).toHaveLength(4);
      expectHeadersMatchGeometry(root, t);
    }
    const amount = byId(root, 't2-item9-procurement-amount')!;
    expect(headerTexts(root, amount)).toEqual(['采购总金额', '政府集中采购']);
    expect(amount.text).toBe('764.8万元');
    expect(byId(root, 't2-item1-normativeDocs2019-made')!.text).toBe('22');
  });

  it('builds each block with its title across the grid and a 信息内容 header row', async () => {
    const root = await page(fixture('layout/pingtan-2024-alt.md'));
    const { blocks } = table2(root);
    expect(blocks.map(blockTitle)).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
    for (const t of blocks) {
      const head = byTag(byTag(t, 'thead')[0]!, 'tr');
      expect(head).toHaveLength(1);
      expect(norm(head[0]!.children[0]!.text)).toBe('信息内容');
      for (const h of head[0]!.children) expect(h.attrs.scope).toBe('col');
      // Later blocks name 表二 for screen readers too.
      expect(norm(byTag(t, 'caption')[0]!.text)).toMatch(/^表二/);
    }
    // 2021 （五）: one value column spanning the three value slots.
    expect(byId(root, 't2-item5-col-decisions')!.attrs.colspan).toBe('3');
    expect(byId(root, 't2-item5-licensing-decisions')!.attrs.colspan).toBe('3');
    expect(byId(root, 't2-item8-fees-feeAmount')!.text).toBe('18651.06');
    for (const t of blocks) expectHeadersMatchGeometry(root, t);
  });

  it('shows a 2019 row present in a 2021 table (mixed)', async () => {
    const md = fixture('layout/pingtan-2024-alt.md').replace('| 行政规范性文件 | 62 | 33 | 440 |', '| 规范性文件 | 62 | 33 | 440 |');
    const root = await page(md);
    const rows = findAll(table2(root).group, (n) => n.tag === 'th' && n.attrs.scope === 'row').map((n) => norm(n.text));
    expect(rows).toContain('规范性文件');
    expect(rows).not.toContain('行政规范性文件');
    expect(byId(root, 't2-item1-normativeDocs2019-issued')!.text).toBe('62');
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

describe('a 2019 report typed another way (pingtan-2020-alt: no block titles, 表四 with a label column)', () => {
  it('splits a Markdown table holding （五） and （六） into their official blocks, values as typed', async () => {
    const root = await page(fixture('layout/pingtan-2020-alt.md'));
    const { blocks } = table2(root);
    expect(blocks.map(blockTitle)).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项', '第二十条第（九）项']);
    expect(byId(root, 't2-item6-penalty-change')!.text).toBe('-18');
    expect(byId(root, 't2-item8-fees-change')!.text).toBe('-15');
    // 2019 （八）: two value columns, the second widened to fill the grid.
    expect(byId(root, 't2-item8-col-change')!.attrs.colspan).toBe('2');
    expect(byId(root, 't2-item9-procurement-amount')!.text).toBe('73802895.90元');
    for (const t of blocks) expectHeadersMatchGeometry(root, t);
  });

  it('builds 表三 and 表四 in their official shapes', async () => {
    const root = await page(fixture('layout/pingtan-2020-alt.md'));
    const t3 = byId(root, 'table3')!;
    expect(tableGrid(t3).grid).toHaveLength(3 + 2 + 20 + 1);
    expect(byTag(t3, 'tbody').map((b) => b.children.length)).toEqual([2, 2, 8, 3, 7, 1]);
    expectHeadersMatchGeometry(root, t3);
    const t4 = byId(root, 'table4')!;
    // The typed label column (数量) is not part of the official 表四.
    expect(byTag(t4, 'td')).toHaveLength(15);
    expect(tableGrid(t4).width).toBe(15);
    expectHeadersMatchGeometry(root, t4);
  });
});
