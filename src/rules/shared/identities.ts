/**
 * A generic evaluator for the `IdentityDef`s declared in src/formats: Σleft = Σright, for every row
 * (axis 'row') or every column (axis 'column'). Rules choose which identity id to evaluate and how to
 * word the finding; the evaluator finds the mismatches.
 */
import { FORMAT_VERSIONS } from '../../formats/index.js';
import type { IdentityDef, OfficialTableDef } from '../../formats/index.js';
import type { ModelCell, ModelTable } from '../../model/types.js';
import { usableValue, sum } from './numbers.js';
import { columnDef, findRow } from './tables.js';

export interface Term {
  /** The id on the identity's side: a column id (axis 'row') or a row id (axis 'column'). */
  id: string;
  cell: ModelCell;
  value: number;
}

export interface IdentityMismatch {
  identity: IdentityDef;
  /** The row id (axis 'row') or column id (axis 'column') the identity failed in. */
  lineId: string;
  left: Term[];
  right: Term[];
  leftSum: number;
  rightSum: number;
}

/**
 * The identity declarations that apply to the table. For a table of one version: those of that version.
 * Otherwise the declarations shared by both versions as they are; for a 'mixed' table, version-specific
 * ones (one per version) are merged into one declaration over the ids of all versions that are actually
 * present (a mixed 表三 sums whichever （六） rows it has); for a table of unknown version they are skipped.
 */
export function applicableIdentities(table: ModelTable, def: OfficialTableDef, id: string): IdentityDef[] {
  const candidates = def.identities.filter((i) => i.id === id);
  const version = table.version;
  if (version === '2019' || version === '2021') return candidates.filter((i) => i.versions.includes(version));
  const shared = candidates.filter((i) => FORMAT_VERSIONS.every((v) => i.versions.includes(v)));
  const specific = candidates.filter((i) => !shared.includes(i));
  // Unknown version: none of the rows that tell the versions apart is there, so a version-specific sum
  // would miss rows that table-row-missing already reports.
  if (specific.length === 0 || version === null) return shared;
  const byVersion = FORMAT_VERSIONS.map((v) => specific.filter((i) => i.versions.includes(v)));
  if (!byVersion.every((list) => list.length === 1)) return shared;
  const first = specific[0]!;
  const merge = (pick: (i: IdentityDef) => string[]) =>
    [...new Set(specific.flatMap(pick))].filter((x) => hasLine(table, x, first.axis));
  return [...shared, { ...first, left: merge((i) => i.left), right: merge((i) => i.right), versions: [...FORMAT_VERSIONS] }];
}

/** Whether the table has the row (axis 'column': ids are rows) or the column (axis 'row'). */
function hasLine(table: ModelTable, id: string, axis: IdentityDef['axis']): boolean {
  return axis === 'column' ? findRow(table, id) !== undefined : table.columns.some((c) => c.columnId === id);
}

/** All mismatches of the identities with this id. Comparisons needing a missing or unusable cell are skipped. */
export function evaluateIdentity(table: ModelTable, def: OfficialTableDef, id: string): IdentityMismatch[] {
  return applicableIdentities(table, def, id).flatMap((identity) =>
    identity.axis === 'row' ? evaluateRows(table, def, identity) : evaluateColumns(table, def, identity),
  );
}

function evaluateRows(table: ModelTable, def: OfficialTableDef, identity: IdentityDef): IdentityMismatch[] {
  const rows = table.rows.filter((r) => !identity.rows || identity.rows.includes(r.rowId));
  const seen = new Set<string>();
  const out: IdentityMismatch[] = [];
  for (const row of rows) {
    if (seen.has(row.rowId)) continue;
    seen.add(row.rowId);
    const term = (columnId: string): Term | null => {
      const cell = row.cells[columnId];
      const kind = columnDef(def, columnId)?.kind ?? 'count';
      const value = usableValue(cell, kind);
      return cell && value !== null ? { id: columnId, cell, value } : null;
    };
    const mismatch = compare(identity, row.rowId, identity.left.map(term), identity.right.map(term));
    if (mismatch) out.push(mismatch);
  }
  return out;
}

function evaluateColumns(table: ModelTable, def: OfficialTableDef, identity: IdentityDef): IdentityMismatch[] {
  const columns = def.columns.filter(
    (c) => (!identity.columns || identity.columns.includes(c.id)) && table.columns.some((m) => m.columnId === c.id),
  );
  const out: IdentityMismatch[] = [];
  for (const column of columns) {
    const term = (rowId: string): Term | null => {
      const cell = findRow(table, rowId)?.cells[column.id];
      const value = usableValue(cell, column.kind);
      return cell && value !== null ? { id: rowId, cell, value } : null;
    };
    const mismatch = compare(identity, column.id, identity.left.map(term), identity.right.map(term));
    if (mismatch) out.push(mismatch);
  }
  return out;
}

function compare(identity: IdentityDef, lineId: string, left: (Term | null)[], right: (Term | null)[]): IdentityMismatch | null {
  if (left.length === 0 || right.length === 0) return null;
  if (left.some((t) => t === null) || right.some((t) => t === null)) return null;
  const l = left as Term[];
  const r = right as Term[];
  const leftSum = sum(l.map((t) => t.value));
  const rightSum = sum(r.map((t) => t.value));
  return leftSum === rightSum ? null : { identity, lineId, left: l, right: r, leftSum, rightSum };
}
