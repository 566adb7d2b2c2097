/** Where official parts of the template belong, for findings about missing parts. */
import { SECTIONS } from '../../formats/index.js';
import type { OfficialTableDef, SectionDef } from '../../formats/index.js';
import type { ModelRow, ModelTable, Position, ReportModel } from '../../model/types.js';
import type { RuleContext } from '../types.js';
import { documentEnd } from './context.js';
import { pointAfter, pointAt } from './places.js';

/** The section a table belongs to: the one whose title ends with the table's caption. */
export function sectionOfTable(def: OfficialTableDef): SectionDef | undefined {
  return SECTIONS.find((s) => s.title.endsWith(def.caption));
}

/** Where section `number` should be: its own heading, else before the next present section, else the end. */
export function sectionPlace(model: ReportModel, context: RuleContext, number: number): Position {
  const own = model.sections.find((s) => s.number === number);
  if (own) return own.position;
  const next = model.sections
    .filter((s) => s.number > number)
    .sort((a, b) => a.position.line - b.position.line)[0];
  return next ? pointAt(next.position) : documentEnd(model, context);
}

/**
 * Where a missing row belongs: before the first present row that follows it in official order,
 * else after the last row of the table, else at the table.
 */
export function rowPlace(table: ModelTable, officialOrder: readonly string[], rowId: string): { position: Position; before: ModelRow | null } {
  const index = officialOrder.indexOf(rowId);
  for (const id of officialOrder.slice(index + 1)) {
    const row = table.rows.find((r) => r.rowId === id);
    if (row) return { position: pointAt(row.position), before: row };
  }
  const last = table.rows[table.rows.length - 1];
  return { position: last ? pointAfter(last.position) : pointAt(table.position), before: null };
}
