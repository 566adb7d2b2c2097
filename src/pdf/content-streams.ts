/**
 * Page content streams as decoded bytes, and writing an edited stream back in place. Shared by
 * the edits that rewrite page content (untagged runs → Artifacts, tagged decoration → Artifacts).
 */
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream, type PDFPage } from 'pdf-lib';

export interface ContentStream {
  ref: PDFRef;
  stream: PDFStream;
  /** Decoded bytes; null when the filter cannot be decoded here. */
  bytes: Uint8Array | null;
  /** Also drawn by an earlier page (edited once, with that page). */
  shared: boolean;
}

export interface PageContent {
  page: PDFPage;
  index: number;
  streams: ContentStream[];
}

/** Every page with its content streams in drawing order. */
export function pageContents(doc: PDFDocument): PageContent[] {
  const seen = new Set<string>();
  return doc.getPages().map((page, index) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const resolved = contents instanceof PDFRef ? doc.context.lookup(contents) : contents;
    const refs =
      resolved instanceof PDFArray
        ? resolved.asArray().filter((r): r is PDFRef => r instanceof PDFRef)
        : contents instanceof PDFRef
          ? [contents]
          : [];
    const streams: ContentStream[] = [];
    for (const ref of refs) {
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFStream)) continue;
      const shared = seen.has(ref.toString());
      seen.add(ref.toString());
      streams.push({ ref, stream, bytes: decode(stream), shared });
    }
    return { page, index, streams };
  });
}

function decode(stream: PDFStream): Uint8Array | null {
  try {
    return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
  } catch {
    return null;
  }
}

/** Replaces a content stream's data (Flate-compressed), keeping its other dictionary entries. */
export function replaceContent(doc: PDFDocument, target: ContentStream, bytes: Uint8Array): void {
  const replacement = doc.context.flateStream(bytes);
  for (const [key, value] of target.stream.dict.entries()) {
    const name = key.asString();
    if (name !== '/Length' && name !== '/Filter' && name !== '/DecodeParms') replacement.dict.set(key, value);
  }
  doc.context.assign(target.ref, replacement);
  target.stream = replacement;
  target.bytes = bytes;
}
