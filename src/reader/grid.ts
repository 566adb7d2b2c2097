/** A GFM table as a plain grid of texts, keys and positions. */
import type { Table } from 'mdast';
import type { Position } from '../model/types.js';
import { normalizeLabel, trimText } from './normalize.js';
import { nodePosition, nodeText } from './text.js';

export interface GridCell {
  /** Text, trimmed, line breaks kept. */
  text: string;
  /** Matching key (normalizeLabel). */
  key: string;
  position: Position;
}

export interface GridRow {
  cells: GridCell[];
  position: Position;
}

const MAX_KEY = 2000;

export function tableGrid(table: Table): GridRow[] {
  const rows: GridRow[] = [];
  for (const row of table.children ?? []) {
    if (row?.type !== 'tableRow') continue;
    const cells: GridCell[] = [];
    for (const cell of row.children ?? []) {
      const text = trimText(nodeText(cell));
      // Huge cells are never labels; keep the key short so matching stays cheap.
      const key = text.length > MAX_KEY ? text.slice(0, MAX_KEY) : normalizeLabel(text);
      cells.push({ text, key, position: nodePosition(cell) });
    }
    rows.push({ cells, position: nodePosition(row) });
  }
  return rows;
}

/** A zero-width position at the end of a row: where a missing cell would have been. */
export function rowEnd(row: GridRow): Position {
  const p = row.position;
  return { line: p.endLine, column: p.endColumn, endLine: p.endLine, endColumn: p.endColumn };
}

export function isBlankKey(key: string): boolean {
  return key === '' || /^[\s\u00a0\u3000]*$/.test(key);
}

/** A number-like cell (data, not a label): digits with optional sign, decimals, unit. */
export function looksNumeric(key: string): boolean {
  return /^[+\-−－]?[\d,]+(\.\d+)?(万元|元|件|项|个)?$/.test(key);
}

/** Cells that could be data: numeric, or blank, or a dash/slash placeholder. */
export function looksData(key: string): boolean {
  return isBlankKey(key) || looksNumeric(key) || /^[—\-/／无]+$/.test(key);
}

/**
 * A caption typed as a table row (`| 表三 收到和处理政府信息公开申请情况 | | |`): one text that names
 * the table, no numbers. Skipped rather than reported as an unknown row.
 */
export function isCaptionRow(row: GridRow, caption: string): boolean {
  const texts = row.cells.filter((c) => !isBlankKey(c.key));
  if (texts.length !== 1 || texts.some((c) => looksNumeric(c.key))) return false;
  const key = texts[0]!.key;
  return /^表[一二三四1-4]/.test(key) || key.includes(normalizeLabel(caption));
}
