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
import { artifactTaggedDecoration, type TaggedArtifactCounts } from './tagged-artifacts.js';
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

/** The accessibility fixes, by name; `skipFixes` leaves some out (tests, diagnosis). */
export const POST_PROCESS_FIXES = [
  'xmp',
  'container-artifacts',
  'repeated-headers',
  'untagged-artifacts',
  'role-map',
  'link-contents',
  'list-bodies',
] as const;
export type PostProcessFix = (typeof POST_PROCESS_FIXES)[number];

export interface PostProcessOptions extends Omit<DocumentMetadata, 'creator' | 'producer'> {
  attachment?: Attachment;
  /**
   * Fixes to leave out. Never for publishing: it exists so tests can make a PDF that fails one
   * verify check through the real build path.
   */
  skipFixes?: readonly PostProcessFix[];
}

export interface PostProcessResult {
  pdf: Uint8Array;
  pages: number;
  artifacts: ArtifactCounts;
  /** Tagged sequences turned into Artifacts: container decoration, repeated table headers. */
  taggedArtifacts: TaggedArtifactCounts;
  /** PDF 2.0 structure types given a RoleMap entry (e.g. Strong → Span). */
  roleMapped: string[];
}

export async function postProcessPdf(input: Uint8Array, options: PostProcessOptions): Promise<PostProcessResult> {
  const doc = await PDFDocument.load(input, { updateMetadata: false });
  const meta: DocumentMetadata = { ...options, creator: PDF_CREATOR, producer: PDF_PRODUCER };
  const skip = new Set(options.skipFixes ?? []);

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
  if (!skip.has('xmp')) {
    const xmp = buildXmp(meta);
    const xmpStream = doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length });
    doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmpStream));
  }

  // Tagged decoration first (it reads the structure tree as Chromium wrote it), then untagged runs.
  const taggedArtifacts = artifactTaggedDecoration(doc, {
    containers: !skip.has('container-artifacts'),
    repeatedHeaders: !skip.has('repeated-headers'),
  });
  const artifacts: ArtifactCounts = skip.has('untagged-artifacts')
    ? { Footer: 0, Header: 0, Layout: 0, unreadable: 0 }
    : markUntaggedAsArtifacts(doc);
  const roleMapped = skip.has('role-map') ? [] : addPdf2RoleMap(doc);
  renumberStructIds(doc);
  if (!skip.has('link-contents')) describeLinks(doc);
  if (!skip.has('list-bodies')) fixListBodies(doc);

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
  return { pdf, pages: doc.getPageCount(), artifacts, taggedArtifacts, roleMapped };
}
