/** The six official sections, from headings of any depth or heading-like paragraph lines (FORMAT.md §1). */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { distance } from 'fastest-levenshtein';
import { SECTIONS } from '../formats/index.js';
import type { SectionDef } from '../formats/types.js';
import type { ModelHeading, ModelSection, Position, SectionMatch } from '../model/types.js';
import { normalizeLabel, trimText } from './normalize.js';
import { nodePosition, nodeText, type Source } from './text.js';

const ORDINAL = /^([一二三四五六七八九十]{1,3})、/;
const withoutOrdinal = (key: string): string => key.replace(ORDINAL, '');

export function matchSection(typed: string): { def: SectionDef; match: SectionMatch } | null {
  const t = trimText(typed);
  // A trailing colon or full stop is a normalisation difference, not a different heading.
  const key = normalizeLabel(t).replace(/[:：.。]+$/, '');
  if (!key || key.length > 60) return null;
  for (const def of SECTIONS) if (t === def.title) return { def, match: 'exact' };
  for (const def of SECTIONS) if (key === normalizeLabel(def.title)) return { def, match: 'normalized' };
  for (const def of SECTIONS) if (def.variants.some((v) => normalizeLabel(v) === key)) return { def, match: 'variant' };
  const ordinal = ORDINAL.exec(key)?.[1];
  if (ordinal) {
    for (const def of SECTIONS) {
      const official = normalizeLabel(def.title);
      if (ORDINAL.exec(official)?.[1] !== ordinal) continue;
      const bodies = [def.title, ...def.variants].map((x) => withoutOrdinal(normalizeLabel(x)));
      const body = withoutOrdinal(key);
      // Near: an extra or missing character or two (`五、存在的主要问题及其改进情况`).
      if (bodies.some((b) => distance(body, b) <= Math.max(2, Math.floor(b.length / 5)))) return { def, match: 'near' };
    }
    // A wrong ordinal on an official title (`三、主动公开政府信息情况`): near the section the text names.
    const body = withoutOrdinal(key);
    for (const def of SECTIONS) {
      if ([def.title, ...def.variants].some((x) => withoutOrdinal(normalizeLabel(x)) === body)) return { def, match: 'near' };
    }
    return null;
  }
  // No ordinal at all (`## 总体情况`), but nothing else that looks like numbering either.
  if (/^[(（]?[一二三四五六七八九十\d]/.test(key)) return null;
  for (const def of SECTIONS) {
    if ([def.title, ...def.variants].some((x) => withoutOrdinal(normalizeLabel(x)) === key)) return { def, match: 'near' };
  }
  return null;
}

export interface SectionsResult {
  sections: ModelSection[];
  headings: ModelHeading[];
  /** Index in root.children of the block holding the last section heading, or -1. */
  lastSectionIndex: number;
  firstSectionIndex: number;
}

/** First line of a paragraph with its exact source span (the paragraph's first line). */
function firstLine(p: Paragraph, source: Source): { text: string; position: Position } {
  const text = nodeText(p).split('\n')[0] ?? '';
  const pos = nodePosition(p);
  const line = source.line(pos.line);
  const endColumn = line ? line.length + 1 : pos.column + text.length;
  return { text, position: { line: pos.line, column: pos.column, endLine: pos.line, endColumn: Math.max(endColumn, pos.column) } };
}

/** A paragraph line that looks like a section heading: `一、…`, short, not a sentence. */
const headingLike = (text: string): boolean => {
  const t = trimText(text);
  return ORDINAL.test(normalizeLabel(t)) && t.length <= 40 && !/[。；;，,]/.test(t.slice(0, -1));
};

export function readSections(tree: Root, source: Source): SectionsResult {
  const res: SectionsResult = { sections: [], headings: [], lastSectionIndex: -1, firstSectionIndex: -1 };
  const children: RootContent[] = tree.children ?? [];
  children.forEach((node, index) => {
    let text: string;
    let depth: number;
    let position: Position;
    if (node.type === 'heading') {
      text = trimText(nodeText(node as Heading).replace(/\n/g, ''));
      depth = node.depth;
      position = nodePosition(node);
    } else if (node.type === 'paragraph') {
      const line = firstLine(node, source);
      const lead = node.children?.[0];
      if (lead?.type === 'strong' && matchSection(nodeText(lead))) {
        // A bold heading, possibly run in with text on the same line (`**一、总体情况**2020年，…`).
        text = trimText(nodeText(lead));
        position = nodePosition(lead);
      } else if (headingLike(line.text)) {
        text = trimText(line.text);
        position = line.position;
      } else return;
      depth = 0;
    } else return;
    const hit = matchSection(text);
    if (hit) {
      res.sections.push({ number: hit.def.number, typed: text, official: hit.def.title, match: hit.match, depth, position });
      if (res.firstSectionIndex < 0) res.firstSectionIndex = index;
      res.lastSectionIndex = index;
    } else {
      res.headings.push({ text, depth, position });
    }
  });
  return res;
}
