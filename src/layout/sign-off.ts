/**
 * The sign-off (agency, date) at the end: the paragraphs the model read it from become one
 * right-aligned `<div class="nb-signoff">`, one `<p>` per line.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { ReportModel } from '../model/types.js';
import { toString as hastText } from './hast-text.js';
import { el, text } from './table-kit.js';

const DATE_LINE = /^\s*[0-9０-９〇零一二三四五六七八九]{4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日\s*$/;

/** Lines of a paragraph, split at soft line breaks and `<br>`. */
function lines(p: Element): ElementContent[][] {
  const out: ElementContent[][] = [[]];
  for (const child of p.children) {
    if (child.type === 'element' && child.tagName === 'br') {
      out.push([]);
    } else if (child.type === 'text' && child.value.includes('\n')) {
      child.value.split('\n').forEach((part, i) => {
        if (i > 0) out.push([]);
        if (part.trim()) out[out.length - 1]!.push(text(part.trim()));
      });
    } else out[out.length - 1]!.push(child);
  }
  return out.filter((l) => l.some((c) => c.type !== 'text' || c.value.trim() !== ''));
}

const covers = (node: RootContent, line: number | undefined) =>
  line !== undefined && node.position !== undefined && node.position.start.line <= line && node.position.end.line >= line;

/** Indices of the top-level paragraphs holding the sign-off, from the model or (fallback) by shape. */
function signOffIndices(tree: Root, model: ReportModel): number[] {
  const wanted = [model.signOff.agency?.position?.line, model.signOff.date?.position?.line];
  const byModel = tree.children
    .map((node, i) => (node.type === 'element' && node.tagName === 'p' && wanted.some((l) => covers(node, l)) ? i : -1))
    .filter((i) => i >= 0);
  if (byModel.length > 0) return byModel;
  // Fallback: a last paragraph ending in a date line, and the short line before it.
  const elements = tree.children.map((n, i) => ({ n, i })).filter(({ n }) => n.type === 'element');
  const last = elements[elements.length - 1];
  if (!last || last.n.type !== 'element' || last.n.tagName !== 'p') return [];
  const lastLines = hastText(last.n).split('\n');
  if (!DATE_LINE.test(lastLines[lastLines.length - 1] ?? '')) return [];
  const prev = elements[elements.length - 2];
  if (lastLines.length === 1 && prev && prev.n.type === 'element' && prev.n.tagName === 'p') {
    const t = hastText(prev.n).trim();
    if (t.length <= 60 && !/[。；，：！？]/.test(t)) return [prev.i, last.i];
  }
  return [last.i];
}

const DATE_AT_END = /^(.*\S)\s*([0-9０-９〇零一二三四五六七八九]{4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日)$/;

/** `机关名称 2021年1月20日` typed on one line: the agency and the date each get their own line. */
function splitAgencyDate(line: ElementContent[]): ElementContent[][] {
  if (line.length !== 1 || line[0]?.type !== 'text') return [line];
  const m = DATE_AT_END.exec(line[0].value.trim());
  return m?.[1] && m[2] ? [[text(m[1])], [text(m[2])]] : [line];
}

const lineText = (line: ElementContent[]) => line.map((c) => hastText(c)).join('').trim();
const signOffLike = (t: string) => t.length > 0 && t.length <= 60 && !/[。；，：！？]/.test(t);

export function arrangeSignOff(tree: Root, model: ReportModel): void {
  const indices = signOffIndices(tree, model);
  if (indices.length === 0) return;
  const first = indices[0]!;
  const lastIndex = indices[indices.length - 1]!;
  const paragraphs = indices.map((i) => tree.children[i]).filter((n): n is Element => n?.type === 'element');
  const kept: RootContent[] = [];
  const signLines: ElementContent[][] = [];
  for (const p of paragraphs) {
    const all = lines(p);
    // Lines of prose before the sign-off in the same paragraph stay a paragraph of their own.
    let cut = all.length;
    while (cut > 0 && signOffLike(lineText(all[cut - 1]!))) cut--;
    if (cut > 0) kept.push(el('p', {}, all.slice(0, cut).flatMap((l, i) => (i > 0 ? [text('\n'), ...l] : l))), text('\n'));
    signLines.push(...all.slice(cut));
  }
  if (signLines.length === 0) return;
  const block = el('div', { className: ['nb-signoff'] }, signLines.flatMap(splitAgencyDate).map((l) => el('p', {}, l)));
  const start = paragraphs[0]?.position?.start;
  const end = paragraphs[paragraphs.length - 1]?.position?.end;
  if (start && end) block.position = { start, end };
  tree.children.splice(first, lastIndex - first + 1, ...kept, block);
}
