/**
 * The safety net after applying the edits: the fixed Markdown must read as the same tables (same rows
 * and columns, in the same order), every number typed before must read the same, and every filled cell
 * must hold its planned value. Anything else is a bug in the plan, and the file must not be written.
 */
import type { ModelTable, ReportModel } from '../model/types.js';
import type { Fill } from './totals.js';

export class FixVerificationError extends Error {}

export function verifyFixed(before: ReportModel, after: ReportModel, fills: readonly Fill[]): void {
  const fail = (what: string) => {
    throw new FixVerificationError(`修改后的报告读取结果与预期不符（${what}），已放弃修改`);
  };
  const filled = new Map(fills.map((f) => [f.ref.cell, f.value]));
  for (const id of ['table2', 'table3', 'table4'] as const) {
    const a = before[id];
    const b = after[id];
    if (!a || !b) {
      if (a || b) fail(`${id} 出现或消失`);
      continue;
    }
    if (!sameShape(a, b)) fail(`${id} 的行或列变了`);
    a.rows.forEach((row, i) => {
      const other = b.rows[i]!;
      for (const [columnId, cell] of Object.entries(row.cells)) {
        const now = other.cells[columnId];
        const planned = filled.get(cell);
        if (cell.state === 'number') {
          if (now?.state !== 'number' || now.value !== cell.value || now.unit !== cell.unit) fail(`${id} ${row.rowId}/${columnId} 的数值变了`);
        } else if (planned !== undefined) {
          if (now?.state !== 'number' || now.value !== planned) fail(`${id} ${row.rowId}/${columnId} 未按计划填写`);
        } else if (now?.state !== cell.state) {
          fail(`${id} ${row.rowId}/${columnId} 的状态变了`);
        }
      }
    });
  }
  if (before.sections.map((s) => s.number).join() !== after.sections.map((s) => s.number).join()) fail('章节变了');
}

function sameShape(a: ModelTable, b: ModelTable): boolean {
  const columns = (t: ModelTable) => t.columns.map((c) => c.columnId).join();
  const rows = (t: ModelTable) => t.rows.map((r) => `${r.rowId}:${Object.keys(r.cells).join('/')}`).join();
  return columns(a) === columns(b) && rows(a) === rows(b);
}
