/**
 * The heading outline of the official report: the title `<h1>`, the six sections `<h2>`
 * (`一、总体情况` …), `（一）` sub-headings `<h3>` when typed as headings or as short lines of their own,
 * and run-in leads (`（一）主动公开政府信息情况。2020年，…`) marked for 楷体. Levels never skip.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { ReportModel } from '../model/types.js';
import { toString as hastText } from './hast-text.js';
import { el, text } from './table-kit.js';

const HEADING = /^h[1-6]$/;
const SECTION_TEXT = /^[一二三四五六七八九十]{1,2}、\S{2,40}$/;
const SUB_TEXT = /^[（(][一二三四五六七八九十]{1,3}[)）][^。；！？]{1,40}[。]?$/;
const RUN_IN = /^([（(][一二三四五六七八九十]{1,3}[)）][^。：；！？\n]{1,40}[。：])(?=\S)/;

const lineOf = (node: RootContent) => node.position?.start.line ?? -1;
const isElement = (node: RootContent): node is Element => node.type === 'element';

/** Split `一、总体情况\n2020年，…` (a section line at the start of a paragraph) into heading + paragraph. */
function splitFirstLine(p: Element): [string, Element | null] {
  const first = p.children[0];
  if (first?.type === 'text' && first.value.includes('\n')) {
    const cut = first.value.indexOf('\n');
    const rest: ElementContent[] = [text(first.value.slice(cut + 1)), ...p.children.slice(1)];
    return [first.value.slice(0, cut).trim(), { ...p, children: rest }];
  }
  return [hastText(p).trim(), null];
}

export interface OutlineResult {
  /** Text of the `<h1>`. */
  title: string;
}

export function arrangeHeadings(tree: Root, model: ReportModel): OutlineResult {
  const sectionLines = new Set(model.sections.map((s) => s.position?.line).filter((l): l is number => typeof l === 'number'));
  const firstSectionLine = Math.min(...[...sectionLines, Infinity]);
  const titleLine = model.title?.position?.line;
  const out: RootContent[] = [];
  let title: Element | null = null;
  let level = 1;

  for (const node of tree.children) {
    if (!isElement(node)) {
      out.push(node);
      continue;
    }
    const line = lineOf(node);
    const isHeading = HEADING.test(node.tagName);
    const content = hastText(node).trim();
    const beforeSections = line < firstSectionLine || (sectionLines.size === 0 && !title);
    // Title: the line the model read it from, else the first heading before the sections.
    if (!title && ((titleLine !== undefined && line === titleLine && (isHeading || node.tagName === 'p')) || (isHeading && beforeSections && node.tagName === 'h1'))) {
      title = { ...node, tagName: 'h1', properties: { ...node.properties, className: ['nb-title'] } };
      out.push(title);
      level = 1;
      continue;
    }
    const isSection = sectionLines.has(line) || (sectionLines.size === 0 && SECTION_TEXT.test(content) && (isHeading || content.length <= 40));
    if (isSection && (isHeading || node.tagName === 'p')) {
      const [headingText, rest] = node.tagName === 'p' ? splitFirstLine(node) : [null, null];
      const children = headingText === null ? node.children : [text(headingText)];
      out.push({ ...node, tagName: 'h2', properties: { ...node.properties, className: ['nb-section'] }, children });
      if (rest) out.push(text('\n'), rest);
      level = 2;
      continue;
    }
    if (isHeading || (node.tagName === 'p' && SUB_TEXT.test(content) && !content.includes('\n'))) {
      // Other headings sit one level below the last one, never skipping a level.
      const wanted = isHeading ? Math.max(2, Number(node.tagName[1])) : 3;
      const depth = Math.min(wanted, level + 1, 6);
      const sub = /^[（(][一二三四五六七八九十]/.test(content);
      out.push({ ...node, tagName: `h${depth}`, properties: { ...node.properties, className: [sub ? 'nb-sub' : 'nb-heading'] } });
      level = depth;
      continue;
    }
    if (node.tagName === 'p') markRunIn(node);
    out.push(node);
  }

  if (title) title.children = titleBreaks(title.children);
  let titleText = title ? hastText(title).trim() : '';
  if (!title) {
    titleText = model.title?.value ?? (model.agency && model.year ? `${model.agency.value}${model.year.value}年政府信息公开工作年度报告` : '政府信息公开工作年度报告');
    out.unshift(el('h1', { className: ['nb-title'] }, titleBreaks([text(titleText)])), text('\n'));
  }
  tree.children = out;
  return { title: titleText };
}

const TITLE_PARTS = /^(.+?)((?:19|20)\d{2}年度?)(政府信息公开工作年度报告)$/;

/**
 * `〈机关〉YYYY年政府信息公开工作年度报告`: break opportunities (`<wbr>`) after the agency and after the
 * year, so a two-line title breaks between words (the stylesheets set `word-break: keep-all`).
 */
function titleBreaks(children: ElementContent[]): ElementContent[] {
  const only = children.length === 1 ? children[0] : undefined;
  const m = only?.type === 'text' ? TITLE_PARTS.exec(only.value.trim()) : null;
  if (!m?.[1] || !m[2] || !m[3]) return children;
  return [text(m[1]), el('wbr', {}), text(m[2]), el('wbr', {}), text(m[3])];
}

/** `（一）主动公开政府信息情况。2020年…`: the lead up to its full stop becomes `<span class="nb-runin">`. */
function markRunIn(p: Element): void {
  const first = p.children[0];
  if (first?.type !== 'text') return;
  const m = RUN_IN.exec(first.value);
  if (!m?.[1]) return;
  p.children.splice(0, 1, el('span', { className: ['nb-runin'] }, [text(m[1])]), text(first.value.slice(m[1].length)));
}
