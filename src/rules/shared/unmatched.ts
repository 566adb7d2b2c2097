/** Labels the reader could not match: other label rules stay silent on them, so one mistake gives one finding. */
import type { ModelTable, Position } from '../../model/types.js';

const samePlace = (a: Position, b: Position) => a.line === b.line && a.column === b.column;

export function isUnmatched(table: ModelTable, position: Position): boolean {
  return table.unmatched.some((u) => samePlace(u.position, position));
}
