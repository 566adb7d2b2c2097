/** Cell text → ModelCell (FORMAT.md §2, §3: counts, signed numbers, amounts with units). */
import type { ModelCell, Position } from '../model/types.js';
import { trimText } from './normalize.js';

const UNITS = ['万元', '元', '件', '项', '个'] as const;
const NUMBER = /^([+\-])?(\d+(?:,\d{3})*|\d+)(?:\.(\d+))?$/;

export function readCell(text: string, position: Position): ModelCell {
  const raw = trimText(String(text ?? '').replace(/<br\s*\/?>/gi, ' '));
  const blank = { raw, state: 'blank' as const, value: null, unit: null, decimals: 0, position };
  if (raw === '' || /^[\s\u00a0\u3000]*$/.test(raw)) return blank;
  const invalid: ModelCell = { raw, state: 'invalid', value: null, unit: null, decimals: 0, position };
  if (raw.length > 64) return invalid;
  // NFKC turns full-width digits, `＋`, `．` and `，` into ASCII; the minus signs need a hand.
  let s = raw.normalize('NFKC').replace(/[−－‐‑–]/g, '-').replace(/[\s\u00a0\u3000]+/g, '');
  let unit: string | null = null;
  for (const u of UNITS) {
    if (s.endsWith(u)) {
      unit = u;
      s = s.slice(0, -u.length);
      break;
    }
  }
  const m = NUMBER.exec(s);
  if (!m) return invalid;
  const digits = (m[2] ?? '').replace(/,/g, '');
  const fraction = m[3] ?? '';
  const value = Number(`${m[1] === '-' ? '-' : ''}${digits}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return invalid;
  // Avoid -0 for `-0`: a count of zero typed with a sign is still zero.
  return { raw, state: 'number', value: value === 0 ? 0 : value, unit, decimals: fraction.length, position };
}
