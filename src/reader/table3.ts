/** 表三 收到和处理政府信息公开申请情况: header rows → data columns, then one model row per label. */
import type { Table } from 'mdast';
import { TABLE3 } from '../formats/index.js';
import type { ModelCell, ModelTable } from '../model/types.js';
import { readCell } from './cell.js';
import { parseGrouped } from './grouped.js';
import { closestLabel, matchQuality, normalizeLabel } from './normalize.js';
import { isBlankKey, looksData, looksNumeric, rowEnd, tableGrid, type GridCell, type GridRow } from './grid.js';
import { looksLikeRowLabel, resolveRow, type RowContext } from './table3-rows.js';
import { labelMatch, TableBuilder, typoAcceptable } from './table-builder.js';
import { nodePosition } from './text.js';

const COLUMNS = TABLE3.columns;
const CORNER = normalizeLabel(TABLE3.corner ?? '');

interface ColumnHit {
  index: number;
  columnId: string;
  cell: GridCell;
  quality: 'exact' | 'normalized' | 'alias';
  typo: boolean;
}

/** A header-ish cell: column leaf, column group, the corner note, or a typo close to a leaf. */
function headerHit(cell: GridCell, index: number): ColumnHit | 'group' | null {
  if (!cell.key) return null;
  if (cell.key === CORNER || cell.key.startsWith('(本列数据的勾稽关系')) return 'group';
  const g = parseGrouped(cell.key, TABLE3.columnGroups, COLUMNS);
  if (g?.leaf) {
    return { index, columnId: g.leaf.id, cell, quality: matchQuality(cell.text, g.leaf.official, g.leaf.alias, g.groupIds.length > 0), typo: false };
  }
  if (g) return 'group';
  return null;
}

function isHeaderRow(row: GridRow): boolean {
  return row.cells.some((c, i) => headerHit(c, i) !== null);
}

/**
 * Data columns by index. If the header rows name the columns at consistent positions, use them (in
 * whatever order they were typed; shifted right when the header row has no cell for the label column);
 * otherwise (flattened multi-row header, no header at all) take the official order on the last
 * seven columns of the table.
 */
function mapColumns(headers: GridRow[], width: number, builder: TableBuilder): Map<number, ColumnHit | { columnId: string }> {
  const byIndex = new Map<number, ColumnHit>();
  const all: ColumnHit[] = [];
  let consistent = true;
  for (const row of headers) {
    row.cells.forEach((cell, index) => {
      const hit = headerHit(cell, index);
      if (!hit || hit === 'group') return;
      all.push(hit);
      const prev = byIndex.get(index);
      if (prev && prev.columnId !== hit.columnId) consistent = false;
      byIndex.set(index, hit);
    });
  }
  const hits = [...byIndex.values()].sort((a, b) => a.index - b.index);
  if (new Set(hits.map((h) => h.columnId)).size !== hits.length) consistent = false;
  // Typos among header cells at data positions: map them when close enough (see typoAcceptable).
  for (const row of headers) {
    row.cells.forEach((cell, index) => {
      if (index === 0 || isBlankKey(cell.key) || byIndex.has(index) || headerHit(cell, index)) return;
      if (index < (hits[0]?.index ?? 1)) return; // the label area (`项目`, the corner)
      const near = closestLabel(cell.key, COLUMNS);
      builder.addUnmatched('column', cell.text, near?.label ?? null, cell.position);
      if (near && typoAcceptable(near.distance, cell.key.length) && !hits.some((h) => h.columnId === near.id)) {
        byIndex.set(index, { index, columnId: near.id, cell, quality: 'normalized', typo: true });
      }
    });
  }
  const result = new Map<number, ColumnHit | { columnId: string }>();
  if (consistent && byIndex.size > 0) {
    // `| 自然人 | … | 总计 |` over rows `| 一、… | 1 | … |`: the header lacks the label cell.
    const indices = [...byIndex.keys()];
    const shift = Math.min(...indices) === 0 ? Math.max(0, width - 1 - Math.max(...indices)) : 0;
    for (const [i, h] of byIndex) result.set(i + shift, h);
    return result;
  }
  const start = Math.max(1, width - COLUMNS.length);
  COLUMNS.forEach((c, k) => {
    if (start + k >= width) return;
    const found = all.find((h) => h.columnId === c.id);
    result.set(start + k, found ?? { columnId: c.id });
  });
  return result;
}

