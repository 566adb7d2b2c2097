/** 表四 政府信息公开行政复议、行政诉讼情况: 15 data columns under three groups, one data row. */
import type { Table } from 'mdast';
import { TABLE4 } from '../formats/index.js';
import type { ModelCell, ModelTable } from '../model/types.js';
import { readCell } from './cell.js';
import { parseGrouped } from './grouped.js';
import { closestLabel, matchQuality, type LabelCandidate } from './normalize.js';
import { isBlankKey, looksData, looksNumeric, rowEnd, tableGrid, type GridCell, type GridRow } from './grid.js';
import { labelMatch, TableBuilder, typoAcceptable } from './table-builder.js';
import { nodePosition } from './text.js';

/** The five outcome leaves (ids without group), e.g. `upheld` → 结果维持. */
const OUTCOMES: LabelCandidate[] = TABLE4.columns.slice(0, 5).map((c) => ({ id: c.id.split('.')[1] ?? c.id, label: c.label }));
/** Leaf groups in column order: review, direct, afterReview. */
const LEAF_GROUPS = [...new Set(TABLE4.columns.map((c) => c.group ?? ''))];

interface Slot {
  group: string | null;
  outcome: string | null;
  cell: GridCell | null;
  quality: 'exact' | 'normalized' | 'alias';
}

function parseHeader(cell: GridCell): { groupIds: string[]; outcome: string | null; alias: boolean; prefixed: boolean } | null {
  if (!cell.key) return null;
  const g = parseGrouped(cell.key, TABLE4.columnGroups, OUTCOMES);
  if (!g) return null;
  return { groupIds: g.groupIds, outcome: g.leaf?.id ?? null, alias: g.leaf?.alias ?? false, prefixed: g.groupIds.length > 0 };
}

const isHeaderRow = (row: GridRow): boolean => row.cells.some((c) => parseHeader(c) !== null);

/** The most specific group among ids (afterReview over litigation). */
function leafGroup(ids: string[]): string | null {
  for (let i = ids.length - 1; i >= 0; i--) if (LEAF_GROUPS.includes(ids[i]!)) return ids[i]!;
  return null;
}

/** Leaf header cells in reading order; exactly 15 of them are the official order (a flattened header). */
function readingOrder(headers: GridRow[]): Map<number, Slot> {
  const leaves: { cell: GridCell; outcome: string; alias: boolean }[] = [];
  for (const row of headers) {
    for (const cell of row.cells) {
      const p = parseHeader(cell);
      if (p?.outcome) leaves.push({ cell, outcome: p.outcome, alias: p.alias });
    }
  }
  const map = new Map<number, Slot>();
  if (leaves.length !== TABLE4.columns.length) return map;
  leaves.forEach((l, k) => {
    const def = TABLE4.columns[k]!;
    if (!def.id.endsWith(`.${l.outcome}`)) return;
    map.set(k, { group: def.group ?? null, outcome: l.outcome, cell: l.cell, quality: matchQuality(l.cell.text, def.label, l.alias, false) });
  });
  return map;
}

