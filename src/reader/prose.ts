/**
 * The prose of a report (model.prose): the text of every paragraph, heading and list-item paragraph
 * outside the tables, with the section it sits in and runs that map text offsets back to the source.
 * The prose rules read claims about the tables from it (src/prose/).
 */
import type { Nodes, Root } from 'mdast';
import type { ModelSection, ProseParagraph, ProseRun } from '../model/types.js';
import { htmlText, nodePosition, type Source } from './text.js';

/** What a live number (`:num[…]`) becomes in the prose text: one character that is no digit. */
export const LIVE_NUMBER_MARK = '\uFFFC';

/** How far ahead in the source a text character is looked for after a mismatch (escapes, entities, indents). */
const LOOKAHEAD = 12;

interface Builder {
  text: string;
  runs: ProseRun[];
}

/** Append a text node's value, aligning it with its source so that verbatim stretches become runs. */
function appendText(b: Builder, value: string, start: number | undefined, end: number | undefined, source: Source): void {
  const base = b.text.length;
  b.text += value;
  if (start === undefined || end === undefined || end < start) return;
  const src = source.text;
  let j = start;
  let run: ProseRun | null = null;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (j < end && src[j] === ch && ch !== '\n') {
      if (!run) {
        const p = source.pointAt(j);
        run = { offset: base + i, length: 0, line: p.line, column: p.column };
        b.runs.push(run);
      }
      run.length++;
      j++;
      continue;
    }
    run = null;
    if (ch === '\n') {
      // A soft line break: skip to the next line (its indent and `>` markers are not text).
      const nl = src.indexOf('\n', j);
      if (nl >= 0 && nl < end) j = nl + 1;
      continue;
    }
    const limit = Math.min(end, j + LOOKAHEAD);
    let k = j;
    while (k < limit && src[k] !== ch) k++;
    if (k < limit) {
      const p = source.pointAt(k);
      run = { offset: base + i, length: 1, line: p.line, column: p.column };
      b.runs.push(run);
      j = k + 1;
    }
  }
}

function appendInline(b: Builder, node: Nodes, source: Source): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      appendText(b, node.value, node.position?.start.offset, node.position?.end.offset, source);
      return;
    case 'break':
      b.text += '\n';
      return;
    case 'html':
      b.text += htmlText(node.value);
      return;
    case 'image':
      b.text += node.alt ?? '';
      return;
    case 'textDirective':
      b.text += LIVE_NUMBER_MARK;
      return;
    default:
      if ('children' in node && Array.isArray(node.children)) for (const c of node.children) appendInline(b, c as Nodes, source);
  }
}

function sectionAt(sections: readonly ModelSection[], line: number): number {
  let number = 0;
  let best = 0;
  for (const s of sections) {
    if (s.position.line <= line && s.position.line >= best) {
      best = s.position.line;
      number = s.number;
    }
  }
  return number;
}

export function readProse(tree: Root, source: Source, sections: readonly ModelSection[]): ProseParagraph[] {
  const out: ProseParagraph[] = [];
  const block = (node: Nodes, kind: ProseParagraph['kind']): void => {
    const b: Builder = { text: '', runs: [] };
    if ('children' in node && Array.isArray(node.children)) for (const c of node.children) appendInline(b, c as Nodes, source);
    if (!b.text.trim()) return;
    const position = nodePosition(node);
    out.push({ kind, text: b.text, section: sectionAt(sections, position.line), position, runs: b.runs });
  };
  const walk = (node: Nodes, inList: boolean): void => {
    switch (node.type) {
      case 'paragraph':
        block(node, inList ? 'listItem' : 'paragraph');
        return;
      case 'heading':
        block(node, 'heading');
        return;
      case 'table':
      case 'html':
      case 'code':
      case 'yaml':
        return;
      case 'listItem':
        for (const c of node.children) walk(c as Nodes, true);
        return;
      default:
        if ('children' in node && Array.isArray(node.children)) for (const c of node.children) walk(c as Nodes, inList);
    }
  };
  walk(tree, false);
  return out;
}
