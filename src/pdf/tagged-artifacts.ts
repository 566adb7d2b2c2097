/**
 * Tagged content that must be an Artifact. Chromium tags two kinds of decoration as content:
 *
 * - **Container decoration**: table borders and backgrounds are marked content owned directly by
 *   the Table (`/Table <</MCID n>> BDC … EMC`); a container element (Table, THead, TBody, TFoot,
 *   TR, L, LI) must own no content. Sequences that paint no text and no image become
 *   `/Artifact <</Type /Layout>>`.
 * - **Repeated table headers**: each repeat of a `<thead>` on a continuation page is added to the
 *   same TH (or TD), so a screen reader reads the header once per page. A cell's content on a
 *   later page that shows exactly the same glyphs (same font, same codes, same order) as on its
 *   first page becomes `/Artifact <</Type /Pagination>>`.
 *
 * Only the BDC operator is rewritten (tag and property list), so the rendering stays identical.
 * The MCID leaves its element's /K and its ParentTree slot becomes null. Pages whose content
 * cannot be read, or sequences nested in other marked content, are left as they were.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNull, PDFNumber } from 'pdf-lib';
import type { Operation } from './content-lexer.js';
import { pageContents, replaceContent } from './content-streams.js';
import { scanSequences, splice, type Sequence } from './marked-sequences.js';
import { numberTreeValue, readElements, removeKids, subtreeMcids, type McidKid } from './struct-elements.js';
import { structTreeRoot } from './struct-tree.js';

export type TaggedArtifactKind = 'container' | 'repeated-header';

const PROPERTIES: Record<TaggedArtifactKind, string> = {
  container: '/Artifact <</Type /Layout>> BDC',
  'repeated-header': '/Artifact <</Type /Pagination>> BDC',
};

/** Structure types that group other elements and must not own content. */
export const CONTAINER_TYPES: ReadonlySet<string> = new Set(['Table', 'THead', 'TBody', 'TFoot', 'TR', 'L', 'LI']);
const CELL_TYPES: ReadonlySet<string> = new Set(['TH', 'TD']);

export interface TaggedArtifactOptions {
  /** Container decoration → Layout artifacts. Default true. */
  containers?: boolean;
  /** Header cells repeated on continuation pages → Pagination artifacts. Default true. */
  repeatedHeaders?: boolean;
}

export type TaggedArtifactCounts = Record<TaggedArtifactKind, number>;

export function artifactTaggedDecoration(doc: PDFDocument, options: TaggedArtifactOptions = {}): TaggedArtifactCounts {
  const counts: TaggedArtifactCounts = { container: 0, 'repeated-header': 0 };
  const root = structTreeRoot(doc);
  if (!root) return counts;
  const pages = pageContents(doc);
  const pageIndex = new Map(pages.map((p) => [p.page.ref.toString(), p.index]));
  const sequences = pages.map((p) => scanSequences(doc, p));
  const elements = readElements(doc, root, pageIndex);
  const sequenceOf = (kid: McidKid): Sequence | undefined => sequences[kid.page]?.get(kid.mcid);
  const targets = new Map<McidKid, TaggedArtifactKind>();

  if (options.containers ?? true) {
    for (const element of elements) {
      if (!CONTAINER_TYPES.has(element.type)) continue;
      for (const kid of element.mcids) {
        const seq = sequenceOf(kid);
        // Content with text or images is real content: left for the verifier to report.
        if (seq && !seq.nested && seq.glyphs.length === 0 && seq.images.length === 0) targets.set(kid, 'container');
      }
    }
  }

  if (options.repeatedHeaders ?? true) {
    for (const cell of elements.filter((e) => CELL_TYPES.has(e.type))) {
      const kids = subtreeMcids(cell);
      const byPage = new Map<number, McidKid[]>();
      for (const kid of kids) byPage.set(kid.page, [...(byPage.get(kid.page) ?? []), kid]);
      if (byPage.size < 2) continue;
      const first = kids[0]!.page;
      const signature = (list: McidKid[]): string | null => {
        const parts: string[] = [];
        for (const kid of list) {
          const seq = sequenceOf(kid);
          if (!seq || seq.nested) return null;
          parts.push(...seq.glyphs, ...seq.images);
        }
        return parts.join('\n');
      };
      const original = signature(byPage.get(first)!);
      if (original === null) continue;
      for (const [page, list] of byPage) {
        if (page === first || signature(list) !== original) continue;
        for (const kid of list) targets.set(kid, 'repeated-header');
      }
    }
  }
  if (targets.size === 0) return counts;

  // Content: rewrite each target's BDC, one stream at a time.
  const byPage = new Map<number, Map<number, TaggedArtifactKind>>();
  for (const [kid, kind] of targets) {
    const map = byPage.get(kid.page) ?? new Map<number, TaggedArtifactKind>();
    map.set(kid.mcid, kind);
    byPage.set(kid.page, map);
  }
  for (const [index, mcids] of byPage) {
    const content = pages[index]!;
    const edits = new Map<number, Array<{ op: Operation; bdc: string }>>();
    for (const [mcid, kind] of mcids) {
      const seq = sequences[index]!.get(mcid)!;
      edits.set(seq.stream, [...(edits.get(seq.stream) ?? []), { op: seq.op, bdc: PROPERTIES[kind] }]);
      counts[kind]++;
    }
    for (const [stream, list] of edits) {
      const target = content.streams[stream]!;
      replaceContent(doc, target, splice(target.bytes!, list));
    }
  }

  // Structure: the MCIDs leave their elements and the ParentTree.
  const removed = new Set([...targets.keys()].map((k) => `${k.page}:${k.mcid}`));
  const owners = new Set([...targets.keys()].map((k) => k.owner));
  for (const owner of owners) removeKids(doc, owner, pageIndex, removed);
  const parentTree = root.lookupMaybe(PDFName.of('ParentTree'), PDFDict);
  for (const [index, mcids] of byPage) {
    const key = pages[index]!.page.node.get(PDFName.of('StructParents'));
    if (!(key instanceof PDFNumber) || !parentTree) continue;
    const entry = numberTreeValue(doc, parentTree, key.asNumber());
    if (!(entry instanceof PDFArray)) continue;
    for (const mcid of mcids.keys()) if (mcid < entry.size()) entry.set(mcid, PDFNull);
  }
  return counts;
}
