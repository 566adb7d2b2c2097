/** Round trip for tables: cell texts in grid order, and each data cell's header texts. */
import type { PdfFile } from './pdf-objects.js';
import type { HtmlTable } from './html-model.js';
import type { ExtractedText } from './pdfjs-text.js';
import { pdfTableRows } from './pdf-tables.js';
import { rtFail } from './round-trip-checks.js';
import { compact, tidy } from './struct-text.js';
import type { StructNode } from './struct-tree.js';
import { buildGrid, headerCells, type Cell, type Grid } from './table-grid.js';
import type { VerifyItem } from './types.js';

const MAX_PER_TABLE = 10;

export interface TableFindings {
  cells: VerifyItem[];
  headers: VerifyItem[];
}

function headerTexts(grid: Grid, cell: Cell): string[] {
  return headerCells(grid, cell)
    .map((h) => compact(h.text))
    .sort();
}

function at(grid: Grid, x: number, y: number): Cell | undefined {
  const cell = grid.slots[y]?.[x];
  return cell && cell.x === x && cell.y === y ? cell : undefined;
}

export function compareTables(pdf: PdfFile, pdfTables: StructNode[], htmlTables: HtmlTable[], text: ExtractedText): TableFindings {
  const out: TableFindings = { cells: [], headers: [] };
  if (pdfTables.length !== htmlTables.length) {
    out.cells.push(
      rtFail('rt-tables', {
        zh: `网页有 ${htmlTables.length} 个表格，PDF 有 ${pdfTables.length} 个`,
        en: `the HTML has ${htmlTables.length} tables, the PDF ${pdfTables.length}`,
      }),
    );
  }
  const count = Math.min(pdfTables.length, htmlTables.length);
  for (let t = 0; t < count; t++) {
    const label = { zh: `表格 ${t + 1}`, en: `table ${t + 1}` };
    const html = buildGrid(htmlTables[t]!.rows, htmlTables[t]!.colgroups);
    const pdfGrid = buildGrid(pdfTableRows(pdf, pdfTables[t]!, text));
    const cellProblems: VerifyItem[] = [];
    if (html.slots.length !== pdfGrid.slots.length) {
      cellProblems.push(
        rtFail('rt-tables', {
          zh: `${label.zh}：网页 ${html.slots.length} 行，PDF ${pdfGrid.slots.length} 行`,
          en: `${label.en}: ${html.slots.length} rows in the HTML, ${pdfGrid.slots.length} in the PDF`,
        }),
      );
    }
    for (const want of html.cells) {
      const got = at(pdfGrid, want.x, want.y);
      const where = `${label.en}, row ${want.y + 1}, column ${want.x + 1}`;
      if (!got) {
        cellProblems.push(rtFail('rt-tables', { zh: `${label.zh} 第 ${want.y + 1} 行第 ${want.x + 1} 列：PDF 中没有单元格「${tidy(want.text)}」`, en: `${where}: no PDF cell for "${tidy(want.text)}"` }, where));
        continue;
      }
      if (compact(got.text) !== compact(want.text) || got.width !== want.width || got.height !== want.height || got.header !== want.header) {
        cellProblems.push(
          rtFail(
            'rt-tables',
            {
              zh: `${label.zh} 第 ${want.y + 1} 行第 ${want.x + 1} 列不一致：网页 ${describe(want, 'zh')}，PDF ${describe(got, 'zh')}`,
              en: `${where} differs: HTML ${describe(want, 'en')}, PDF ${describe(got, 'en')}`,
            },
            where,
          ),
        );
        continue;
      }
      if (want.header) continue;
      const wantHeaders = headerTexts(html, want);
      const gotHeaders = headerTexts(pdfGrid, got);
      if (wantHeaders.join('\u0000') !== gotHeaders.join('\u0000')) {
        out.headers.push(
          rtFail(
            'rt-headers',
            {
              zh: `${label.zh} 第 ${want.y + 1} 行第 ${want.x + 1} 列「${tidy(want.text)}」的表头：网页 [${wantHeaders.join('｜')}]，PDF [${gotHeaders.join('｜')}]`,
              en: `${where} "${tidy(want.text)}" headers: HTML [${wantHeaders.join(' | ')}], PDF [${gotHeaders.join(' | ')}]`,
            },
            where,
          ),
        );
      }
    }
    for (const extra of pdfGrid.cells) {
      if (!at(html, extra.x, extra.y)) {
        const where = `${label.en}, row ${extra.y + 1}, column ${extra.x + 1}`;
        cellProblems.push(rtFail('rt-tables', { zh: `${label.zh} 第 ${extra.y + 1} 行第 ${extra.x + 1} 列：PDF 多出单元格「${tidy(extra.text)}」`, en: `${where}: extra PDF cell "${tidy(extra.text)}"` }, where));
      }
    }
    out.cells.push(...truncate(cellProblems, label));
  }
  out.headers = truncate(out.headers, { zh: '表头', en: 'headers' });
  return out;
}

function describe(cell: Cell, lang: 'zh' | 'en'): string {
  const span = cell.width > 1 || cell.height > 1 ? ` ${cell.height}×${cell.width}` : '';
  const text = lang === 'zh' ? `「${tidy(cell.text)}」` : ` "${tidy(cell.text)}"`;
  return `${cell.header ? 'TH' : 'TD'}${span}${text}`;
}

function truncate(items: VerifyItem[], label: { zh: string; en: string }): VerifyItem[] {
  if (items.length <= MAX_PER_TABLE) return items;
  const first = items[0]!;
  const more = items.length - MAX_PER_TABLE;
  return [
    ...items.slice(0, MAX_PER_TABLE),
    { ...first, message: { zh: `${label.zh}：另有 ${more} 处不一致`, en: `${label.en}: ${more} more differences` }, detail: 'truncated' },
  ];
}
