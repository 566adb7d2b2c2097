/**
 * Table shape: every row covers the same number of columns once row and column spans are
 * expanded (a dropped empty cell shifts the rest of its row); and container elements (Table,
 * THead/TBody/TFoot, TR, L, LI) own no marked content directly — borders and backgrounds
 * painted as the table's own content should be Artifacts.
 */
import { fail, outcome } from './checks.js';
import type { PdfFile } from './pdf-objects.js';
import { pdfTableRows } from './pdf-tables.js';
import { nodePath, type StructTree } from './struct-tree.js';
import { buildGrid } from './table-grid.js';
import type { VerifyItem } from './types.js';

const CONTAINERS = new Set(['Table', 'THead', 'TBody', 'TFoot', 'TR', 'L', 'LI']);
const MAX_LISTED = 10;

export function tableShapeChecks(pdf: PdfFile, tree: StructTree | undefined): VerifyItem[] {
  const irregular: VerifyItem[] = [];
  const owned: VerifyItem[] = [];
  const noText = { byMcid: new Map<string, string>(), pages: [] };
  for (const node of tree?.all ?? []) {
    if (node.type === 'Table') {
      const grid = buildGrid(pdfTableRows(pdf, node, noText));
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
  return [...outcome('table-regular', irregular), ...outcome('container-content', owned)];
}
