/** 表二 主动公开政府信息情况: blocks per 第二十条 item, from one or several Markdown tables. */
import type { Table } from 'mdast';
import { TABLE2, TABLE2_ROW_HEADER } from '../formats/index.js';
import type { ColumnDef, FormatVersion, Table2BlockDef } from '../formats/types.js';
import type { ModelCell, ModelTable, Position } from '../model/types.js';
import { readCell } from './cell.js';
import { CN_NUMBERS } from './dates.js';
import { closestLabel, matchKey, matchQuality, normalizeLabel, type LabelCandidate } from './normalize.js';
import { isBlankKey, isCaptionRow, rowEnd, tableGrid, type GridCell, type GridRow } from './grid.js';
import { labelMatch, TableBuilder, typoAcceptable } from './table-builder.js';
import { nodePosition } from './text.js';

export interface Table2Piece {
  table: Table;
  /** A `第二十条第（N）项` line just before the table (paragraph, bold line or heading). */
  title: { text: string; position: Position } | null;
}

const ITEM = /第二十条第\(?([一二三四五六七八九十\d]+)\)?项/;
const HEADER_KEY = normalizeLabel(TABLE2_ROW_HEADER);
const BLOCK_TITLES: LabelCandidate[] = TABLE2.rowGroups.map((g) => ({ id: g.id, label: g.label }));

/** Item number of a block title key, or null. */
export function itemOf(key: string): number | null {
  const m = ITEM.exec(key);
  if (!m?.[1]) return null;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : cnSmall(m[1]);
  return n && n > 0 ? n : null;
}

function cnSmall(s: string): number | null {
  if (s === '十') return 10;
  if (s.length === 1) return CN_NUMBERS[s] ?? null;
  if (s.startsWith('十')) return 10 + (CN_NUMBERS[s.slice(1)] ?? 0);
  return null;
}

/** Row label with a unit note (`行政事业性收费（万元）`) still names the row. */
function stripUnitNote(key: string): string {
  return key.replace(/\((单位[:：]?)?(万元|元|件|个|项)\)$/, '');
}

const blocksOf = (item: number): Table2BlockDef[] => TABLE2.blocks.filter((b) => b.item === item);
const column = (id: string): ColumnDef | undefined => TABLE2.columns.find((c) => c.id === id);

interface State {
  item: number | null;
  header: Map<number, string> | null;
  seenVersions: Set<FormatVersion>;
}

function readTitle(builder: TableBuilder, state: State, text: string, position: Position): void {
  const key = normalizeLabel(text);
  const item = itemOf(key);
  const blocks = item ? blocksOf(item) : [];
  if (!item || blocks.length === 0) {
    builder.addUnmatched('block', text, closestLabel(key, BLOCK_TITLES)?.label ?? null, position);
    state.item = item;
    state.header = null;
    return;
  }
  state.item = item;
  state.header = null;
  const group = TABLE2.rowGroups.find((g) => g.id === blocks[0]!.id);
  if (group) builder.note(group.versions, labelMatch(text, group.label, matchQuality(text, group.label, false, false), position));
}

function readHeader(builder: TableBuilder, state: State, row: GridRow): void {
  const header = new Map<number, string>();
  const allowed = state.item ? blocksOf(state.item).flatMap((b) => b.columns) : TABLE2.columns.map((c) => c.id);
  const candidates = TABLE2.columns.filter((c) => allowed.includes(c.id));
  row.cells.forEach((cell, i) => {
    if (i === 0 || isBlankKey(cell.key) || itemOf(cell.key)) return;
    const hit = matchKey(cell.key, TABLE2.columns);
    const def = hit ? column(hit.id) : undefined;
    if (hit && def) {
      header.set(i, def.id);
      builder.addColumn(def.id, labelMatch(cell.text, def.label, matchQuality(cell.text, def.label, hit.alias, false), cell.position), def.versions);
      if (def.versions.length === 1) state.seenVersions.add(def.versions[0]!);
      return;
    }
    // Typos (`先行有效件数`): reported, and still read under the closest column of this block.
    const near = closestLabel(cell.key, candidates) ?? closestLabel(cell.key, TABLE2.columns);
    builder.addUnmatched('column', cell.text, near?.label ?? null, cell.position);
    const nearDef = near ? column(near.id) : undefined;
    // "The position fits": some block (of this item, when known) has that column at this index.
    const fits = near ? (state.item ? blocksOf(state.item) : TABLE2.blocks).some((b) => b.columns[i - 1] === near.id) : false;
    if (near && nearDef && fits && allowed.includes(near.id) && typoAcceptable(near.distance, cell.key.length)) {
      header.set(i, nearDef.id);
      builder.addColumn(nearDef.id, labelMatch(cell.text, nearDef.label, 'normalized', cell.position), nearDef.versions);
    }
  });
  state.header = header;
}

