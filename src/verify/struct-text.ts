/** The text of a structure element: the text of its marked-content kids, in order, recursively. */
import { mcidKey, type ExtractedText } from './pdfjs-text.js';
import type { StructNode } from './struct-tree.js';

export function nodeText(node: StructNode, text: ExtractedText): string {
  let out = '';
  for (const kid of node.kids) {
    if (kid.kind === 'element') out += nodeText(kid.node, text);
    else if (kid.kind === 'mcid' && kid.page !== undefined) out += text.byMcid.get(mcidKey(kid.page, kid.mcid)) ?? '';
  }
  return out;
}

/** The text of an element split by page (0-based), for elements whose content spans pages. */
export function nodeTextByPage(node: StructNode, text: ExtractedText, out = new Map<number, string>()): Map<number, string> {
  for (const kid of node.kids) {
    if (kid.kind === 'element') nodeTextByPage(kid.node, text, out);
    else if (kid.kind === 'mcid' && kid.page !== undefined) {
      out.set(kid.page, (out.get(kid.page) ?? '') + (text.byMcid.get(mcidKey(kid.page, kid.mcid)) ?? ''));
    }
  }
  return out;
}

/** Whitespace collapsed and trimmed: for display. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** All whitespace removed: for comparison (line breaks inside CJK text differ between PDF and HTML). */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