export function readTable4(table: Table): ModelTable {
  const builder = new TableBuilder('table4', nodePosition(table));
  const grid = tableGrid(table);
  // The data row is the first non-header row with a number; the header rows are above it (a caption
  // row above them is skipped).
  let h = grid.findIndex((row) => !isHeaderRow(row) && row.cells.some((c) => looksNumeric(c.key)));
  if (h < 0) {
    h = 0;
    while (h < grid.length && isHeaderRow(grid[h]!)) h++;
  }
  const headers = grid.slice(0, h).filter(isHeaderRow);
  const width = Math.max(0, ...grid.map((r) => r.cells.length));
  // Per column index: the group spanning it (a group label spans blank cells to its right) and its leaf.
  const slots: Slot[] = Array.from({ length: width }, () => ({ group: null, outcome: null, cell: null, quality: 'exact' as const }));
  for (const row of headers) {
    let spanning: string | null = null;
    row.cells.forEach((cell, i) => {
      const slot = slots[i];
      if (!slot) return;
      const p = parseHeader(cell);
      if (!p) {
        if (!isBlankKey(cell.key)) spanning = null;
        else if (spanning && !slot.group) slot.group = spanning;
        if (!isBlankKey(cell.key) && i > 0) {
          const near = closestLabel(cell.key, OUTCOMES);
          builder.addUnmatched('column', cell.text, near?.label ?? null, cell.position);
          if (near && typoAcceptable(near.distance, cell.key.length) && !slot.outcome) {
            Object.assign(slot, { outcome: near.id, cell, quality: 'normalized' });
          }
        }
        return;
      }
      const g = leafGroup(p.groupIds);
      if (p.outcome) {
        spanning = null;
        if (g) slot.group = g;
        Object.assign(slot, { outcome: p.outcome, cell, quality: matchQuality(cell.text, OUTCOMES.find((o) => o.id === p.outcome)!.label, p.alias, p.prefixed) });
      } else {
        spanning = g;
        if (g) slot.group = g;
      }
    });
  }
  // Leaves without a group: the k-th occurrence of an outcome belongs to the k-th group.
  const seen = new Map<string, number>();
  for (const slot of slots) {
    if (!slot.outcome) continue;
    const k = seen.get(slot.outcome) ?? 0;
    seen.set(slot.outcome, k + 1);
    if (!slot.group) slot.group = LEAF_GROUPS[k] ?? null;
  }
  let map = new Map<number, Slot>();
  slots.forEach((s, i) => {
    if (s.outcome && s.group) map.set(i, s);
  });
  // Consistent: distinct columns in the official order (a flattened three-row header is not).
  const ids = [...map.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => `${s.group}.${s.outcome}`);
  const order = ids.map((id) => TABLE4.columns.findIndex((c) => c.id === id));
  const consistent = map.size > 0 && new Set(ids).size === ids.length && order.every((o, i) => i === 0 || o > (order[i - 1] ?? -1));
  // Data row: the first row after the headers with non-blank cells.
  const dataRows = grid.slice(h).filter((r) => r.cells.some((c) => !isBlankKey(c.key)));
  const data = dataRows[0];
  const dataLength = data?.cells.length ?? width;
  // Header without a cell for the label column the data row has (`| 件数 | 1 | …`): shift right.
  const indices = [...map.keys()];
  const shift = consistent && data && Math.min(...indices) === 0 && !looksNumeric(data.cells[0]?.key ?? '0')
    ? Math.max(0, dataLength - 1 - Math.max(...indices))
    : 0;
  if (shift > 0) map = new Map([...map].map(([i, s]) => [i + shift, s]));
  if (!consistent || (map.size < TABLE4.columns.length && dataLength >= TABLE4.columns.length)) {
    // Flattened or partial header: official order on the last 15 cells, keeping the labels found.
    const found = consistent ? map : readingOrder(headers);
    const start = Math.max(0, dataLength - TABLE4.columns.length);
    map = new Map();
    TABLE4.columns.forEach((c, k) => {
      const [group, outcome] = c.id.split('.');
      const prev = [...found.values()].find((s) => `${s.group}.${s.outcome}` === c.id);
      map.set(start + k, prev ?? { group: group ?? null, outcome: outcome ?? null, cell: null, quality: 'exact' });
    });
  }
  for (const [, s] of [...map.entries()].sort((a, b) => a[0] - b[0])) {
    const def = TABLE4.columns.find((c) => c.id === `${s.group}.${s.outcome}`);
    if (def && s.cell) builder.addColumn(def.id, labelMatch(s.cell.text, def.label, s.quality, s.cell.position), def.versions);
  }
  if (!data) return builder.finish();
  const first = Math.min(...map.keys());
  const labelCell = first > 0 ? data.cells[0] : undefined;
  const rowDef = TABLE4.rows[0]!;
  const cells: Record<string, ModelCell> = {};
  for (const [i, s] of map) {
    const cell = data.cells[i];
    const id = `${s.group}.${s.outcome}`;
    cells[id] = cell ? readCell(cell.text, cell.position) : readCell('', rowEnd(data));
  }
  // The 数量 row label is rarely typed; a blank or absent label cell is not a deviation.
  const typed = labelCell?.text ?? '';
  const quality = typed === '' || typed === rowDef.label ? 'exact' : 'normalized';
  const label = labelMatch(typed, rowDef.label, quality, labelCell?.position ?? data.position);
  builder.addRow(rowDef.id, label, rowDef.versions, cells, data.position);
  for (const extra of dataRows.slice(1)) {
    if (extra.cells.every((c) => looksData(c.key))) builder.addUnmatched('row', extra.cells.map((c) => c.text).join(' | '), null, extra.position);
  }
  return builder.finish();
}
