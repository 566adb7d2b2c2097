/**
 * Layout test helpers: render a fixture through the real reader and layout, parse the HTML with a
 * real HTML parser (Chromium's DOMParser: no parse5 in the dependencies), and compute table grids.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { VFile } from 'vfile';
import { readReport } from '../../src/reader/index.js';
import { renderReportHtml, type RenderedReport, type RenderOptions } from '../../src/layout/index.js';
import type { ReportModel } from '../../src/model/types.js';

export function fixture(relative: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${relative}`, import.meta.url)), 'utf8');
}

export function readModel(markdown: string): ReportModel {
  const file = new VFile({ value: markdown });
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(file);
  return readReport(tree, file);
}

export function render(markdown: string, options: Partial<RenderOptions> = {}): RenderedReport {
  return renderReportHtml(markdown, { model: options.model ?? readModel(markdown), ...options });
}

export interface DomNode {
  tag: string;
  attrs: Record<string, string>;
  /** textContent */
  text: string;
  children: DomNode[];
}

let browser: Browser | null = null;

export async function startParser(): Promise<void> {
  const args = ['--disable-gpu', '--no-first-run'];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  browser = await puppeteer.launch({ headless: true, args });
}

export async function stopParser(): Promise<void> {
  await browser?.close();
  browser = null;
}

/** Parse a whole document (or a fragment, into <body>) with the browser's HTML parser. */
export async function parseHtml(html: string): Promise<DomNode> {
  if (!browser) throw new Error('startParser() first');
  const page = await browser.newPage();
  try {
    // JavaScript of the parsed document never runs: DOMParser documents are inert.
    return await page.evaluate((source: string) => {
      type N = { tag: string; attrs: Record<string, string>; text: string; children: N[] };
      const doc = new DOMParser().parseFromString(source, 'text/html');
      const ser = (el: Element): N => ({
        tag: el.tagName.toLowerCase(),
        attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        text: el.textContent ?? '',
        children: [...el.children].map(ser),
      });
      return ser(doc.documentElement);
    }, html);
  } finally {
    await page.close();
  }
}

export function findAll(node: DomNode, pred: (n: DomNode) => boolean, out: DomNode[] = []): DomNode[] {
  if (pred(node)) out.push(node);
  for (const c of node.children) findAll(c, pred, out);
  return out;
}
export const byTag = (node: DomNode, tag: string) => findAll(node, (n) => n.tag === tag);
export const hasClass = (n: DomNode, c: string) => (n.attrs.class ?? '').split(/\s+/).includes(c);
export function byId(root: DomNode, id: string): DomNode | undefined {
  return findAll(root, (n) => n.attrs.id === id)[0];
}
export const norm = (s: string) => s.replace(/\s+/g, '');

export interface Slot {
  cell: DomNode;
  /** Index of the row group (thead, tbody…) the cell belongs to. */
  group: number;
  groupTag: string;
}

/** The table's slot grid (HTML table model: rowspans stop at the end of their row group). */
export function tableGrid(table: DomNode): { grid: Slot[][]; width: number } {
  const grid: Slot[][] = [];
  const sections = table.children.filter((c) => ['thead', 'tbody', 'tfoot'].includes(c.tag));
  sections.forEach((section, g) => {
    const first = grid.length;
    const rows = section.children.filter((c) => c.tag === 'tr');
    rows.forEach((tr, r) => {
      const y = first + r;
      grid[y] ??= [];
      let x = 0;
      for (const cell of tr.children.filter((c) => c.tag === 'td' || c.tag === 'th')) {
        while (grid[y]![x]) x++;
        const cs = Number(cell.attrs.colspan ?? 1);
        const rs = Math.min(Number(cell.attrs.rowspan ?? 1), rows.length - r);
        for (let dy = 0; dy < rs; dy++) {
          for (let dx = 0; dx < cs; dx++) {
            grid[y + dy] ??= [];
            grid[y + dy]![x + dx] = { cell, group: g, groupTag: section.tag };
          }
        }
        x += cs;
      }
    });
  });
  return { grid, width: Math.max(...grid.map((r) => r.length)) };
}

/**
 * Headers of a data cell found from the geometry alone (what Chromium does for the PDF tags):
 * header cells to its left in its row, and header cells above it in its column within <thead> and
 * its own row group. Returned as header texts in document order: above first, then left.
 */
export function geometricHeaders(table: DomNode, td: DomNode): DomNode[] {
  const { grid } = tableGrid(table);
  for (let y = 0; y < grid.length; y++) {
    const x = grid[y]!.findIndex((s) => s?.cell === td);
    if (x === -1) continue;
    const group = grid[y]![x]!.group;
    const above: DomNode[] = [];
    for (let yy = 0; yy < y; yy++) {
      const s = grid[yy]![x];
      if (s && s.cell.tag === 'th' && (s.groupTag === 'thead' || s.group === group) && !above.includes(s.cell)) above.push(s.cell);
    }
    const left: DomNode[] = [];
    for (let xx = 0; xx < x; xx++) {
      const s = grid[y]![xx];
      if (s && s.cell.tag === 'th' && !left.includes(s.cell)) left.push(s.cell);
    }
    return [...above, ...left];
  }
  throw new Error('cell not in table');
}

/** Header texts a cell's `headers` attribute resolves to (throws on an unknown id). */
export function headerTexts(root: DomNode, td: DomNode): string[] {
  return (td.attrs.headers ?? '').split(/\s+/).filter(Boolean).map((id) => {
    const th = byId(root, id);
    if (!th || th.tag !== 'th') throw new Error(`headers id ${id} does not name a <th>`);
    return norm(th.text);
  });
}
