/** Title, agency, year and agency kind: from the first H1, else the title lines before 一、 (FORMAT.md §1). */
import type { Root, RootContent } from 'mdast';
import type { AgencyKind, Located, Position, ReportModel } from '../model/types.js';
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

interface Line {
  text: string;
  node: RootContent;
}

/** Lines of the paragraphs and headings in `nodes`, in order. */
function linesOf(nodes: RootContent[]): Line[] {
  const out: Line[] = [];
  for (const node of nodes) {
    if (node.type !== 'paragraph' && node.type !== 'heading') continue;
    for (const text of nodeText(node).split('\n').map(trimText).filter(Boolean)) out.push({ text, node });
  }
  return out;
}

const shortLine = (l: Line | undefined): l is Line => !!l && l.text.length <= 80 && !/[。；;，,]/.test(l.text);

interface Window {
  lines: Line[];
  text: string;
  match: RegExpExecArray;
}

/**
 * The title ending at line `i`: the line itself, or with one or two short lines above it when the
 * line alone lacks the agency (`重庆市北碚区人民政府办公室` / `2020年政府信息公开工作年度报告`) or the
 * year (`平潭综合实验区2020年` / `政府信息公开工作年度报告`).
 */
function windowEndingAt(all: Line[], i: number): Window | null {
  let fallback: Window | null = null;
  for (let len = 1; len <= 3 && i - len + 1 >= 0; len++) {
    const lines = all.slice(i - len + 1, i + 1);
    if (!lines.every(shortLine)) break;
    const text = lines.map((l) => l.text).join('');
    const match = titleMatch(text);
    if (!match || match.index + match[0].length < text.length - 2) continue;
    const w = { lines, text, match };
    if (trimText(text.slice(0, match.index))) return w;
    fallback ??= w;
  }
  return fallback;
}

function span(lines: Line[]): Position {
  const first = nodePosition(lines[0]?.node);
  const last = nodePosition(lines[lines.length - 1]?.node);
  return { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}

export function readTitle(tree: Root, source: Source, firstSectionIndex: number): TitleInfo {
  const info: TitleInfo = { title: null, agency: null, year: null };
  const children = tree.children ?? [];
  const before = children.slice(0, firstSectionIndex >= 0 ? firstSectionIndex : children.length);
  const all = linesOf(before);
  const h1 = before.find((n) => n.type === 'heading' && n.depth === 1);
  let found: Window | null = null;
  for (let i = 0; i < all.length && !found; i++) {
    // With an H1, the title ends inside it; without, at the first line that completes one.
    if (h1 && all[i]!.node !== h1) continue;
    found = windowEndingAt(all, i);
  }
  if (!found) {
    if (h1) info.title = { value: trimText(nodeText(h1).replace(/\n/g, '')), position: nodePosition(h1) };
    return info;
  }
  const { lines, text, match } = found;
  const h1Text = h1 ? trimText(nodeText(h1).replace(/\n/g, '')) : '';
  // An H1 is the title as typed; lines above it only lend it the agency.
  const value = h1 && !text.endsWith(h1Text) ? h1Text : text;
  info.title = { value, position: span(lines) };
  const agency = trimText(text.slice(0, match.index));
  if (agency) {
    const home = lines.find((l) => l.text.includes(agency)) ?? lines[0]!;
    info.agency = { value: agency, position: source.locate(home.node, agency) ?? nodePosition(home.node) };
  }
  const year = match[1];
  if (year) {
    const home = lines.find((l) => l.text.includes(`${year}年`)) ?? lines[lines.length - 1]!;
    info.year = { value: Number(year), position: source.locate(home.node, year) ?? nodePosition(home.node) };
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
