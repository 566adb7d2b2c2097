/**
 * 表四 政府信息公开行政复议、行政诉讼情况 (FORMAT.md §4): three header rows — 行政复议 (5) and
 * 行政诉讼 (10); the five 行政复议 outcomes (rowspan 2), 未经复议直接起诉 (5), 复议后起诉 (5); the
 * ten 行政诉讼 outcomes — and one row of 15 data cells. Built from formats/table4.ts.
 */
import type { Element } from 'hast';
import { TABLE4 } from '../formats/index.js';
import type { ModelTable } from '../model/types.js';
import { buildColumnHeaders, type HeaderColumn } from './column-headers.js';
import { caption, cellText, el, region, slug, td, tr } from './table-kit.js';

const P = 't4';

function columnsWithChains(): HeaderColumn[] {
  const groups = new Map(TABLE4.columnGroups.map((g) => [g.id, g]));
  const ancestors = (id: string | undefined): Array<{ id: string; label: string }> => {
    const g = id ? groups.get(id) : undefined;
    return g ? [...ancestors(g.parent), { id: g.id, label: g.label }] : [];
  };
  return TABLE4.columns.map((c) => ({ id: c.id, label: c.label, chain: ancestors(c.group) }));
}

export function buildTable4(table: ModelTable | null): Element {
  const headers = buildColumnHeaders({ prefix: P, columns: columnsWithChains() });
  // The official table has no row label column: its one data row is the whole body.
  const rows = TABLE4.rows.map((row) =>
    tr(TABLE4.columns.map((column) => td(`${P}-${slug(row.id)}-${slug(column.id)}`, cellText(table, row.id, column.id), headers.headersOf.get(column.id) ?? []))),
  );
  const tableEl = el('table', { id: 'table4', className: ['nb-official', 'nb-table4'] }, [
    caption(TABLE4.name, TABLE4.caption),
    ...headers.colgroups,
    el('thead', {}, headers.rows),
    el('tbody', {}, rows),
  ]);
  return region(tableEl, `${TABLE4.name} ${TABLE4.caption}`, 'table4');
}
