/**
 * Table shape: every row covers the same number of columns once row and column spans are
 * expanded (a dropped empty cell shifts the rest of its row); and container elements (Table,
 * THead/TBody/TFoot, TR, L, LI) own no marked content directly — borders and backgrounds
 * painted as the table's own content should be Artifacts; and each non-empty TH heads at least
 * one data cell in the direction of its /Scope (a row label marked Column heads nothing).
 */
import { fail, outcome } from './checks.js';
import type { PdfFile } from './pdf-objects.js';
import { pdfTableRows } from './pdf-tables.js';
import type { ExtractedText } from './pdfjs-text.js';
import { compact, nodeTextByPage, tidy } from './struct-text.js';
import { nodePath, type StructTree } from './struct-tree.js';
import { buildGrid, type Cell, type Grid } from './table-grid.js';
import type { VerifyItem } from './types.js';

const CONTAINERS = new Set(['Table', 'THead', 'TBody', 'TFoot', 'TR', 'L', 'LI']);
const MAX_LISTED = 10;

/**
 * Whether a header cell heads something along its scope: a data cell, or a header of the other
 * direction (a column header over the row-label column heads the row headers).
 */
function headsData(grid: Grid, th: Cell): boolean {
  const below = (c: Cell): boolean => c.x < th.x + th.width && c.x + c.width > th.x && c.y > th.y && (!c.header || c.scope === 'row' || c.scope === 'both');
  const right = (c: Cell): boolean => c.y < th.y + th.height && c.y + c.height > th.y && c.x > th.x && (!c.header || c.scope === 'col' || c.scope === 'both');
  if (th.scope === 'col') return grid.cells.some(below);
  if (th.scope === 'row') return grid.cells.some(right);
  return grid.cells.some((c) => below(c) || right(c));
}

export function tableShapeChecks(pdf: PdfFile, tree: StructTree | undefined, text: ExtractedText): VerifyItem[] {
  const irregular: VerifyItem[] = [];
  const owned: VerifyItem[] = [];
  const idle: VerifyItem[] = [];
  const repeated: VerifyItem[] = [];
  for (const node of tree?.all ?? []) {
    if (node.type === 'TH') {
      const pages = [...nodeTextByPage(node, text)].filter(([, t]) => compact(t) !== '');
      const same = pages.filter(([, t]) => compact(t) === compact(pages[0]?.[1] ?? ''));
      if (same.length > 1) {
        const label = tidy(pages[0]![1]).slice(0, 24);
        const list = same.map(([page]) => page + 1).join(', ');
        repeated.push(
          fail(
            'th-repeated',
            {
              zh: `表头「${label}」在第 ${list} 页重复出现，并都归入同一个 TH（重复的副本应为 Artifact）`,
              en: `TH "${label}" is repeated on pages ${list}, all inside one TH (the copies should be Artifacts)`,
            },
            nodePath(node),
          ),
        );
      }
    }
    if (node.type === 'Table') {
      const grid = buildGrid(pdfTableRows(pdf, node, text));
      for (const th of grid.cells.filter((c) => c.header && c.scope !== 'auto' && tidy(c.text) !== '')) {
        if (headsData(grid, th)) continue;
        const scope = th.scope === 'col' ? 'Column' : th.scope === 'row' ? 'Row' : 'Both';
        const label = tidy(th.text).slice(0, 24);
        idle.push(
          fail(
            'th-scope-heads-cells',
            {
              zh: `表头「${label}」的 /Scope 为 ${scope}，但该方向没有它可作表头的单元格${scope === 'Column' ? '（行标题应为 Row）' : ''}`,
              en: `TH "${label}" has /Scope /${scope} but heads no cell in that direction${scope === 'Column' ? ' (a row label should be /Row)' : ''}`,
            },
            `${nodePath(node)}, row ${th.y + 1}, column ${th.x + 1}`,
          ),
        );
      }
      const widths = grid.slots.map((row) => row.filter((cell) => cell !== undefined).length);
      const columns = Math.max(0, ...widths);
      const short = widths.map((w, i) => [i + 1, w] as const).filter(([, w]) => w !== columns);
      if (short.length > 0) {
        const rows = short.slice(0, 8).map(([row, w]) => `${row}:${w}`).join(', ');
        irregular.push(
          fail(
            'table-regular',
            {
              zh: `表格有 ${columns} 列，但 ${short.length} 行的列数不同（行:列数 ${rows}）——可能丢失了空单元格`,
              en: `the table has ${columns} columns but ${short.length} rows differ (row:columns ${rows}); empty cells may be missing`,
            },
            nodePath(node),
          ),
        );
      }
    }
    if (CONTAINERS.has(node.type) && node.kids.some((k) => k.kind === 'mcid')) {
      owned.push(
        fail(
          'container-content',
          { zh: `${node.type} 直接包含页面内容（框线或底色应为 Artifact）`, en: `${node.type} owns page content directly (borders and backgrounds should be Artifacts)` },
          nodePath(node),
        ),
      );
    }
  }
  if (owned.length > MAX_LISTED) {
    const more = owned.length - MAX_LISTED;
    owned.length = MAX_LISTED;
    owned.push(fail('container-content', { zh: `另有 ${more} 个元素直接包含页面内容`, en: `${more} more elements own page content directly` }, 'truncated'));
  }
  if (idle.length > MAX_LISTED) {
    const more = idle.length - MAX_LISTED;
    idle.length = MAX_LISTED;
    idle.push(fail('th-scope-heads-cells', { zh: `另有 ${more} 个表头没有可作表头的单元格`, en: `${more} more header cells head nothing` }, 'truncated'));
  }
  if (repeated.length > MAX_LISTED) {
    const more = repeated.length - MAX_LISTED;
    repeated.length = MAX_LISTED;
    repeated.push(fail('th-repeated', { zh: `另有 ${more} 个表头跨页重复`, en: `${more} more repeated header cells` }, 'truncated'));
  }
  return [
    ...outcome('table-regular', irregular),
    ...outcome('th-scope-heads-cells', idle),
    ...outcome('th-repeated', repeated),
    ...outcome('container-content', owned),
  ];
}
