/** The PDF side of a table: its Table → (THead/TBody/TFoot) → TR → TH/TD structure as grid rows. */
import { PDFName, PDFNumber } from 'pdf-lib';
import type { PdfFile } from './pdf-objects.js';
import { items, textOf } from './pdf-objects.js';
import type { ExtractedText } from './pdfjs-text.js';
import { nodeText } from './struct-text.js';
import { attribute, type StructNode } from './struct-tree.js';
import type { CellInput, RowInput, Scope } from './table-grid.js';

const SCOPES: Record<string, Scope> = { Row: 'row', Column: 'col', Both: 'both' };

function numberAttribute(pdf: PdfFile, node: StructNode, key: string): number {
  const value = attribute(pdf, node, 'Table', key);
  return value instanceof PDFNumber ? value.asNumber() : 1;
}

export function pdfTableRows(pdf: PdfFile, table: StructNode, text: ExtractedText): RowInput[] {
  const rows: RowInput[] = [];
  let group = 0;
  const addRow = (tr: StructNode, rowGroup: number): void => {
    const cells: CellInput[] = tr.children
      .filter((c) => c.type === 'TH' || c.type === 'TD')
      .map((c) => {
        const scope = attribute(pdf, c, 'Table', 'Scope');
        const headers = items(pdf.ctx, attribute(pdf, c, 'Table', 'Headers'))
          .map(textOf)
          .filter((id): id is string => id !== undefined);
        return {
          text: nodeText(c, text),
          header: c.type === 'TH',
          rowspan: numberAttribute(pdf, c, 'RowSpan'),
          colspan: numberAttribute(pdf, c, 'ColSpan'),
          scope: scope instanceof PDFName ? (SCOPES[scope.decodeText()] ?? 'auto') : 'auto',
          id: c.id,
          headers: headers.length > 0 ? headers : undefined,
        };
      });
    rows.push({ cells, group: rowGroup });
  };
  for (const child of table.children) {
    if (child.type === 'TR') addRow(child, group);
    else if (child.type === 'THead' || child.type === 'TBody' || child.type === 'TFoot') {
      group++;
      for (const tr of child.children.filter((c) => c.type === 'TR')) addRow(tr, group);
      group++;
    }
  }
  return rows;
}
