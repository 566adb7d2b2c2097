/**
 * Post-processing of Chromium's tagged PDF, in place (pages are never copied: that would drop
 * the structure tree). Adds what PDF/UA wants and Chromium leaves out, and fixes every date so
 * the same input gives byte-identical output.
 */
import { AFRelationship, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describeLinks } from './links.js';
import { fixListBodies } from './lists.js';
import { markUntaggedAsArtifacts, type ArtifactCounts } from './page-artifacts.js';
import { renumberStructIds } from './struct-ids.js';
import { addPdf2RoleMap } from './struct-tree.js';
import { buildXmp, type DocumentMetadata } from './xmp.js';

export const PDF_CREATOR = 'nianbao';
export const PDF_PRODUCER = 'nianbao (Chromium Skia/PDF, pdf-lib)';

export interface Attachment {
  /** File name shown in the viewer's attachment list. */
  name: string;
  bytes: Uint8Array;
  mimeType: string;
  description: string;
}

export interface PostProcessOptions extends Omit<DocumentMetadata, 'creator' | 'producer'> {
  attachment?: Attachment;
}

export interface PostProcessResult {
  pdf: Uint8Array;
  pages: number;
  artifacts: ArtifactCounts;
  /** PDF 2.0 structure types given a RoleMap entry (e.g. Strong → Span). */
  roleMapped: string[];
}

export async function postProcessPdf(input: Uint8Array, options: PostProcessOptions): Promise<PostProcessResult> {
  const doc = await PDFDocument.load(input, { updateMetadata: false });
  const meta: DocumentMetadata = { ...options, creator: PDF_CREATOR, producer: PDF_PRODUCER };

  // Info dictionary.
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);

  // Catalog: language, title in the window bar, XMP.
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));
  doc.catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);
  const xmp = buildXmp(meta);
  const xmpStream = doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmpStream));

  const artifacts = markUntaggedAsArtifacts(doc);
  const roleMapped = addPdf2RoleMap(doc);
  renumberStructIds(doc);
  describeLinks(doc);
  fixListBodies(doc);

  if (options.attachment) {
    const { name, bytes, mimeType, description } = options.attachment;
    await doc.attach(bytes, name, {
      mimeType,
      description,
      creationDate: meta.date,
      modificationDate: meta.date,
      afRelationship: AFRelationship.Data,
    });
  }

  // No trailer /ID from the input survives: it would be the only varying bytes.
  delete doc.context.trailerInfo.ID;
  const pdf = await doc.save({ useObjectStreams: true, addDefaultPage: false });
  return { pdf, pages: doc.getPageCount(), artifacts, roleMapped };
}
