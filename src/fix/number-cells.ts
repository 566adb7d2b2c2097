/**
 * Numbers typed with full-width characters (`１２`, `７６４．８万元`) → half-width, and U+3000 / NBSP
 * around a value removed. Only cells the reader already reads as numbers, so the value cannot change.
 */
import type { ReportModel } from '../model/types.js';
import { allCells } from '../rules/shared/cells.js';
import { trimText } from '../reader/normalize.js';
import { cellSource, type SourceText } from './source-text.js';
import type { FixPlan } from './types.js';

const FULL_WIDTH: Record<string, string> = { '．': '.', '，': ',', '＋': '+', '－': '-' };

/** Full-width digits, decimal point, thousands comma and signs → ASCII; everything else as typed. */
export function halfWidthNumber(text: string): string {
  return text.replace(/[０-９．，＋－]/gu, (ch) => FULL_WIDTH[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export function numberCellEdits(source: SourceText, model: ReportModel): FixPlan {
  const plan: FixPlan = { edits: [], refusals: [] };
  for (const { cell, place } of allCells(model)) {
    if (cell.state !== 'number') continue;
    const cs = cellSource(source, cell.position);
    // Only a cell whose source is the value itself (no markup, entities or line breaks around it).
    if (!cs || trimText(cs.content) !== cell.raw) continue;
    const fixed = halfWidthNumber(cell.raw);
    if (fixed === cs.content) continue;
    const what = [
      fixed !== cell.raw ? `全角数字改为半角（「${cell.raw}」→「${fixed}」）` : '',
      cs.content !== cell.raw ? '去掉数值前后的全角空格' : '',
    ].filter(Boolean).join('，');
    plan.edits.push({ start: cs.contentStart, end: cs.contentEnd, text: fixed, position: cell.position, description: `${place}：${what}` });
  }
  return plan;
}
