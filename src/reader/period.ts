/** Period statements: sentences about 统计期限 and the dates they give (FORMAT.md §1, §5). */
import type { Nodes, Root } from 'mdast';
import type { PeriodStatement } from '../model/types.js';
import { findDates } from './dates.js';
import { trimText } from './normalize.js';
import { nodePosition, nodeText, type Source } from './text.js';

const KEYWORDS = /统计(期限|时限|时间|区间|周期)/;
const SENTENCE = /[^。；;！？!?\n]*(?:[。；;！？!?]|$)/g;

export function readPeriods(tree: Root, source: Source): PeriodStatement[] {
  const out: PeriodStatement[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = nodeText(node);
      if (!KEYWORDS.test(text)) return;
      for (const m of text.matchAll(SENTENCE)) {
        const sentence = trimText(m[0]);
        if (!sentence || !KEYWORDS.test(sentence)) continue;
        const dates = findDates(sentence, true);
        out.push({
          text: sentence,
          start: dates[0]?.value ?? null,
          end: dates[1]?.value ?? null,
          position: source.locate(node, sentence) ?? nodePosition(node),
        });
      }
      return;
    }
    if ('children' in node && Array.isArray(node.children)) for (const c of node.children) walk(c as Nodes);
  };
  walk(tree);
  return out;
}
