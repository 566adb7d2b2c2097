/**
 * Which blank total cells can be filled, read from the `IdentityDef`s of src/formats ("total = Σ parts"):
 * a blank total whose parts are all usable numbers gets their sum, repeated until nothing changes (a
 * （七）/总计 corner after its row or column). A total that two identities would fill with different
 * values is left blank. Typed totals that disagree with their parts are conflicts, never changed.
 */
import type { IdentityDef, OfficialTableDef } from '../formats/index.js';
import type { ModelCell, ModelRow, ModelTable, ReportModel } from '../model/types.js';
import { applicableIdentities } from '../rules/shared/identities.js';
import { sum, usableValue } from '../rules/shared/numbers.js';
import { columnDef, findRow, presentTables } from '../rules/shared/tables.js';

/** One cell of an official table, addressed by official ids. */
export interface CellRef {
  table: ModelTable;
  def: OfficialTableDef;
  row: ModelRow;
  columnId: string;
  cell: ModelCell;
}

/** "target = Σ parts" for one row (axis 'row') or one column (axis 'column') of one identity. */
export interface Equation {
  identity: IdentityDef;
  target: CellRef;
  /** Null where the part's row or column is absent from the table. */
  parts: (CellRef | null)[];
}

export interface Fill {
  ref: CellRef;
  value: number;
  equation: Equation;
}

export interface Conflict {
  equation: Equation;
  typed: number;
  expected: number;
}

/** A blank total that identities would fill with different values. */
export interface Disagreement {
  ref: CellRef;
  candidates: { equation: Equation; value: number }[];
}

export interface TotalsPlan {
  fills: Fill[];
  conflicts: Conflict[];
  disagreements: Disagreement[];
}

/** Every "total = Σ parts" equation of the present tables (identities with one cell on the left). */
export function totalEquations(model: ReportModel): Equation[] {
  const out: Equation[] = [];
  for (const { table, def } of presentTables(model)) {
    const ids = [...new Set(def.identities.map((i) => i.id))];
    for (const identity of ids.flatMap((id) => applicableIdentities(table, def, id))) {
      if (identity.left.length !== 1 || identity.right.length === 0) continue;
      out.push(...(identity.axis === 'row' ? rowEquations(table, def, identity) : columnEquations(table, def, identity)));
    }
  }
  return out;
}

function ref(table: ModelTable, def: OfficialTableDef, row: ModelRow | undefined, columnId: string): CellRef | null {
  const cell = row?.cells[columnId];
  return row && cell ? { table, def, row, columnId, cell } : null;
}

function rowEquations(table: ModelTable, def: OfficialTableDef, identity: IdentityDef): Equation[] {
  const out: Equation[] = [];
  const seen = new Set<string>();
  const total = identity.left[0]!;
  for (const row of table.rows) {
    // Repeated rows are reported by table-row-duplicate; sums use the first occurrence, as the rules do.
    if (seen.has(row.rowId) || (identity.rows && !identity.rows.includes(row.rowId))) continue;
    seen.add(row.rowId);
    const target = ref(table, def, row, total);
    if (target) out.push({ identity, target, parts: identity.right.map((c) => ref(table, def, row, c)) });
  }
  return out;
}

function columnEquations(table: ModelTable, def: OfficialTableDef, identity: IdentityDef): Equation[] {
  const out: Equation[] = [];
  const totalRow = findRow(table, identity.left[0]!);
  for (const column of def.columns) {
    if (identity.columns && !identity.columns.includes(column.id)) continue;
    const target = ref(table, def, totalRow, column.id);
    if (target) out.push({ identity, target, parts: identity.right.map((r) => ref(table, def, findRow(table, r), column.id)) });
  }
  return out;
}

const kindOf = (r: CellRef) => columnDef(r.def, r.columnId)?.kind ?? 'count';

/** Sum of the parts with the fills so far, or null when a part is missing, blank or unusable. */
function partsSum(equation: Equation, filled: ReadonlyMap<ModelCell, number>): number | null {
  const values: number[] = [];
  for (const part of equation.parts) {
    if (!part) return null;
    const value = filled.get(part.cell) ?? usableValue(part.cell, kindOf(part));
    if (value === null) return null;
    values.push(value);
  }
  return sum(values);
}

export function planTotals(model: ReportModel): TotalsPlan {
  const equations = totalEquations(model);
  const blocked = new Map<ModelCell, Disagreement>();
  for (;;) {
    const filled = new Map<ModelCell, Fill>();
    const values = new Map<ModelCell, number>();
    for (let changed = true; changed; ) {
      changed = false;
      for (const equation of equations) {
        const { cell } = equation.target;
        if (cell.state !== 'blank' || values.has(cell) || blocked.has(cell)) continue;
        const value = partsSum(equation, values);
        if (value === null) continue;
        values.set(cell, value);
        filled.set(cell, { ref: equation.target, value, equation });
        changed = true;
      }
    }
    // A filled cell that another identity, now computable, sums differently: leave it blank and start over.
    const newlyBlocked = [...filled.values()].filter((fill) =>
      equations.some((e) => e.target.cell === fill.ref.cell && (partsSum(e, values) ?? fill.value) !== fill.value),
    );
    if (newlyBlocked.length === 0) {
      return { fills: [...filled.values()], conflicts: conflicts(equations, values), disagreements: [...blocked.values()] };
    }
    for (const fill of newlyBlocked) {
      const candidates = equations
        .filter((e) => e.target.cell === fill.ref.cell)
        .map((e) => ({ equation: e, value: partsSum(e, values) }))
        .filter((c): c is { equation: Equation; value: number } => c.value !== null);
      blocked.set(fill.ref.cell, { ref: fill.ref, candidates });
    }
  }
}

/** Typed totals whose parts (with the fills) add up to something else. */
function conflicts(equations: readonly Equation[], values: ReadonlyMap<ModelCell, number>): Conflict[] {
  const out: Conflict[] = [];
  for (const equation of equations) {
    const typed = usableValue(equation.target.cell, kindOf(equation.target));
    if (typed === null) continue;
    const expected = partsSum(equation, values);
    if (expected !== null && expected !== typed) out.push({ equation, typed, expected });
  }
  return out;
}
