/** Official table declarations by id, and Chinese labels for rows, columns and cells in messages. */
import { TABLE2, TABLE3, TABLE4 } from '../../formats/index.js';
import type { ColumnDef, OfficialTableDef, RowDef } from '../../formats/index.js';
import type { ModelRow, ModelTable, ReportModel } from '../../model/types.js';

export const TABLE_DEFS: Record<ModelTable['id'], OfficialTableDef> = {
  table2: TABLE2,
  table3: TABLE3,
  table4: TABLE4,
};

/** The model's tables that are present, with their official declarations. */
export function presentTables(model: ReportModel): { table: ModelTable; def: OfficialTableDef }[] {
  const tables = [model.table2, model.table3, model.table4];
  return tables.filter((t): t is ModelTable => t !== null).map((table) => ({ table, def: TABLE_DEFS[table.id] }));
}

export function columnDef(def: OfficialTableDef, id: string): ColumnDef | undefined {
  return def.columns.find((c) => c.id === id);
}

export function rowDef(def: OfficialTableDef, id: string): RowDef | undefined {
  return def.rows.find((r) => r.id === id);
}

/** The first row of the table with this official id (duplicates are reported elsewhere). */
export function findRow(table: ModelTable, rowId: string): ModelRow | undefined {
  return table.rows.find((r) => r.rowId === rowId);
}

/**
 * A row's label with its sub-group, so that leaves are unambiguous:
 * `（三）不予公开 1.属于国家秘密`, `第二十条第（一）项 规章`, `（七）总计`.
 * Top groups that only frame the rows (三、本年度办理结果) are left out.
 */
export function rowLabel(def: OfficialTableDef, rowId: string): string {
  const row = rowDef(def, rowId);
  if (!row) return rowId;
  const group = def.rowGroups.find((g) => g.id === row.group);
  if (!group || (!group.parent && def.id === 'table3')) return row.label;
  return `${group.label} ${row.label}`;
}

/** A column's label with its groups where the leaf alone is ambiguous (表四): `复议后起诉·总计`. */
export function columnLabel(def: OfficialTableDef, columnId: string): string {
  const column = columnDef(def, columnId);
  if (!column) return columnId;
  if (def.id !== 'table4') return column.label;
  const group = def.columnGroups.find((g) => g.id === column.group);
  if (!group) return column.label;
  const parent = def.columnGroups.find((g) => g.id === group.parent);
  return [parent?.label, group.label, column.label].filter(Boolean).join('·');
}
