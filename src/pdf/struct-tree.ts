/**
 * The structure tree as pdf-lib objects: a walker (used by the post-processor and tests) and a
 * RoleMap for the PDF 2.0 types Chromium writes (`<strong>` → /Strong) that PDF/UA-1 readers
 * (PDF 1.7) do not know: each is mapped to its PDF 1.7 equivalent.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from 'pdf-lib';

/** PDF 2.0 structure types → PDF 1.7 standard types. */
export const PDF2_ROLE_MAP: Readonly<Record<string, string>> = {
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  Title: 'P',
  FENote: 'Note',
  Aside: 'Div',
  DocumentFragment: 'Div',
};

export interface StructElement {
  /** Structure type without the slash (`H1`, `TH`…). */
  type: string;
  dict: PDFDict;
  depth: number;
}

export function structTreeRoot(doc: PDFDocument): PDFDict | null {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  return root ?? null;
}

/** Visits every structure element in document order. */
export function walkStructTree(doc: PDFDocument, visit: (element: StructElement) => void): void {
  const root = structTreeRoot(doc);
  if (!root) return;
  const seen = new Set<PDFDict>();
  const walk = (kids: PDFObject | undefined, depth: number) => {
    const resolved = kids instanceof PDFRef ? doc.context.lookup(kids) : kids;
    if (resolved instanceof PDFArray) {
      for (const kid of resolved.asArray()) walk(kid, depth);
      return;
    }
    if (!(resolved instanceof PDFDict) || seen.has(resolved)) return;
    seen.add(resolved);
    const type = resolved.get(PDFName.of('S'));
    if (!(type instanceof PDFName)) return; // a marked-content or object reference
    visit({ type: type.decodeText(), dict: resolved, depth });
    walk(resolved.get(PDFName.of('K')), depth + 1);
  };
  walk(root.get(PDFName.of('K')), 0);
}

/** Adds RoleMap entries for the PDF 2.0 types in use; returns the types mapped. */
export function addPdf2RoleMap(doc: PDFDocument): string[] {
  const root = structTreeRoot(doc);
  if (!root) return [];
  const used = new Set<string>();
  walkStructTree(doc, (element) => {
    if (element.type in PDF2_ROLE_MAP) used.add(element.type);
  });
  if (used.size === 0) return [];
  const roleMap = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? doc.context.obj({});
  const mapped = [...used].sort();
  for (const type of mapped) {
    if (!roleMap.has(PDFName.of(type))) roleMap.set(PDFName.of(type), PDFName.of(PDF2_ROLE_MAP[type]!));
  }
  root.set(PDFName.of('RoleMap'), roleMap);
  return mapped;
}
