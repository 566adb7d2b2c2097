/** Every cell of every official table, with what the rules need to judge it. */
import type { ColumnDef, OfficialTableDef } from '../../formats/index.js';
import type { ModelCell, ModelRow, ModelTable, ReportModel } from '../../model/types.js';
import { columnDef, presentTables } from './tables.js';
import { cellPlace } from './places.js';

export interface CellSite {
  table: ModelTable;
  def: OfficialTableDef;
  row: ModelRow;
  column: ColumnDef;
  cell: ModelCell;
  /** `表三「…」行「…」列` */
  place: string;
}

export function allCells(model: ReportModel): CellSite[] {
  const out: CellSite[] = [];
  for (const { table, def } of presentTables(model)) {
    for (const row of table.rows) {
      for (const [columnId, cell] of Object.entries(row.cells)) {
        const column = columnDef(def, columnId);
        if (!column) continue;
        out.push({ table, def, row, column, cell, place: cellPlace(def, row.rowId, columnId) });
      }
    }
  }
  return out;
}
