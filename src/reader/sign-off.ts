/** Sign-off: the agency line and the date at the end, after the last section (FORMAT.md §1, §5). */
import type { Root, RootContent } from 'mdast';
import type { DateValue, Located } from '../model/types.js';
import { findDates } from './dates.js';
import { trimText } from './normalize.js';
import { htmlText, nodePosition, nodeText, type Source } from './text.js';

export interface SignOff {
  agency: Located<string> | null;
  date: Located<DateValue> | null;
}

const agencyLike = (s: string): boolean => s.length > 0 && s.length <= 60 && !/[。；;，,：:！？]/.test(s);
/** Text lines of a paragraph, or of an HTML block such as `<p align="right">…</p>` (comments give none). */
const textLines = (n: RootContent): string[] =>
  (n.type === 'html' ? htmlText(n.value ?? '') : nodeText(n)).split('\n').map(trimText).filter(Boolean);
const isText = (n: RootContent | undefined): boolean => n?.type === 'paragraph' || n?.type === 'html';

/** The whole line is a date (possibly preceded by the agency on the same line). */
function dateAtEnd(line: string): { date: DateValue; before: string; text: string } | null {
  const t = line.normalize('NFKC').replace(/[。.]$/, '');
  const dates = findDates(t);
  const d = dates[dates.length - 1];
  if (!d || d.index + d.length !== t.length) return null;
  return { date: d.value, before: trimText(line.slice(0, d.index)), text: trimText(line.slice(d.index)) };
}

export function readSignOff(tree: Root, source: Source, lastSectionIndex: number): SignOff {
  const res: SignOff = { agency: null, date: null };
  const children = tree.children ?? [];
  // The last non-empty paragraph after the last section heading.
  let i = children.length - 1;
  const skip = (n: RootContent | undefined): boolean => !!n && (n.type === 'thematicBreak' || (isText(n) && textLines(n).length === 0));
  while (i > lastSectionIndex && skip(children[i])) i--;
  const last = children[i];
  if (!last || i <= lastSectionIndex || !isText(last)) return res;
  const ls = textLines(last);
  const dateLine = ls[ls.length - 1] ?? '';
  const found = dateAtEnd(dateLine);
  if (!found) return res;
  res.date = { value: found.date, position: source.locate(last, found.text) ?? nodePosition(last) };
  let agency: string | null = null;
  let agencyNode: RootContent = last;
  if (found.before && agencyLike(found.before)) agency = found.before;
  else if (ls.length >= 2 && agencyLike(ls[ls.length - 2] ?? '')) agency = ls[ls.length - 2] ?? null;
  else {
    let j = i - 1;
    while (j > lastSectionIndex && skip(children[j])) j--;
    const prev = children[j];
    if (prev && j > lastSectionIndex && isText(prev)) {
      const pl = textLines(prev);
      if (pl.length === 1 && agencyLike(pl[0] ?? '')) {
        agency = pl[0] ?? null;
        agencyNode = prev;
      }
    }
  }
  if (agency) res.agency = { value: agency, position: source.locate(agencyNode, agency) ?? nodePosition(agencyNode) };
  return res;
}
