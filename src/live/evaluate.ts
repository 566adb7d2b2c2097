/** Turns a live-number directive into its text, from the report model's tables. */
import type { LiveNumber, ModelTable, ReportModel } from '../model/types.js';
import { formatNumber, sum, usableValue } from '../rules/shared/numbers.js';
import { parseReference, type CellsReference, type Parsed } from './reference.js';

export type LiveKind = LiveNumber['kind'];

export const LIVE_KINDS: readonly LiveKind[] = ['num', 'sum', 'pct'];

function modelTable(model: ReportModel, ref: CellsReference): ModelTable | null {
  return model[ref.table.id];
}

/** The values of the referenced cells, or why they cannot be used. */
function values(model: ReportModel, ref: CellsReference): Parsed<{ values: number[]; unit: string | null }> {
  const table = modelTable(model, ref);
  if (!table) return { ok: false, problem: `报告中没有${ref.table.name}` };
  const column = ref.table.columns.find((c) => c.id === ref.column)!;
  const found: number[] = [];
  let unit: string | null = null;
  for (const rowId of ref.rows) {
    const row = table.rows.find((r) => r.rowId === rowId);
    const rowLabel = ref.table.rows.find((r) => r.id === rowId)?.label ?? rowId;
    if (!row) continue; // a row of the other format version: absent rows add nothing
    const cell = row.cells[column.id];
    const value = usableValue(cell, column.kind);
    if (value === null) {
      const state = !cell || cell.state === 'blank' ? '为空白' : `的「${cell.raw}」不是可用的数字`;
      return { ok: false, problem: `${ref.table.name}「${rowLabel}」行「${column.label}」列${state}` };
    }
    found.push(value);
    unit = cell?.unit ?? unit;
  }
  if (found.length === 0) return { ok: false, problem: `${ref.table.name}中没有所引用的行（它属于另一版本的格式）` };
  // Amounts are compared in 万元 (usableValue converts); counts carry no unit into the prose.
  const isAmount = column.kind === 'amount-unit' || column.kind === 'amount-wan';
  return { ok: true, value: { values: found, unit: isAmount ? '万元' : unit && !isAmount ? null : unit } };
}

export function evaluateLiveNumber(kind: LiveKind, reference: string, attributes: Record<string, string | null | undefined>, model: ReportModel): Parsed<string> {
  const parsed = parseReference(reference, kind !== 'num');
  if (!parsed.ok) return parsed;
  const numerator = values(model, parsed.value);
  if (!numerator.ok) return numerator;
  const total = sum(numerator.value.values);
  if (kind !== 'pct') return { ok: true, value: formatNumber(total) + (numerator.value.unit ?? '') };

  const baseText = attributes.of ?? (parsed.value.table.id === 'table3' ? null : undefined);
  if (baseText === undefined) return { ok: false, problem: `百分比需要用 {of="…"} 指明基数所在的行` };
  const baseRef: CellsReference = baseText === null ? { ...parsed.value, rows: ['r7'] } : { ...parsed.value, rows: [] };
  if (baseText !== null) {
    const base = parseReference(`${parsed.value.table.name} ${baseText} ${parsed.value.table.columns.find((c) => c.id === parsed.value.column)!.label}`, true);
    if (!base.ok) return base;
    baseRef.rows = base.value.rows;
  }
  const denominator = values(model, baseRef);
  if (!denominator.ok) return denominator;
  const base = sum(denominator.value.values);
  if (base === 0) return { ok: false, problem: '百分比的基数为 0，无法计算' };
  const digits = Number(attributes.digits ?? 1);
  if (!Number.isInteger(digits) || digits < 0 || digits > 4) return { ok: false, problem: `digits 应为 0 到 4 的整数` };
  return { ok: true, value: `${((total / base) * 100).toFixed(digits)}%` };
}
