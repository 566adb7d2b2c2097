/** Applies `wrapUntaggedContent` to every page content stream of a loaded document, in place. */
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream } from 'pdf-lib';
import { wrapUntaggedContent, type ArtifactClass } from './artifacts.js';
import { ContentSyntaxError } from './content-lexer.js';

export interface ArtifactCounts extends Record<ArtifactClass, number> {
  /** Content streams left as they were because they could not be read. */
  unreadable: number;
}

export function markUntaggedAsArtifacts(doc: PDFDocument): ArtifactCounts {
  const total: ArtifactCounts = { Footer: 0, Header: 0, Layout: 0, unreadable: 0 };
  const seen = new Set<string>();
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs: PDFRef[] = [];
    if (contents instanceof PDFRef) {
      const target = doc.context.lookup(contents);
      if (target instanceof PDFArray) refs.push(...target.asArray().filter((r): r is PDFRef => r instanceof PDFRef));
      else refs.push(contents);
    } else if (contents instanceof PDFArray) {
      refs.push(...contents.asArray().filter((r): r is PDFRef => r instanceof PDFRef));
    }
    const { height } = page.getMediaBox();
    for (const ref of refs) {
      // A stream shared by several pages is edited once.
      if (seen.has(ref.toString())) continue;
      seen.add(ref.toString());
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFStream)) continue;
      const decoded = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
      let result;
      try {
        result = wrapUntaggedContent(decoded, height);
      } catch (error) {
        if (!(error instanceof ContentSyntaxError)) throw error;
        total.unreadable++;
        continue;
      }
      if (result.bytes === decoded) continue;
      for (const key of Object.keys(result.wrapped) as ArtifactClass[]) total[key] += result.wrapped[key];
      const replacement = doc.context.flateStream(result.bytes);
      // Keep any dictionary entries other than the length and filter (none in Chromium's output).
      for (const [key, value] of stream.dict.entries()) {
        const name = key.asString();
        if (name !== '/Length' && name !== '/Filter' && name !== '/DecodeParms') replacement.dict.set(key, value);
      }
      doc.context.assign(ref, replacement);
    }
  }
  return total;
}
