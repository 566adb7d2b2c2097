/** Applies `wrapUntaggedContent` to every page content stream of a loaded document, in place. */
import type { PDFDocument } from 'pdf-lib';
import { wrapUntaggedContent, type ArtifactClass } from './artifacts.js';
import { ContentSyntaxError } from './content-lexer.js';
import { pageContents, replaceContent } from './content-streams.js';

export interface ArtifactCounts extends Record<ArtifactClass, number> {
  /** Content streams left as they were because they could not be read. */
  unreadable: number;
}

export function markUntaggedAsArtifacts(doc: PDFDocument): ArtifactCounts {
  const total: ArtifactCounts = { Footer: 0, Header: 0, Layout: 0, unreadable: 0 };
  for (const { page, streams } of pageContents(doc)) {
    const { height } = page.getMediaBox();
    for (const content of streams) {
      // A stream shared by several pages is edited once.
      if (content.shared) continue;
      if (!content.bytes) {
        total.unreadable++;
        continue;
      }
      let result;
      try {
        result = wrapUntaggedContent(content.bytes, height);
      } catch (error) {
        if (!(error instanceof ContentSyntaxError)) throw error;
        total.unreadable++;
        continue;
      }
      if (result.bytes === content.bytes) continue;
      for (const key of Object.keys(result.wrapped) as ArtifactClass[]) total[key] += result.wrapped[key];
      replaceContent(doc, content, result.bytes);
    }
  }
  return total;
}
