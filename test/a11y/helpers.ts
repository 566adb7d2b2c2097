/**
 * Helpers for the HTML accessibility tests: the sample report rendered the way the build does
 * (check → model → official layout), and small, exact mutations of its HTML that must fail.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderReportHtml, type RenderedReport } from '../../src/layout/index.js';
import { checkReport } from '../../src/pipeline.js';
import type { HtmlCheckItem, HtmlCheckResult } from '../../src/a11y/index.js';

export const SAMPLE_PATH = fileURLToPath(new URL('../../content/beibei-2020.md', import.meta.url));

/** The sample as `nianbao build` lays it out (src/build/official-layout.ts: PDF link beside it). */
export function renderSample(): RenderedReport {
  const markdown = readFileSync(SAMPLE_PATH, 'utf8');
  const { model } = checkReport(markdown, { path: SAMPLE_PATH });
  return renderReportHtml(markdown, { model, draft: false, pdfHref: 'beibei-2020.pdf' });
}

/** Failed items, as `id: targets` lines (readable in an assertion diff). */
export function failures(result: HtmlCheckResult): string[] {
  return result.items
    .filter((i) => i.status === 'fail')
    .map((i) => `${i.id}: ${i.message.en}`);
}

export function item(result: HtmlCheckResult, id: string): HtmlCheckItem {
  const found = result.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id} in ${result.items.map((i) => i.id).join(', ')}`);
  return found;
}

/** The slice of `html` from `<table id="…">` to its `</table>`. */
function tableRange(html: string, tableId: string): { start: number; end: number } {
  const start = html.indexOf(`<table id="${tableId}"`);
  if (start === -1) throw new Error(`table ${tableId} not in the HTML`);
  const end = html.indexOf('</table>', start) + '</table>'.length;
  return { start, end };
}

/**
 * The header row typed as data cells, as an author would type it: the first `<thead>` row's `<th>`
 * become bare `<td>` (spans kept), and no cell of the table keeps a `headers` attribute (ids of
 * headers that no longer exist). Only `td-has-header` can see this.
 */
export function headerRowAsTd(html: string, tableId: string): string {
  const { start, end } = tableRange(html, tableId);
  let table = html.slice(start, end);
  const rowStart = table.indexOf('<tr>', table.indexOf('<thead>'));
  const rowEnd = table.indexOf('</tr>', rowStart);
  const row = table
    .slice(rowStart, rowEnd)
    .replace(/<th\b([^>]*)>/g, (_m, attrs: string) => `<td${(attrs.match(/ (?:colspan|rowspan)="\d+"/g) ?? []).join('')}>`)
    .replace(/<\/th>/g, '</td>');
  table = (table.slice(0, rowStart) + row + table.slice(rowEnd)).replace(/ headers="[^"]*"/g, '');
  return html.slice(0, start) + table + html.slice(end);
}

/** The table's scroll wrapper (`<div class="nb-table-wrap …">…</div>`) removed, the table kept. */
export function unwrapTable(html: string, tableId: string): string {
  const { start, end } = tableRange(html, tableId);
  const open = html.lastIndexOf('<div class="nb-table-wrap', start);
  const openEnd = html.indexOf('>', open) + 1;
  if (open === -1 || html.slice(openEnd, start).trim() !== '') throw new Error(`no wrapper right around ${tableId}`);
  if (!html.startsWith('</div>', end)) throw new Error(`wrapper of ${tableId} does not close after it`);
  return html.slice(0, open) + html.slice(openEnd, end) + html.slice(end + '</div>'.length);
}

/** Inserts `extra` right after the first paragraph of the report. */
export function afterFirstParagraph(html: string, extra: string): string {
  const at = html.indexOf('</p>', html.indexOf('class="nb-report"'));
  if (at === -1) throw new Error('no paragraph in the report');
  return html.slice(0, at + 4) + extra + html.slice(at + 4);
}

/** Adds a style sheet at the end of `<head>` (after the page's own styles, so it wins). */
export function withStyle(html: string, css: string): string {
  return html.replace('</head>', `<style>${css}</style>\n</head>`);
}

/** A 1×1 PNG as a data: URL (loads offline). */
export const PIXEL_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
