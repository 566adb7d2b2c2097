/** Positions and place names for findings. */
import type { OfficialTableDef } from '../../formats/index.js';
import type { ModelCell, Position, ReportModel } from '../../model/types.js';
import { columnLabel, rowLabel } from './tables.js';

/** The range from the first to the last position (source order as given). */
export function span(positions: readonly Position[]): Position {
  const first = positions[0];
  const last = positions[positions.length - 1];
  if (!first || !last) throw new Error('span of no positions');
  return { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}

export function cellSpan(cells: readonly { cell: ModelCell }[]): Position {
  return span(cells.map((c) => c.cell.position));
}

/** The zero-width point where something starts. */
export function pointAt(position: Position): Position {
  return { line: position.line, column: position.column, endLine: position.line, endColumn: position.column };
}

/** The zero-width point right after something. */
export function pointAfter(position: Position): Position {
  return { line: position.endLine, column: position.endColumn, endLine: position.endLine, endColumn: position.endColumn };
}

/** `表三「（五）不予处理 2.重复申请」行「总计」列`; 表四 has one data row, so only the column is named. */
export function cellPlace(def: OfficialTableDef, rowId: string, columnId: string): string {
  if (def.id === 'table4') return `${def.name}「${columnLabel(def, columnId)}」`;
  return `${def.name}「${rowLabel(def, rowId)}」行「${columnLabel(def, columnId)}」列`;
}

/**
 * The last position the model knows of: where a missing part at the end of the report belongs.
 * The model has no document end, so this is the end of its last known element.
 */
export function lastKnownPosition(model: ReportModel): Position {
  const all: Position[] = [
    ...(model.title ? [model.title.position] : []),
    ...model.sections.map((s) => s.position),
    ...model.headings.map((h) => h.position),
    ...[model.table2, model.table3, model.table4].flatMap((t) =>
      t ? [t.position, ...t.rows.map((r) => r.position)] : [],
    ),
    ...model.otherTables,
    ...(model.signOff.agency ? [model.signOff.agency.position] : []),
    ...(model.signOff.date ? [model.signOff.date.position] : []),
    ...model.periodStatements.map((p) => p.position),
  ];
  const start: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return all.reduce(
    (a, b) => (b.endLine > a.endLine || (b.endLine === a.endLine && b.endColumn > a.endColumn) ? b : a),
    start,
  );
}
