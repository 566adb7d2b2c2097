/** The document outline (bookmarks), read with pdf-lib; and the house rule: one entry per H1/H2 heading. */
import { PDFDict } from 'pdf-lib';
import { fail, outcome } from './checks.js';
import { type PdfFile, getDict, getText } from './pdf-objects.js';
import { compact, nodeText, tidy } from './struct-text.js';
import type { ExtractedText } from './pdfjs-text.js';
import { nodePath, type StructTree } from './struct-tree.js';
import type { VerifyItem } from './types.js';

export interface OutlineEntry {
  title: string;
  /** 1 for top-level entries. */
  depth: number;
}

export function readOutline(pdf: PdfFile): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  const seen = new Set<PDFDict>();
  const walk = (first: PDFDict | undefined, depth: number): void => {
    for (let item = first; item && !seen.has(item) && depth < 32; item = getDict(pdf.ctx, item, 'Next')) {
      seen.add(item);
      out.push({ title: getText(pdf.ctx, item, 'Title') ?? '', depth });
      walk(getDict(pdf.ctx, item, 'First'), depth + 1);
    }
  };
  walk(getDict(pdf.ctx, getDict(pdf.ctx, pdf.catalog, 'Outlines'), 'First'), 1);
  return out;
}

export function outlineChecks(pdf: PdfFile, tree: StructTree | undefined, text: ExtractedText): VerifyItem[] {
  const outline = readOutline(pdf);
  const headings = (tree?.all ?? []).filter((n) => n.type === 'H1' || n.type === 'H2');
  if (outline.length === 0) {
    return headings.length === 0
      ? outcome('outline', [], 'no H1/H2 headings')
      : [fail('outline', { zh: `没有书签（有 ${headings.length} 个一级、二级标题）`, en: `no outline (bookmarks), though there are ${headings.length} H1/H2 headings` })];
  }
  const titles = outline.map((o) => compact(o.title));
  const failures: VerifyItem[] = [];
  for (const heading of headings) {
    const textOfHeading = nodeText(heading, text);
    if (!titles.includes(compact(textOfHeading))) {
      failures.push(
        fail(
          'outline',
          { zh: `书签中没有标题「${tidy(textOfHeading)}」`, en: `no outline entry for heading "${tidy(textOfHeading)}"` },
          nodePath(heading),
        ),
      );
    }
  }
  return outcome('outline', failures, `${outline.length} entries`);
}
