/**
 * Breakdowns: a stated total followed by its parts, which must add up.
 * - In parentheses right after the total: `共公布政府信息2602条(其中机构职能类信息82条，…，其他…1053条)`.
 * - After `，其中`, up to a part labelled 其他/其余 (without such a closing part the list may be a
 *   selection, not the whole: `信息1200条，其中政策解读35条`, which is not judged).
 * Only breakdowns whose total and parts are all exact numbers of the same unit are judged.
 */
import type { ProseParagraph } from '../model/types.js';
import { findNumbers, type NumberToken } from './numbers.js';

export interface Breakdown {
  paragraph: ProseParagraph;
  total: NumberToken;
  parts: NumberToken[];
  /** Offsets of the parts, first to last. */
  partsStart: number;
  partsEnd: number;
  /** 'closed': the list ends with 其他/其余, or is in parentheses and reaches the total or beyond. */
  form: 'parentheses' | 'other-part';
  /** Whether the last part is labelled 其他/其余 (the writer meant the list to be complete). */
  closed: boolean;
  /** The total's statement (`共公布政府信息2602条`). */
  quote: string;
}

const OPEN = /^\s*[（(]/;
/** A remainder part closes the list; the result category 其他处理 is no remainder. */
const OTHER = /其他(?!处理)|其它|其余|另有/;
const SENTENCE_END = /[。！？!?；;\n]/;

function closingParen(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      depth--;
      if (depth === 0) return i;
    } else if (c === '。' || c === '\n') return -1;
  }
  return -1;
}

export function findBreakdowns(paragraphs: readonly ProseParagraph[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (const p of paragraphs) {
    if (p.kind === 'heading' || !/其中|[（(]/.test(p.text)) continue;
    const tokens = findNumbers(p.text).filter((t) => t.unit !== '%');
    for (let i = 0; i < tokens.length; i++) {
      const total = tokens[i]!;
      const rest = p.text.slice(total.unitEnd);
      let parts: NumberToken[] = [];
      let form: Breakdown['form'];
      if (OPEN.test(rest)) {
        const open = total.unitEnd + rest.search(/[（(]/);
        const close = closingParen(p.text, open);
        if (close < 0) continue;
        parts = tokens.filter((t) => t.start > open && t.unitEnd <= close + 1 && t.end <= close);
        form = 'parentheses';
      } else if (/^\s*[，,]?\s*其中/.test(rest)) {
        form = 'other-part';
        let labelStart = total.unitEnd;
        for (const t of tokens.slice(i + 1)) {
          const between = p.text.slice(labelStart, t.start);
          if (SENTENCE_END.test(between)) break;
          parts.push(t);
          labelStart = t.unitEnd;
          if (OTHER.test(between)) break;
        }
        const lastLabel = parts.length > 0 ? labelOf(p.text, parts, parts.length - 1, total) : '';
        if (!OTHER.test(lastLabel)) continue;
      } else continue;
      if (parts.length < 2) continue;
      const last = parts.length - 1;
      const quoteFrom = Math.max(
        0,
        ...['，', ',', '。', '；', '：', '\n'].map((c) => p.text.lastIndexOf(c, total.start - 1) + 1),
      );
      out.push({
        paragraph: p,
        total,
        parts,
        partsStart: parts[0]!.start,
        partsEnd: parts[last]!.unitEnd,
        form,
        closed: OTHER.test(labelOf(p.text, parts, last, total)),
        quote: p.text.slice(quoteFrom, total.unitEnd).trim(),
      });
    }
  }
  return out;
}

function labelOf(text: string, parts: NumberToken[], index: number, total: NumberToken): string {
  const from = index === 0 ? total.unitEnd : parts[index - 1]!.unitEnd;
  return text.slice(from, parts[index]!.start);
}
