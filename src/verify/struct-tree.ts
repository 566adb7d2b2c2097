/** Reads the whole logical structure tree (StructTreeRoot) into plain nodes, with RoleMap applied. */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFObject } from 'pdf-lib';
import { type PdfFile, get, getDict, getName, getText, items, refKey, resolve } from './pdf-objects.js';

export type StructKid =
  | { kind: 'element'; node: StructNode }
  | { kind: 'mcid'; page: number | undefined; mcid: number; /** Marked content inside a Form XObject (/Stm). */ inStream?: true }
  | { kind: 'objr'; ref: PDFRef | undefined; page: number | undefined };

export interface StructNode {
  ref: PDFRef | undefined;
  dict: PDFDict;
  /** The /S name as written. */
  rawType: string;
  /** The standard type after RoleMap (equal to rawType when standard or unmapped). */
  type: string;
  parent: StructNode | undefined;
  children: StructNode[];
  kids: StructKid[];
  /** 0-based page of /Pg, when given. */
  page: number | undefined;
  /** /ID as text. */
  id: string | undefined;
}

export interface StructTree {
  root: PDFDict;
  /** Top-level elements (kids of the StructTreeRoot). */
  top: StructNode[];
  /** Every element in document (pre-)order. */
  all: StructNode[];
  byId: Map<string, StructNode>;
  byRef: Map<string, StructNode>;
}

export const STANDARD_TYPES: ReadonlySet<string> = new Set(
  ('Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private H H1 H2 H3 H4 H5 H6 P ' +
    'L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot ' +
    'Ruby RB RT RP Warichu WT WP Figure Formula Form').split(' '),
);

export function readStructTree(pdf: PdfFile): StructTree | undefined {
  const { ctx } = pdf;
  const root = getDict(ctx, pdf.catalog, 'StructTreeRoot');
  if (!root) return undefined;
  const roleMap = getDict(ctx, root, 'RoleMap');
  const mapRole = (raw: string): string => {
    let current = raw;
    for (let i = 0; i < 16 && !STANDARD_TYPES.has(current); i++) {
      const next = getName(ctx, roleMap, current);
      if (!next || next === current) break;
      current = next;
    }
    return current;
  };
  const pageOf = (dict: PDFDict | undefined): number | undefined => {
    const pg = dict?.get(PDFName.of('Pg'));
    return pg instanceof PDFRef ? pdf.pageIndexByRef.get(refKey(pg)) : undefined;
  };
  const tree: StructTree = { root, top: [], all: [], byId: new Map(), byRef: new Map() };
  const seen = new Set<PDFDict>();

  const build = (raw: PDFObject | undefined, parent: StructNode | undefined, depth: number): StructKid | undefined => {
    const ref = raw instanceof PDFRef ? raw : undefined;
    const value = resolve(ctx, raw);
    if (value instanceof PDFNumber) return { kind: 'mcid', page: parent?.page, mcid: value.asNumber() };
    if (!(value instanceof PDFDict)) return undefined;
    const type = getName(ctx, value, 'Type');
    if (type === 'MCR') {
      const mcid = get(ctx, value, 'MCID');
      if (!(mcid instanceof PDFNumber)) return undefined;
      const page = pageOf(value) ?? parent?.page;
      return value.get(PDFName.of('Stm')) ? { kind: 'mcid', page, mcid: mcid.asNumber(), inStream: true } : { kind: 'mcid', page, mcid: mcid.asNumber() };
    }
    if (type === 'OBJR') {
      const obj = value.get(PDFName.of('Obj'));
      return { kind: 'objr', ref: obj instanceof PDFRef ? obj : undefined, page: pageOf(value) ?? parent?.page };
    }
    if (seen.has(value) || depth > 200) return undefined;
    seen.add(value);
    const rawType = getName(ctx, value, 'S') ?? '';
    const node: StructNode = {
      ref,
      dict: value,
      rawType,
      type: mapRole(rawType),
      parent,
      children: [],
      kids: [],
      page: pageOf(value) ?? parent?.page,
      id: getText(ctx, value, 'ID'),
    };
    tree.all.push(node);
    if (ref) tree.byRef.set(refKey(ref), node);
    if (node.id !== undefined) tree.byId.set(node.id, node);
    const k = value.get(PDFName.of('K'));
    const kidObjects = rawItems(pdf, k);
    for (const kidObject of kidObjects) {
      const kid = build(kidObject, node, depth + 1);
      if (!kid) continue;
      node.kids.push(kid);
      if (kid.kind === 'element') node.children.push(kid.node);
    }
    return { kind: 'element', node };
  };

  const topK = root.get(PDFName.of('K'));
  const topObjects = rawItems(pdf, topK);
  for (const object of topObjects) {
    const kid = build(object, undefined, 0);
    if (kid?.kind === 'element') tree.top.push(kid.node);
  }
  return tree;
}

/** Array elements without resolving them (so element refs are kept). */
function rawItems(pdf: PdfFile, obj: PDFObject | undefined): PDFObject[] {
  const value = resolve(pdf.ctx, obj);
  if (value instanceof PDFArray) return value.asArray();
  return value === undefined ? [] : [obj as PDFObject];
}

/** An attribute of owner `owner` (e.g. `Table`) from /A, which may be a dict or an array of dicts and revisions. */
export function attribute(pdf: PdfFile, node: StructNode, owner: string, key: string): PDFObject | undefined {
  for (const entry of items(pdf.ctx, node.dict.get(PDFName.of('A')))) {
    if (!(entry instanceof PDFDict)) continue;
    if (getName(pdf.ctx, entry, 'O') !== owner) continue;
    const value = get(pdf.ctx, entry, key);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** `Document/Table[2]/TR[1]`-style path for details. */
export function nodePath(node: StructNode): string {
  const parts: string[] = [];
  for (let current: StructNode | undefined = node; current; current = current.parent) {
    const siblings = current.parent ? current.parent.children.filter((c) => c.type === current!.type) : [];
    const index = siblings.length > 1 ? `[${siblings.indexOf(current) + 1}]` : '';
    parts.unshift(`${current.rawType || '?'}${index}`);
  }
  const where = node.ref ? ` (obj ${node.ref.objectNumber})` : '';
  return `${parts.join('/')}${where}`;
}

/** Every element below `node` (not including it), pre-order. */
export function descendants(node: StructNode): StructNode[] {
  const out: StructNode[] = [];
  const walk = (n: StructNode): void => {
    for (const child of n.children) {
      out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}
