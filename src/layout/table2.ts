/**
 * 表二 主动公开政府信息情况 (FORMAT.md §2): one 4-column grid of blocks, one per 第二十条 item — a
 * title `第二十条第（N）项` across all columns, a `信息内容` header row, the item's rows. Blocks with fewer
 * than three value columns widen the last one (2021 （五）: 本年处理决定数量 spans 3). However many
 * Markdown tables held the pieces, the result is one 表二 in one place.
 *
 * Each block is its own `<table>`, stacked so they draw as one grid: its title is the table's
 * `<caption>` drawn as the grid's spanning title row (the first caption also carries
 * `表二　主动公开政府信息情况`). Why not one `<table>` with a `<tbody>` per block: the blocks have
 * different column headers in the same columns, and Chromium's tagged PDF (which ignores `headers`
 * and computes each TD's /Headers from the geometry) then gives every value cell the column headers
 * of all blocks; one table per block makes the geometry and the semantics the same. It also keeps
 * axe's table-fake-caption rule quiet (a first row of one spanning cell).
 */
import type { Element } from 'hast';
import { TABLE2, TABLE2_ROW_HEADER } from '../formats/index.js';
import type { FormatVersion, Table2BlockDef } from '../formats/types.js';
import type { ModelTable } from '../model/types.js';
import { cellText, colgroups, el, presentRows, region, slug, td, text, th, tr } from './table-kit.js';

const P = 't2';
const VALUE_SLOTS = 3;

/** Spans of n value columns over the three value slots: 3 → 1 1 1, 2 → 1 2, 1 → 3. */
export function valueSpans(n: number): number[] {
  if (n <= 0) return [];
  if (n >= VALUE_SLOTS) return Array.from({ length: n }, () => 1);
  return [...Array.from({ length: n - 1 }, () => 1), VALUE_SLOTS - (n - 1)];
}

interface Block {
  def: Table2BlockDef;
  rows: string[];
}

/** Which blocks to show, with which columns and rows (see the module comment for mixed tables). */
export function table2Blocks(table: ModelTable | null, version: FormatVersion | 'mixed', expected: FormatVersion): Block[] {
  const present = presentRows(table);
  const typedColumns = new Set(table?.rows.flatMap((r) => Object.keys(r.cells)) ?? []);
  const items = [...new Set(TABLE2.blocks.map((b) => b.item))].sort((a, b) => a - b);
  const blocks: Block[] = [];
  for (const item of items) {
    const defs = TABLE2.blocks.filter((b) => b.item === item);
    const itemRows = TABLE2.rows.filter((r) => defs.some((d) => d.rows.includes(r.id)));
    const rowsPresent = itemRows.filter((r) => present.has(r.id)).map((r) => r.id);
    // The block whose columns the Markdown used; ties go to the expected version.
    const score = (d: Table2BlockDef) => d.columns.filter((c) => typedColumns.has(c)).length * 2 + (d.versions.includes(expected) ? 1 : 0);
    const best = () => [...defs].sort((a, b) => score(b) - score(a))[0];
    const def = version === 'mixed' ? best() : (defs.find((d) => d.versions.includes(version)) ?? best());
    // A block the version does not have (2021 has no （九）) or, in a mixed table, any block without rows: skip.
    if (!def || (rowsPresent.length === 0 && (version === 'mixed' || !def.versions.includes(version)))) continue;
    const rows = version === 'mixed' ? rowsPresent : itemRows.filter((r) => def.rows.includes(r.id) || present.has(r.id)).map((r) => r.id);
    blocks.push({ def, rows });
  }
  return blocks;
}

function blockTable(block: Block, table: ModelTable | null, first: boolean): Element {
  const { def } = block;
  const b = slug(def.id);
  const rowHeadId = `${P}-${b}-head`;
  const spans = valueSpans(def.columns.length);
  const colId = (c: string) => `${P}-${b}-col-${slug(c)}`;
  const label = (c: string) => TABLE2.columns.find((x) => x.id === c)?.label ?? c;
  const rowLabel = (r: string) => TABLE2.rows.find((x) => x.id === r)?.label ?? r;

  const title = el('span', { className: ['nb-block-title'] }, [text(def.title)]);
  const captionEl = first
    ? el('caption', {}, [el('span', { className: ['nb-caption-main'] }, [el('span', { className: ['nb-table-no'] }, [text(TABLE2.name)]), text('　' + TABLE2.caption)]), title])
    : el('caption', {}, [el('span', { className: ['nb-visually-hidden'] }, [text(`${TABLE2.name}　`)]), title]);
  const head = tr([
    th({ id: rowHeadId, text: TABLE2_ROW_HEADER, scope: 'col' }),
    ...def.columns.map((c, i) => th({ id: colId(c), text: label(c), scope: 'col', colspan: spans[i] ?? 1 })),
  ]);
  const rows = block.rows.map((r) => {
    const rowId = `${P}-${b}-row-${slug(r)}`;
    return tr([
      th({ id: rowId, text: rowLabel(r), scope: 'row', className: ['nb-row-head'] }),
      ...def.columns.map((c, i) => td(`${P}-${b}-${slug(r)}-${slug(c)}`, cellText(table, r, c), [colId(c), rowId], spans[i] ?? 1)),
    ]);
  });
  return el('table', { id: `table2-${b}`, className: ['nb-official', 'nb-table2', 'nb-table2-block', ...(first ? ['nb-first'] : [])] }, [
    captionEl,
    ...colgroups([
      { className: 'nb-col-labels', cols: [['nb-col-label']] },
      { className: 'nb-col-values', cols: Array.from({ length: VALUE_SLOTS }, () => ['nb-col-data']) },
    ]),
    el('thead', {}, [head]),
    el('tbody', {}, rows),
  ]);
}

export function buildTable2(table: ModelTable | null, version: FormatVersion | 'mixed', expected: FormatVersion): Element {
  const tables = table2Blocks(table, version, expected).map((block, i) => blockTable(block, table, i === 0));
  const group = el('div', { id: 'table2', className: ['nb-table2-group'] }, tables);
  return region(group, `${TABLE2.name} ${TABLE2.caption}`, 'table2');
}