function isDataRow(row: GridRow, firstData: number): boolean {
  const data = row.cells.slice(firstData);
  return data.length > 0 && data.every((c) => looksData(c.key)) && data.some((c) => !isBlankKey(c.key));
}

/** The most common row length (ties: the longer), so a stray extra cell does not shift the data. */
function commonWidth(rows: GridRow[]): number {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [w, n] of counts) if (n > bestCount || (n === bestCount && w > best)) [best, bestCount] = [w, n];
  return best;
}

/** A table that continues 表三 (split by a page break): its first row is a data row, not a header. */
export function continuesTable3(table: Table): boolean {
  const first = tableGrid(table)[0];
  return !!first && !isHeaderRow(first) && first.cells.some((c) => !isBlankKey(c.key));
}

/** Reads 表三 from one table, or from a table and its continuations (rows appended in order). */
export function readTable3(table: Table, continuations: Table[] = []): ModelTable {
  const builder = new TableBuilder('table3', nodePosition(table));
  const grid = [table, ...continuations].flatMap(tableGrid);
  // Data starts at the first row with a row label or a number; header rows are the rows above it that
  // name columns (or carry the corner note / groups). Captions and blank rows above it are skipped.
  let h = grid.findIndex((row) => !isHeaderRow(row) && row.cells.some((c) => looksNumeric(c.key) || looksLikeRowLabel(c.key)));
  if (h < 0) h = grid.length;
  const width = commonWidth(grid.slice(h)) || (grid[0]?.cells.length ?? 0);
  const columns = mapColumns(grid.slice(0, h).filter(isHeaderRow), width, builder);
  const indices = [...columns.keys()].sort((a, b) => a - b);
  const firstData = indices[0] ?? Math.max(1, width - COLUMNS.length);
  for (const i of indices) {
    const c = columns.get(i)!;
    const def = COLUMNS.find((d) => d.id === c.columnId)!;
    if ('cell' in c) builder.addColumn(def.id, labelMatch(c.cell.text, def.label, c.quality, c.cell.position), def.versions);
  }
  const ctx: RowContext = { group: null };
  // 2021 `（六）其他处理` typed as a group row of its own (blank cells) is not the 2019 row r6:
  // hold it until we see whether r6.x leaves follow.
  let pendingR6: Parameters<TableBuilder['addRow']> | null = null;
  const flush = (): void => {
    if (pendingR6) builder.addRow(...pendingR6);
    pendingR6 = null;
  };
  for (const row of grid.slice(h)) {
    const labels = row.cells.slice(0, firstData);
    const res = resolveRow(labels, ctx);
    for (const u of res.unmatched) builder.addUnmatched('row', u.cell.text, u.closest, u.cell.position);
    if (!res.row || !res.cell) {
      const unlabeled = labels.every((c) => isBlankKey(c.key));
      if (unlabeled && isDataRow(row, firstData)) builder.addUnmatched('row', '', null, row.position);
      continue;
    }
    const cells: Record<string, ModelCell> = {};
    for (const i of indices) {
      const id = columns.get(i)!.columnId;
      const cell = row.cells[i];
      cells[id] = cell ? readCell(cell.text, cell.position) : readCell('', rowEnd(row));
    }
    const quality = res.typo ? 'normalized' : matchQuality(res.cell.text, res.row.label, res.alias, res.prefixed);
    const label = labelMatch(res.cell.text, res.row.label, quality, res.cell.position);
    if (pendingR6 && res.row.group === 'r6') pendingR6 = null;
    flush();
    if (builder.findRow(res.row.id)) {
      builder.addUnmatched('row', res.cell.text, res.row.label, res.cell.position);
      continue;
    }
    if (res.row.id === 'r6' && Object.values(cells).every((c) => c.state === 'blank')) {
      pendingR6 = [res.row.id, label, res.row.versions, cells, row.position];
      ctx.group = 'r6';
      continue;
    }
    builder.addRow(res.row.id, label, res.row.versions, cells, row.position);
  }
  flush();
  return builder.finish();
}
