/** The value a total cell should have, computed from the other side of its identity. */
import type { OfficialTableDef } from '../../formats/index.js';
import type { ModelTable } from '../../model/types.js';
import { applicableIdentities } from './identities.js';
import { identitySides } from './identity-message.js';
import { sum, usableValue } from './numbers.js';
import { columnDef, findRow } from './tables.js';

export interface Expected {
  value: number;
  /** Chinese: which sum it is (`各类申请人之和`). */
  reason: string;
}

/**
 * When the cell is the only left term of an identity ("total = parts") and every part is usable,
 * the sum of the parts. Otherwise null.
 */
export function expectedValue(table: ModelTable, def: OfficialTableDef, rowId: string, columnId: string): Expected | null {
  const ids = [...new Set(def.identities.map((i) => i.id))];
  for (const identity of ids.flatMap((id) => applicableIdentities(table, def, id))) {
    const isRow = identity.axis === 'row';
    const own = isRow ? columnId : rowId;
    if (identity.left.length !== 1 || identity.left[0] !== own) continue;
    if (isRow ? identity.rows && !identity.rows.includes(rowId) : identity.columns && !identity.columns.includes(columnId)) continue;
    const values = identity.right.map((part) => {
      const col = isRow ? part : columnId;
      const cell = findRow(table, isRow ? rowId : part)?.cells[col];
      return usableValue(cell, columnDef(def, col)?.kind ?? 'count');
    });
    if (values.some((v) => v === null)) continue;
    return { value: sum(values as number[]), reason: identitySides(identity).right };
  }
  return null;
}
