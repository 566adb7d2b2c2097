/**
 * What the round trip needs from the source HTML: headings and tables, read with parse5.
 * parse5 is loaded on first use, so `verifyPdf` works even where it is not installed.
 */
import type { CellInput, RowInput, Scope } from './table-grid.js';
import { VerifyInputError } from './types.js';

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  value?: string;
  content?: HtmlNode;
}

export interface HtmlHeading {
  level: number;
  text: string;
}

export interface HtmlTable {
  rows: RowInput[];
  colgroups: [number, number][];
}

export interface HtmlModel {
  headings: HtmlHeading[];
  tables: HtmlTable[];
}

const SKIP_TEXT = new Set(['script', 'style', 'template', 'noscript']);

function attr(node: HtmlNode, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

function elementChildren(node: HtmlNode): HtmlNode[] {
  return (node.childNodes ?? []).filter((c) => c.tagName !== undefined);
}

export function textContent(node: HtmlNode): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.tagName && SKIP_TEXT.has(node.tagName)) return '';
  if (node.tagName === 'br') return '\n';
  return (node.childNodes ?? []).map(textContent).join('');
}

function span(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

function scopeOf(cell: HtmlNode): Scope {
  const scope = attr(cell, 'scope')?.toLowerCase();
  return scope === 'row' || scope === 'col' || scope === 'rowgroup' || scope === 'colgroup' ? scope : 'auto';
}

function readTable(table: HtmlNode): HtmlTable {
  const colgroups: [number, number][] = [];
  const groups: HtmlNode[][] = [];
  const feet: HtmlNode[][] = [];
  let loose: HtmlNode[] | undefined;
  let column = 0;
  for (const child of elementChildren(table)) {
    if (child.tagName === 'colgroup') {
      const cols = elementChildren(child).filter((c) => c.tagName === 'col');
      const width = cols.length > 0 ? cols.reduce((n, c) => n + Math.max(1, span(attr(c, 'span'), 1)), 0) : Math.max(1, span(attr(child, 'span'), 1));
      colgroups.push([column, column + width - 1]);
      column += width;
    } else if (child.tagName === 'tr') {
      if (!loose) groups.push((loose = []));
      loose.push(child);
    } else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      loose = undefined;
      const rows = elementChildren(child).filter((r) => r.tagName === 'tr');
      (child.tagName === 'tfoot' ? feet : groups).push(rows);
    }
  }
  const rows: RowInput[] = [];
  [...groups, ...feet].forEach((group, groupIndex) => {
    for (const tr of group) {
      const cells: CellInput[] = elementChildren(tr)
        .filter((c) => c.tagName === 'td' || c.tagName === 'th')
        .map((c) => ({
          text: textContent(c),
          header: c.tagName === 'th',
          rowspan: span(attr(c, 'rowspan'), 1),
          colspan: Math.max(1, span(attr(c, 'colspan'), 1)),
          scope: c.tagName === 'th' ? scopeOf(c) : 'auto',
          id: attr(c, 'id'),
          headers: attr(c, 'headers')?.split(/\s+/).filter(Boolean),
        }));
      rows.push({ cells, group: groupIndex });
    }
  });
  return { rows, colgroups };
}

async function parser(): Promise<(html: string) => unknown> {
  try {
    return (await import('parse5')).parse;
  } catch {
    throw new VerifyInputError('the round trip needs the parse5 package (npm install parse5)', '往返比对需要 parse5 包（npm install parse5）');
  }
}

export async function readHtml(html: string): Promise<HtmlModel> {
  const parse = await parser();
  const document = parse(html) as HtmlNode;
  const model: HtmlModel = { headings: [], tables: [] };
  const walk = (node: HtmlNode): void => {
    const tag = node.tagName;
    if (tag && SKIP_TEXT.has(tag)) return;
    if (tag && /^h[1-6]$/.test(tag)) model.headings.push({ level: Number(tag.slice(1)), text: textContent(node) });
    if (tag === 'table') model.tables.push(readTable(node));
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(document);
  return model;
}
