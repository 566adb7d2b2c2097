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
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNull, PDFNumber, PDFRef, type PDFObject } from 'pdf-lib';
import { ContentSyntaxError, inlineMcid, lexContent, TEXT_SHOWING, type Operand, type Operation } from './content-lexer.js';
import { pageContents, replaceContent, type PageContent } from './content-streams.js';
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

/** What one marked-content sequence paints. */
interface Sequence {
  /** Font and character codes of every text-showing operator, in order. */
  glyphs: string[];
  images: string[];
  /** Opened inside another sequence, or holds one: never rewritten. */
  nested: boolean;
  stream: number;
  op: Operation;
}

/** One MCID kid of a structure element. */
interface McidKid {
  owner: PDFDict;
  page: number;
  mcid: number;
}

interface Element {
  type: string;
  dict: PDFDict;
  mcids: McidKid[];
  children: Element[];
}

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
    const edits = new Map<number, Array<{ op: Operation; kind: TaggedArtifactKind }>>();
    for (const [mcid, kind] of mcids) {
      const seq = sequences[index]!.get(mcid)!;
      edits.set(seq.stream, [...(edits.get(seq.stream) ?? []), { op: seq.op, kind }]);
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

/** MCID → what its sequence paints, for one page; empty when a stream cannot be read or is shared. */
function scanSequences(doc: PDFDocument, content: PageContent): Map<number, Sequence> {
  const out = new Map<number, Sequence>();
  const resources = inheritedDict(doc, content.page.node, 'Resources');
  const fonts = resources?.lookupMaybe(PDFName.of('Font'), PDFDict);
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const properties = resources?.lookupMaybe(PDFName.of('Properties'), PDFDict);
  const fontKey = (name: string): string => {
    const value = fonts?.get(PDFName.of(name));
    return value instanceof PDFRef ? value.toString() : name;
  };
  const stack: Array<Sequence | null> = [];
  for (const [streamIndex, stream] of content.streams.entries()) {
    if (!stream.bytes || stream.shared) return new Map();
    let ops: Operation[];
    try {
      ops = lexContent(stream.bytes);
    } catch (error) {
      if (error instanceof ContentSyntaxError) return new Map();
      throw error;
    }
    let font = '';
    const fontStack: string[] = [];
    for (const op of ops) {
      const current = [...stack].reverse().find((s) => s !== null) ?? null;
      switch (op.operator) {
        case 'BDC':
        case 'BMC': {
          const mcid = op.operator === 'BDC' ? (inlineMcid(op) ?? namedMcid(op, properties)) : undefined;
          if (mcid === undefined) {
            stack.push(null);
            break;
          }
          const seq: Sequence = { glyphs: [], images: [], nested: stack.some((s) => s !== null), stream: streamIndex, op };
          if (current) current.nested = true;
          // A duplicate MCID is a broken page: leave both alone.
          if (out.has(mcid)) out.get(mcid)!.nested = seq.nested = true;
          else out.set(mcid, seq);
          stack.push(seq);
          break;
        }
        case 'EMC':
          stack.pop();
          break;
        case 'q':
          fontStack.push(font);
          break;
        case 'Q':
          font = fontStack.pop() ?? '';
          break;
        case 'Tf':
          font = op.operands[0]?.kind === 'name' ? fontKey(op.operands[0].value) : '';
          break;
        case 'Do':
        case 'BI':
        case 'sh':
          current?.images.push(op.operator === 'Do' ? xobjectKey(op.operands[0], xobjects) : op.operator);
          break;
        default:
          if (TEXT_SHOWING.has(op.operator) && current) current.glyphs.push(`${font} ${glyphCodes(op.operands)}`);
      }
    }
  }
  return out;
}

function namedMcid(op: Operation, properties: PDFDict | undefined): number | undefined {
  const name = op.operands[1];
  if (name?.kind !== 'name' || !properties) return undefined;
  const dict = properties.lookupMaybe(PDFName.of(name.value), PDFDict);
  const mcid = dict?.get(PDFName.of('MCID'));
  return mcid instanceof PDFNumber ? mcid.asNumber() : undefined;
}

function xobjectKey(operand: Operand | undefined, xobjects: PDFDict | undefined): string {
  if (operand?.kind !== 'name') return 'Do';
  const value = xobjects?.get(PDFName.of(operand.value));
  return `Do ${value instanceof PDFRef ? value.toString() : operand.value}`;
}

/** The string operands of a text-showing operator as hex (TJ kerning numbers do not count). */
function glyphCodes(operands: Operand[]): string {
  const hex = (o: Operand | undefined): string =>
    o?.kind === 'string' ? Array.from(o.bytes, (b) => b.toString(16).padStart(2, '0')).join('') : o?.kind === 'array' ? o.items.map(hex).join('') : '';
  return operands.map(hex).join('');
}

/** Replaces each listed BDC (operands and operator) by the artifact's; every other byte stays. */
function splice(bytes: Uint8Array, edits: Array<{ op: Operation; kind: TaggedArtifactKind }>): Uint8Array {
  const sorted = [...edits].sort((a, b) => a.op.start - b.op.start);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const { op, kind } of sorted) {
    parts.push(bytes.subarray(at, op.start), encoder.encode(PROPERTIES[kind]));
    at = op.end;
  }
  parts.push(bytes.subarray(at));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Every structure element in document order, with its MCID kids and child elements. */
function readElements(doc: PDFDocument, root: PDFDict, pageIndex: Map<string, number>): Element[] {
  const all: Element[] = [];
  const seen = new Set<PDFDict>();
  const visit = (dict: PDFDict): Element | null => {
    if (seen.has(dict)) return null;
    seen.add(dict);
    const type = dict.get(PDFName.of('S'));
    if (!(type instanceof PDFName)) return null;
    const element: Element = { type: type.decodeText(), dict, mcids: [], children: [] };
    all.push(element);
    const elementPage = pageOf(dict.get(PDFName.of('Pg')), pageIndex);
    for (const kid of kidList(doc, dict)) {
      const value = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
      if (value instanceof PDFNumber) {
        if (elementPage !== undefined) element.mcids.push({ owner: dict, page: elementPage, mcid: value.asNumber() });
      } else if (value instanceof PDFDict) {
        const kind = value.get(PDFName.of('Type'));
        if (kind instanceof PDFName && kind.decodeText() === 'MCR') {
          const mcid = value.get(PDFName.of('MCID'));
          const page = pageOf(value.get(PDFName.of('Pg')), pageIndex) ?? elementPage;
          // Marked content in a form XObject (/Stm) is not on the page: not ours to edit.
          if (mcid instanceof PDFNumber && page !== undefined && !value.has(PDFName.of('Stm'))) {
            element.mcids.push({ owner: dict, page, mcid: mcid.asNumber() });
          }
        } else if (!(kind instanceof PDFName && kind.decodeText() === 'OBJR')) {
          const child = visit(value);
          if (child) element.children.push(child);
        }
      }
    }
    return element;
  };
  for (const kid of kidList(doc, root)) {
    const value = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
    if (value instanceof PDFDict) visit(value);
  }
  return all;
}

/** A cell's MCIDs and those of its descendants, in document order (nested tables excluded). */
function subtreeMcids(element: Element): McidKid[] {
  const out: McidKid[] = [];
  const walk = (e: Element): void => {
    out.push(...e.mcids);
    for (const child of e.children) if (child.type !== 'Table') walk(child);
  };
  walk(element);
  return out;
}

function kidList(doc: PDFDocument, dict: PDFDict): PDFObject[] {
  const k = dict.get(PDFName.of('K'));
  const resolved = k instanceof PDFRef ? doc.context.lookup(k) : k;
  if (resolved instanceof PDFArray) return resolved.asArray();
  return k === undefined ? [] : [k];
}

function pageOf(obj: PDFObject | undefined, pageIndex: Map<string, number>): number | undefined {
  return obj instanceof PDFRef ? pageIndex.get(obj.toString()) : undefined;
}

/** Removes the listed MCID kids (`page:mcid`) from an element's /K. */
function removeKids(doc: PDFDocument, owner: PDFDict, pageIndex: Map<string, number>, removed: Set<string>): void {
  const elementPage = pageOf(owner.get(PDFName.of('Pg')), pageIndex);
  const keep = kidList(doc, owner).filter((kid) => {
    const value = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
    if (value instanceof PDFNumber) return !removed.has(`${elementPage}:${value.asNumber()}`);
    if (value instanceof PDFDict && value.get(PDFName.of('Type'))?.toString() === '/MCR' && !value.has(PDFName.of('Stm'))) {
      const mcid = value.get(PDFName.of('MCID'));
      const page = pageOf(value.get(PDFName.of('Pg')), pageIndex) ?? elementPage;
      return !(mcid instanceof PDFNumber && removed.has(`${page}:${mcid.asNumber()}`));
    }
    return true;
  });
  if (keep.length === 0) owner.delete(PDFName.of('K'));
  else owner.set(PDFName.of('K'), keep.length === 1 ? keep[0]! : doc.context.obj(keep));
}

/** The value for `key` in a number tree (/Nums, /Kids), resolved. */
function numberTreeValue(doc: PDFDocument, node: PDFDict, key: number, depth = 0): PDFObject | undefined {
  if (depth > 32) return undefined;
  const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
  if (nums) {
    for (let i = 0; i + 1 < nums.size(); i += 2) {
      const k = nums.lookup(i);
      if (k instanceof PDFNumber && k.asNumber() === key) return nums.lookup(i + 1);
    }
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (const kid of kids?.asArray() ?? []) {
    const dict = doc.context.lookup(kid);
    if (!(dict instanceof PDFDict)) continue;
    const limits = dict.lookupMaybe(PDFName.of('Limits'), PDFArray);
    const lo = limits?.lookup(0);
    const hi = limits?.lookup(1);
    if (lo instanceof PDFNumber && hi instanceof PDFNumber && (key < lo.asNumber() || key > hi.asNumber())) continue;
    const found = numberTreeValue(doc, dict, key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function inheritedDict(doc: PDFDocument, node: PDFDict, key: string): PDFDict | undefined {
  let current: PDFDict | undefined = node;
  for (let depth = 0; current && depth < 64; depth++) {
    const value = current.get(PDFName.of(key));
    const resolved = value instanceof PDFRef ? doc.context.lookup(value) : value;
    if (resolved instanceof PDFDict) return resolved;
    const parent: PDFObject | undefined = current.get(PDFName.of('Parent'));
    const next: PDFObject | undefined = parent instanceof PDFRef ? doc.context.lookup(parent) : parent;
    current = next instanceof PDFDict ? next : undefined;
  }
  return undefined;
}
