/**
 * Planned fills → text edits. A blank cell's padding is replaced by ` value `; a cell missing at the end
 * of a short row is appended after the row's last pipe (several in column order, and only when every
 * missing cell before it is filled too, so that no value lands in another column).
 */
import type { OfficialTableDef } from '../formats/index.js';
import type { ModelCell, ModelTable, Position } from '../model/types.js';
import { formatNumber } from '../rules/shared/numbers.js';
import { identitySides } from '../rules/shared/identity-message.js';
import { cellPlace } from '../rules/shared/places.js';
import { cellSource, type SourceText } from './source-text.js';
import type { Fill } from './totals.js';
import type { FixPlan, TextEdit } from './types.js';

const isPoint = (p: Position) => p.line === p.endLine && p.column === p.endColumn;
const BLANKISH = /^[\s\u00a0\u3000\u200b\ufeff]*$/u;

function describe(fill: Fill): string {
  const { ref, value, equation } = fill;
  return `填写空白的${cellPlace(ref.def, ref.row.rowId, ref.columnId)}：${formatNumber(value)}（${identitySides(equation.identity).right}）`;
}

export interface FillPlan extends FixPlan {
  /** The fills each edit writes. */
  written: Map<TextEdit, Fill[]>;
}

export function fillEdits(source: SourceText, fills: readonly Fill[]): FillPlan {
  const plan: FillPlan = { edits: [], refusals: [], written: new Map() };
  const missing = new Map<string, Fill[]>();
  for (const fill of fills) {
    const { cell } = fill.ref;
    if (isPoint(cell.position)) {
      const key = `${cell.position.line}:${cell.position.column}`;
      missing.set(key, [...(missing.get(key) ?? []), fill]);
      continue;
    }
    const cs = cellSource(source, cell.position);
    if (!cs || !BLANKISH.test(cs.content)) {
      plan.refusals.push({
        message: `${cellPlace(fill.ref.def, fill.ref.row.rowId, fill.ref.columnId)}看似空白，但单元格中有其他内容（如 HTML 或转义字符）：nianbao 未填写，应为 ${formatNumber(fill.value)}，请手工填写`,
        position: cell.position,
      });
      continue;
    }
    const edit = { start: cs.innerStart, end: cs.innerEnd, text: ` ${formatNumber(fill.value)} `, position: cell.position, description: describe(fill) };
    plan.edits.push(edit);
    plan.written.set(edit, [fill]);
  }
  for (const group of missing.values()) appendMissing(source, group, plan);
  return plan;
}

/** Cells absent from a short row share one point (the row's end): append them in column order. */
function appendMissing(source: SourceText, group: Fill[], plan: FillPlan): void {
  const first = group[0]!;
  const { table, row } = first.ref;
  const point = first.ref.cell.position;
  const order = columnOrder(table, first.ref.def);
  const absent = Object.entries(row.cells)
    .filter(([, cell]) => isPoint(cell.position) && cell.position.line === point.line && cell.position.column === point.column)
    .map(([columnId]) => columnId)
    .sort((a, b) => order(a) - order(b));
  const byColumn = new Map(group.map((f) => [f.ref.columnId, f]));
  const values: Fill[] = [];
  for (const columnId of absent) {
    const fill = byColumn.get(columnId);
    if (!fill) break;
    values.push(fill);
  }
  const at = source.offset(point.line, point.column);
  for (const fill of group.filter((f) => !values.includes(f) || at === null)) {
    plan.refusals.push({
      message: `${cellPlace(fill.ref.def, fill.ref.row.rowId, fill.ref.columnId)}在该行中缺失，且它前面还有无法计算的缺失单元格：nianbao 未补写，应为 ${formatNumber(fill.value)}，请手工补上`,
      position: fill.ref.cell.position,
    });
  }
  if (values.length === 0 || at === null) return;
  let before = at;
  while (before > 0 && /[ \t]/.test(source.text[before - 1]!)) before--;
  const lead = source.text[before - 1] === '|' ? '' : ' |';
  const text = `${lead} ${values.map((f) => formatNumber(f.value)).join(' | ')} |`;
  const edit: TextEdit = {
    start: at,
    end: at,
    text,
    position: point,
    description: values.map((f) => `${describe(f)}（该行原缺此单元格，已补上）`).join('；'),
  };
  plan.edits.push(edit);
  plan.written.set(edit, values);
}

/**
 * The typed order of a table's columns: by source column in the row with the most present cells,
 * falling back on the official order for columns never typed.
 */
function columnOrder(table: ModelTable, def: OfficialTableDef): (columnId: string) => number {
  let best: [string, ModelCell][] = [];
  for (const row of table.rows) {
    const present = Object.entries(row.cells).filter(([, c]) => !isPoint(c.position) && c.position.line === row.position.line);
    if (present.length > best.length) best = present;
  }
  const typed = best.sort(([, a], [, b]) => a.position.column - b.position.column).map(([id]) => id);
  return (columnId) => {
    const i = typed.indexOf(columnId);
    return i >= 0 ? i : 1000 + def.columns.findIndex((c) => c.id === columnId);
  };
}
