/** Reading cell values for comparisons, and writing numbers in messages. */
import type { CellKind } from '../../formats/index.js';
import type { ModelCell } from '../../model/types.js';

/** Units a cell may carry, as factors to 万元 (amounts) or to 件 (counts). */
const AMOUNT_FACTORS: Record<string, number> = { 万元: 1, 元: 1 / 10000 };

const isMoney = (unit: string | null) => unit !== null && unit in AMOUNT_FACTORS;

/**
 * The value to use in a sum, or null when the cell is blank, not a number, or otherwise reported by a
 * cell rule (decimals in a count, negative where not signed, amount without unit): comparisons that
 * need it are skipped, so the same mistake is not reported twice. Amounts come back in 万元.
 */
export function usableValue(cell: ModelCell | undefined, kind: CellKind): number | null {
  if (!cell || cell.state !== 'number' || cell.value === null) return null;
  const value = cell.value;
  switch (kind) {
    case 'count':
      return cell.decimals > 0 || value < 0 || isMoney(cell.unit) ? null : value;
    case 'signed':
      return cell.decimals > 0 || isMoney(cell.unit) ? null : value;
    case 'amount-wan':
      if (cell.unit === null || cell.unit === '万元') return value;
      return cell.unit in AMOUNT_FACTORS ? value * (AMOUNT_FACTORS[cell.unit] ?? 1) : null;
    case 'amount-unit': {
      const factor = cell.unit === null ? undefined : AMOUNT_FACTORS[cell.unit];
      return factor === undefined ? null : value * factor;
    }
  }
}

/** Sum without floating-point noise for values with at most 6 decimals. */
export function sum(values: readonly number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
}

/** A number as it should be written in a message: no trailing zeros, no exponent. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}
