/**
 * Text as pdf.js extracts it (ToUnicode only; it ignores /ActualText, which makes it a strict
 * test): per page, and per marked-content id (page, MCID).
 */
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';

export interface ExtractedText {
  /** `${pageIndex}:${mcid}` → text painted in that marked-content sequence. */
  byMcid: Map<string, string>;
  /** All text of each page, in content order. */
  pages: string[];
}

export function mcidKey(page: number, mcid: number): string {
  return `${page}:${mcid}`;
}

export async function extractText(bytes: Uint8Array): Promise<ExtractedText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given: pass a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), disableFontFace: true, isEvalSupported: false, verbosity: 0, useSystemFonts: false });
  const doc = await task.promise;
  const result: ExtractedText = { byMcid: new Map(), pages: [] };
  try {
    for (let index = 0; index < doc.numPages; index++) {
      const page = await doc.getPage(index + 1);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const stack: (number | undefined)[] = [];
      let pageText = '';
      for (const item of content.items as (TextItem | TextMarkedContent)[]) {
        if ('str' in item) {
          const text = item.str + (item.hasEOL ? '\n' : '');
          pageText += text;
          const mcid = [...stack].reverse().find((m) => m !== undefined);
          if (mcid !== undefined) {
            const key = mcidKey(index, mcid);
            result.byMcid.set(key, (result.byMcid.get(key) ?? '') + text);
          }
        } else if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
          const match = /_mc(\d+)$/.exec(item.id ?? '');
          stack.push(match ? Number(match[1]) : undefined);
        } else if (item.type === 'endMarkedContent') {
          stack.pop();
        }
      }
      result.pages.push(pageText);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return result;
}
