/**
 * Table figures the prose talks about: sums of 表三 rows, 表四 groups and 表二 cells, with the cell a
 * finding's `cause` points at. A 表三 figure has up to two candidate values: the 总计 column and the sum
 * of the six applicant columns (they differ only when the row total is wrong, which table3-row-total
 * reports; the prose agreeing with either is not a second finding).
 */
import { TABLE2, TABLE3 } from '../formats/index.js';
import type { ModelCell, ModelTable, ReportModel } from '../model/types.js';
import { usableValue } from '../rules/shared/numbers.js';
import { findRow } from '../rules/shared/tables.js';

export interface Figure {
  /** Distinct candidate values; the first is the one named in messages. */
  values: number[];
  /** Where the figure is printed (the first row's cell). */
  cell: ModelCell;
  /** `表三“一、本年新收”总计` */
  place: string;
}

const APPLICANTS = ['natural', 'business', 'research', 'charity', 'legal', 'other'];
const LEGAL_PERSONS = APPLICANTS.slice(1);

const SHORT: Record<string, string> = {
  new: '一、本年新收',
  carried: '二、上年结转',
  r7: '（七）总计',
  carryOver: '四、结转下年度继续办理',
  r1: '（一）予以公开',
  r2: '（二）部分公开',
  r3: '（三）不予公开',
  r4: '（四）无法提供',
  r5: '（五）不予处理',
  r6: '（六）其他处理',
};

/** The rows of 表三 that make up a row or a row group (`r3` = r3.1 … r3.8; `r6` = r6 or r6.1–r6.3). */
function rowsOf(table: ModelTable, id: string): string[] | null {
  const own = table.rows.filter((r) => r.rowId === id);
  if (own.length > 0) return [id];
  const leaves = [...new Set(table.rows.filter((r) => r.rowId.startsWith(`${id}.`)).map((r) => r.rowId))];
  // A group with a missing row (reported by table-row-missing) has no trustworthy sum.
  return leaves.length > 0 && leaves.length === GROUP_SIZES[id] ? leaves : null;
}

const GROUP_SIZES: Record<string, number> = { r3: 8, r4: 3, r5: 5, r6: 3 };

function sumColumns(table: ModelTable, rowIds: string[], columns: string[]): { value: number; cell: ModelCell } | null {
  let value = 0;
  let first: ModelCell | null = null;
  for (const rowId of rowIds) {
    const row = findRow(table, rowId);
    if (!row) return null;
    for (const c of columns) {
      const v = usableValue(row.cells[c], 'count');
      if (v === null) return null;
      value += v;
    }
    first ??= row.cells[columns.length === 1 ? columns[0]! : 'total'] ?? row.cells[columns[0]!] ?? null;
  }
  return first ? { value, cell: first } : null;
}

/**
 * A 表三 figure: the sum over `ids` (rows or row groups) of the column `column` (a column id, 'total', or
 * 'legalPersons' for the five 法人或其他组织 columns).
 */
export function table3Figure(model: ReportModel, ids: string[], column = 'total'): Figure | null {
  const table = model.table3;
  if (!table) return null;
  const groups = ids.map((id) => rowsOf(table, id));
  if (groups.some((g) => g === null)) return null;
  const rowIds = groups.flatMap((g) => g ?? []);
  if (rowIds.length === 0) return null;
  const values: number[] = [];
  let cell: ModelCell | null = null;
  const add = (r: { value: number; cell: ModelCell } | null) => {
    if (!r) return;
    cell ??= r.cell;
    if (!values.includes(r.value)) values.push(r.value);
  };
  if (column === 'total') {
    add(sumColumns(table, rowIds, ['total']));
    add(sumColumns(table, rowIds, APPLICANTS));
  } else if (column === 'legalPersons') {
    add(sumColumns(table, rowIds, LEGAL_PERSONS));
  } else add(sumColumns(table, rowIds, [column]));
  if (!cell || values.length === 0) return null;
  const rows = ids.map((id) => SHORT[id] ?? id).join('”与“');
  const several = ids.length > 1;
  const col =
    column === 'total'
      ? ids.length === 1 && ids[0] === 'r7' ? '' : '总计'
      : column === 'legalPersons' ? '法人或其他组织各列' : `“${TABLE3.columns.find((c) => c.id === column)?.label ?? column}”列`;
  const sum = several || column === 'legalPersons' ? '之和' : '';
  return { values, cell, place: `表三“${rows}”${col}${sum}` };
}

/** A 表四 figure: the sum of the named columns (`review.total`, `direct.total` …). */
export function table4Figure(model: ReportModel, columns: string[], place: string): Figure | null {
  const row = model.table4 ? findRow(model.table4, 'cases') ?? model.table4.rows[0] : undefined;
  if (!row) return null;
  let value = 0;
  for (const c of columns) {
    const v = usableValue(row.cells[c], 'count');
    if (v === null) return null;
    value += v;
  }
  const cell = row.cells[columns[0]!];
  return cell ? { values: [value], cell, place: `表四${place}` } : null;
}

/** A 表二 figure: one cell, or the sum of cells in one column over several rows. */
export function table2Figure(model: ReportModel, rowIds: string[], columnId: string): Figure | null {
  const table = model.table2;
  if (!table) return null;
  let value = 0;
  let cell: ModelCell | null = null;
  for (const rowId of rowIds) {
    const c = findRow(table, rowId)?.cells[columnId];
    const v = usableValue(c, 'count');
    if (!c || v === null) return null;
    cell ??= c;
    value += v;
  }
  if (!cell) return null;
  const rowLabel = (id: string) => TABLE2.rows.find((r) => r.id === id)?.label ?? id;
  const column = TABLE2.columns.find((c) => c.id === columnId)?.label ?? columnId;
  return { values: [value], cell, place: `表二“${rowIds.map(rowLabel).join('”与“')}”“${column}”` };
}

