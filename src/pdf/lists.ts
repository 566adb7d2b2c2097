/**
 * List items: Chromium writes `LI > Lbl, NonStruct`; PDF/UA-1 (Matterhorn 09-005) wants
 * `LI > Lbl, LBody`. A single NonStruct body is renamed LBody; several body elements (text and a
 * nested list) are wrapped in one new LBody. Marked content directly under an LI is left alone
 * (moving it would need ParentTree edits; Chromium does not write it).
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from 'pdf-lib';
import { walkStructTree } from './struct-tree.js';

export function fixListBodies(doc: PDFDocument): number {
  const items: PDFDict[] = [];
  walkStructTree(doc, ({ type, dict }) => {
    if (type === 'LI') items.push(dict);
  });
  let fixed = 0;
  for (const li of items) {
    const kids = kidsOf(doc, li);
    if (!kids) continue;
    const body = kids.filter((k) => k.type !== 'Lbl');
    if (body.length === 0 || body.some((k) => k.type === 'LBody')) continue;
    if (body.length === 1 && body[0]!.type === 'NonStruct') {
      body[0]!.dict.set(PDFName.of('S'), PDFName.of('LBody'));
      fixed++;
      continue;
    }
    const liRef = doc.context.getObjectRef(li);
    if (!liRef) continue;
    const lbody = doc.context.obj({ Type: 'StructElem', S: 'LBody', P: liRef, K: body.map((k) => k.ref) });
    const lbodyRef = doc.context.register(lbody);
    for (const kid of body) kid.dict.set(PDFName.of('P'), lbodyRef);
    const firstBody = kids.findIndex((k) => k.type !== 'Lbl');
    const newKids: PDFObject[] = kids.filter((k) => k.type === 'Lbl').map((k) => k.ref);
    newKids.splice(Math.min(firstBody, newKids.length), 0, lbodyRef);
    li.set(PDFName.of('K'), doc.context.obj(newKids));
    fixed++;
  }
  return fixed;
}

interface Kid {
  ref: PDFRef;
  dict: PDFDict;
  type: string;
}

/** The LI's kids when all are structure elements given by reference; null otherwise. */
function kidsOf(doc: PDFDocument, li: PDFDict): Kid[] | null {
  const k = li.get(PDFName.of('K'));
  const resolved = k instanceof PDFRef && !(doc.context.lookup(k) instanceof PDFDict) ? doc.context.lookup(k) : k;
  const list = resolved instanceof PDFArray ? resolved.asArray() : resolved ? [resolved] : [];
  const kids: Kid[] = [];
  for (const entry of list) {
    if (!(entry instanceof PDFRef)) return null;
    const dict = doc.context.lookup(entry);
    if (!(dict instanceof PDFDict)) return null;
    const type = dict.get(PDFName.of('S'));
    if (!(type instanceof PDFName)) return null;
    kids.push({ ref: entry, dict, type: type.decodeText() });
  }
  return kids;
}
