/**
 * The report's data as files: `<name>.json` (metadata + every table cell with ids, labels and
 * values) and `<name>.csv` (one row per cell, UTF-8 with BOM so Excel reads the Chinese).
 * Labels are the official ones (formats/), so files from different reports line up.
 */
import { TABLE2, TABLE3, TABLE4, type OfficialTableDef } from '../formats/index.js';
import type { DateValue, ModelTable, ReportModel } from '../model/types.js';

export interface CellRecord {
  table: string;
  tableName: string;
  /** Row group path (表二 block title; 表三 `三、本年度办理结果 / （三）不予公开`). */
  group: string;
  rowId: string;
  rowLabel: string;
  columnId: string;
  columnGroup: string;
  columnLabel: string;
  raw: string;
  value: number | null;
  unit: string | null;
  state: string;
}

export interface ReportData {
  generator: 'nianbao';
  source: string;
  title: string | null;
  agency: string | null;
  agencyKind: string;
  year: number | null;
  signOffDate: string | null;
  publicationDate: string | null;
  sections: Array<{ number: number; title: string; typed: string }>;
  tables: Array<{ id: string; name: string; caption: string; version: string | null; cells: CellRecord[] }>;
}

const DEFS: Record<ModelTable['id'], OfficialTableDef> = { table2: TABLE2, table3: TABLE3, table4: TABLE4 };

export function reportData(model: ReportModel, source: string): ReportData {
  const tables = [model.table2, model.table3, model.table4]
    .filter((t): t is ModelTable => t !== null)
    .map((table) => {
      const def = DEFS[table.id];
      return { id: table.id, name: def.name, caption: def.caption, version: table.version, cells: tableCells(table, def) };
    });
  return {
    generator: 'nianbao',
    source,
    title: model.title?.value ?? null,
    agency: model.agency?.value ?? model.signOff.agency?.value ?? null,
    agencyKind: model.agencyKind,
    year: model.year?.value ?? null,
    signOffDate: isoDay(model.signOff.date?.value),
    publicationDate: isoDay(model.publicationDate?.value),
    sections: model.sections.map((s) => ({ number: s.number, title: s.official, typed: s.typed })),
    tables,
  };
}

function tableCells(table: ModelTable, def: OfficialTableDef): CellRecord[] {
  const rowGroupPath = groupPath(def.rowGroups);
  const columnGroupPath = groupPath(def.columnGroups);
  const records: CellRecord[] = [];
  for (const row of table.rows) {
    const rowDef = def.rows.find((r) => r.id === row.rowId);
    for (const column of table.columns) {
      const cell = row.cells[column.columnId];
      if (!cell) continue;
      const columnDef = def.columns.find((c) => c.id === column.columnId);
      records.push({
        table: table.id,
        tableName: def.name,
        group: rowGroupPath(rowDef?.group),
        rowId: row.rowId,
        rowLabel: row.label.official,
        columnId: column.columnId,
        columnGroup: columnGroupPath(columnDef?.group),
        columnLabel: column.label.official,
        raw: cell.raw,
        value: cell.value,
        unit: cell.unit,
        state: cell.state,
      });
    }
  }
  return records;
}

/** Label path of a group and its parents, outermost first, joined by ` / `. */
function groupPath(groups: ReadonlyArray<{ id: string; label: string; parent?: string }>) {
  return (id: string | undefined): string => {
    const labels: string[] = [];
    const seen = new Set<string>();
    let current = id;
    while (current && !seen.has(current)) {
      seen.add(current);
      const group = groups.find((g) => g.id === current);
      if (!group) break;
      labels.unshift(group.label);
      current = group.parent;
    }
    return labels.join(' / ');
  };
}

export function dataJson(data: ReportData): string {
  return JSON.stringify(data, null, 2) + '\n';
}

export const CSV_HEADER = [
  'table', 'table_name', 'group', 'row_id', 'row_label', 'column_id', 'column_group', 'column_label', 'raw', 'value', 'unit',
] as const;

/** One line per cell, CRLF line ends (RFC 4180), with a UTF-8 BOM. */
export function dataCsv(data: ReportData): string {
  const lines = [CSV_HEADER.join(',')];
  for (const table of data.tables) {
    for (const c of table.cells) {
      const fields = [c.table, c.tableName, c.group, c.rowId, c.rowLabel, c.columnId, c.columnGroup, c.columnLabel, c.raw, c.value === null ? '' : String(c.value), c.unit ?? ''];
      lines.push(fields.map(csvField).join(','));
    }
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function csvField(text: string): string {
  // A leading =, +, - or @ would make a spreadsheet run it as a formula; numbers stay numbers.
  const guarded = /^[=+@-]/.test(text) && !/^[-+]?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function isoDay(value: DateValue | undefined): string | null {
  if (!value) return null;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(value.year, 4)}-${pad(value.month, 2)}-${pad(value.day, 2)}`;
}
