/** Finds the GFM tables, classifies them and reads 表二/表三/表四. */
import type { Nodes, Root, Table } from 'mdast';
import type { FormatVersion } from '../formats/types.js';
import type { ModelTable, Position } from '../model/types.js';
import { classifyTable } from './table-classify.js';
import { itemOf, readTable2, type Table2Piece } from './table2.js';
import { continuesTable3, readTable3 } from './table3.js';
import { readTable4 } from './table4.js';
import { normalizeLabel, trimText } from './normalize.js';
import { nodePosition, nodeText } from './text.js';

export interface TablesResult {
  table2: ModelTable | null;
  table3: ModelTable | null;
  table4: ModelTable | null;
  otherTables: Position[];
}

/** The `第二十条第（N）项` line right before a table, if that is what the previous block is. */
function titleBefore(siblings: Nodes[], index: number): Table2Piece['title'] {
  for (let i = index - 1; i >= 0; i--) {
    const prev = siblings[i]!;
    if (prev.type === 'html') continue;
    if (prev.type !== 'paragraph' && prev.type !== 'heading') return null;
    const lines = nodeText(prev).split('\n').map(trimText).filter(Boolean);
    const last = lines[lines.length - 1] ?? '';
    if (last.length > 40 || itemOf(normalizeLabel(last)) === null) return null;
    return { text: last, position: nodePosition(prev) };
  }
  return null;
}

/** Never throws: a table that cannot be read is listed as an other table. */
function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export function readTables(tree: Root, hint: FormatVersion | null): TablesResult {
  const res: TablesResult = { table2: null, table3: null, table4: null, otherTables: [] };
  const pieces: Table2Piece[] = [];
  let table3: Table | null = null;
  const table3More: Table[] = [];
  const walk = (node: Nodes): void => {
    if (!('children' in node) || !Array.isArray(node.children)) return;
    const siblings = node.children as Nodes[];
    siblings.forEach((child, index) => {
      if (child.type !== 'table') return walk(child);
      const table = child as Table;
      const title = titleBefore(siblings, index);
      const kind = safe(() => classifyTable(table, title !== null), 'other' as const);
      if (kind === 'table2') pieces.push({ table, title });
      else if (kind === 'table3' && !table3) table3 = table;
      else if (kind === 'table3' && safe(() => continuesTable3(table), false)) table3More.push(table);
      else if (kind === 'table4' && !res.table4) res.table4 = safe(() => readTable4(table), null);
      else res.otherTables.push(nodePosition(table));
    });
  };
  walk(tree);
  const first = table3;
  if (first) res.table3 = safe(() => readTable3(first, table3More), null);
  res.table2 = safe(() => readTable2(pieces, hint), null);
  return res;
}
