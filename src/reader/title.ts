/** Title, agency, year and agency kind: from the first H1, else the title lines before 一、 (FORMAT.md §1). */
import type { Root, RootContent } from 'mdast';
import type { AgencyKind, Located, ReportModel } from '../model/types.js';
import { trimText } from './normalize.js';
import { nodePosition, nodeText, type Source } from './text.js';

const TITLE_RE = /(\d{4})\s*年度?\s*政府信息公开工作年度报告/;
/** Looser: `某局2021年度信息公开工作年度报告` (a title that strays from the convention). */
const TITLE_LOOSE = /(\d{4})\s*年度?[^。；;\d]{0,30}年度报告/;
const titleMatch = (line: string): RegExpExecArray | null => TITLE_RE.exec(line) ?? TITLE_LOOSE.exec(line);

export interface TitleInfo {
  title: Located<string> | null;
  agency: Located<string> | null;
  year: Located<number> | null;
}

/** A short line that can be an agency name: no sentence punctuation. */
const agencyLike = (s: string): boolean => s.length > 0 && s.length <= 60 && !/[。；;，,：:！？]/.test(s);

function lines(node: RootContent): string[] {
  return nodeText(node).split('\n').map(trimText).filter(Boolean);
}

export function readTitle(tree: Root, source: Source, firstSectionIndex: number): TitleInfo {
  const info: TitleInfo = { title: null, agency: null, year: null };
  const children = tree.children ?? [];
  const end = firstSectionIndex >= 0 ? firstSectionIndex : children.length;
  let index = children.findIndex((n) => n.type === 'heading' && n.depth === 1);
  if (index < 0 || (firstSectionIndex >= 0 && index > firstSectionIndex)) {
    index = children.slice(0, end).findIndex((n) => {
      if (n.type !== 'paragraph' && n.type !== 'heading') return false;
      return lines(n).some((l) => titleMatch(l) !== null && l.length <= 80 && !/[。；;，,]/.test(l));
    });
  }
  const node = index >= 0 ? children[index] : undefined;
  if (!node) return info;
  const ls = lines(node);
  const at = Math.max(0, ls.findIndex((l) => titleMatch(l) !== null));
  const titleLine = ls[at] ?? '';
  const m = titleMatch(titleLine);
  let agencyText = m ? trimText(titleLine.slice(0, m.index)) : '';
  let agencyNode: RootContent = node;
  // Agency on the line above (same paragraph) or in the paragraph before.
  if (m && !agencyText) {
    const above = ls[at - 1];
    const prev = index > 0 ? children[index - 1] : undefined;
    if (above && agencyLike(above)) agencyText = above;
    else if (prev && (prev.type === 'paragraph' || prev.type === 'heading')) {
      const pl = lines(prev);
      const last = pl[pl.length - 1];
      if (pl.length === 1 && last && agencyLike(last)) {
        agencyText = last;
        agencyNode = prev;
      }
    }
  }
  const titleText = agencyText && !titleLine.startsWith(agencyText) ? `${agencyText}${titleLine}` : ls.slice(0, at + 1).join('') || titleLine;
  const nodePos = nodePosition(node);
  const titlePos = agencyNode !== node ? { ...nodePos, line: nodePosition(agencyNode).line, column: nodePosition(agencyNode).column } : nodePos;
  if (titleText) info.title = { value: titleText, position: titlePos };
  if (agencyText) info.agency = { value: agencyText, position: source.locate(agencyNode, agencyText) ?? nodePosition(agencyNode) };
  if (m?.[1]) {
    const year = Number(m[1]);
    info.year = { value: year, position: source.locate(node, m[1]) ?? nodePos };
  }
  return info;
}

const GOVERNMENT = /(人民政府|管理委员会|管委会|实验区|新区)$/;
const DEPARTMENT = /(局|委|委员会|办公室|办|厅|中心|署|部|处|站|所|院|馆|队)$/;

export function agencyKindFrom(
  kind: unknown,
  agency: string | null,
): { agencyKind: AgencyKind; agencyKindSource: ReportModel['agencyKindSource'] } {
  const k = typeof kind === 'string' ? kind.trim() : '';
  if (k === 'government' || k === '政府') return { agencyKind: 'government', agencyKindSource: 'front-matter' };
  if (k === 'department' || k === '部门') return { agencyKind: 'department', agencyKindSource: 'front-matter' };
  const name = trimText(agency ?? '');
  if (GOVERNMENT.test(name)) return { agencyKind: 'government', agencyKindSource: 'agency-name' };
  if (DEPARTMENT.test(name)) return { agencyKind: 'department', agencyKindSource: 'agency-name' };
  return { agencyKind: 'department', agencyKindSource: 'default' };
}
