/**
 * The structure-tree side of tagged artifacts: reading elements with their MCID kids, removing
 * MCID kids from an element's /K, and the number-tree and inherited-attribute lookups they need.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, type PDFObject } from 'pdf-lib';

/** One MCID kid of a structure element. */
export interface McidKid {
  owner: PDFDict;
  page: number;
  mcid: number;
}

export interface Element {
  type: string;
  dict: PDFDict;
  mcids: McidKid[];
  children: Element[];
}

/** Every structure element in document order, with its MCID kids and child elements. */
export function readElements(doc: PDFDocument, root: PDFDict, pageIndex: Map<string, number>): Element[] {
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
export function subtreeMcids(element: Element): McidKid[] {
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
export function removeKids(doc: PDFDocument, owner: PDFDict, pageIndex: Map<string, number>, removed: Set<string>): void {
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
export function numberTreeValue(doc: PDFDocument, node: PDFDict, key: number, depth = 0): PDFObject | undefined {
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

export function inheritedDict(doc: PDFDocument, node: PDFDict, key: string): PDFDict | undefined {
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