/** Default columns of an item when no usable header was typed. */
function defaultColumns(item: number, prefer: FormatVersion | null): Map<number, string> {
  const blocks = blocksOf(item);
  const block = blocks.find((b) => prefer && b.versions.includes(prefer)) ?? blocks[blocks.length - 1];
  return new Map((block?.columns ?? []).map((id, k) => [k + 1, id]));
}

function readDataRow(builder: TableBuilder, state: State, row: GridRow, hint: FormatVersion | null): void {
  const first = row.cells[0];
  if (!first || row.cells.every((c) => isBlankKey(c.key))) return;
  let hit = matchKey(first.key, TABLE2.rows);
  let quality = hit ? matchQuality(first.text, hit.official, hit.alias, false) : 'normalized';
  if (!hit) {
    hit = matchKey(stripUnitNote(first.key), TABLE2.rows);
    quality = 'normalized';
  }
  if (!hit) {
    const near = closestLabel(first.key, TABLE2.rows);
    builder.addUnmatched('row', first.text, near?.label ?? null, first.position);
    if (!near || !typoAcceptable(near.distance, first.key.length)) return;
    hit = { id: near.id, official: near.label, alias: false };
  }
  const def = TABLE2.rows.find((r) => r.id === hit.id)!;
  const item = Number((def.group ?? '').replace('item', '')) || null;
  // Rows identify their block: a row of another item starts that block (the header is kept only
  // if its columns belong to that item, checked below).
  if (item) state.item = item;
  let header = state.header;
  const allowed = item ? blocksOf(item).flatMap((b) => b.columns) : [];
  if (!header || header.size === 0 || ![...header.values()].every((id) => allowed.includes(id))) {
    const prefer = def.versions.length === 1 ? def.versions[0]! : state.seenVersions.size === 1 ? [...state.seenVersions][0]! : hint;
    header = item ? defaultColumns(item, prefer) : new Map();
  }
  if (builder.findRow(def.id)) {
    builder.addUnmatched('row', first.text, def.label, first.position);
    return;
  }
  const cells: Record<string, ModelCell> = {};
  for (const [i, id] of header) {
    const cell: GridCell | undefined = row.cells[i];
    cells[id] = cell ? readCell(cell.text, cell.position) : readCell('', rowEnd(row));
  }
  builder.addRow(def.id, labelMatch(first.text, def.label, quality, first.position), def.versions, cells, row.position);
  for (const v of def.versions.length === 1 ? def.versions : []) state.seenVersions.add(v);
}

const isHeaderRow = (row: GridRow): boolean =>
  row.cells[0]?.key === HEADER_KEY || row.cells.slice(1).some((c) => !isBlankKey(c.key) && matchKey(c.key, TABLE2.columns) !== null);

export function readTable2(pieces: Table2Piece[], hint: FormatVersion | null): ModelTable | null {
  const firstPiece = pieces[0];
  if (!firstPiece) return null;
  const builder = new TableBuilder('table2', nodePosition(firstPiece.table));
  const state: State = { item: null, header: null, seenVersions: new Set() };
  for (const piece of pieces) {
    state.header = null;
    if (piece.title) readTitle(builder, state, piece.title.text, piece.title.position);
    for (const row of tableGrid(piece.table)) {
      if (isCaptionRow(row, TABLE2.caption)) continue;
      const firstText = row.cells.find((c) => !isBlankKey(c.key));
      if (firstText && itemOf(firstText.key) !== null) {
        readTitle(builder, state, firstText.text, firstText.position);
        if (row.cells.some((c) => c !== firstText && !isBlankKey(c.key) && matchKey(c.key, TABLE2.columns))) readHeader(builder, state, row);
        continue;
      }
      if (isHeaderRow(row)) readHeader(builder, state, row);
      else readDataRow(builder, state, row, hint);
    }
  }
  return builder.finish();
}
