/**
 * Renumbers structure element IDs. Chromium names them after its accessibility node ids
 * (`node00000028`), which keep counting across documents printed in the same page, so the same
 * report would get different bytes depending on what was printed before. IDs become
 * `node00000001`, `node00000002`… in structure-tree order; TD `/Headers` and the `/IDTree`
 * follow.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { structTreeRoot, walkStructTree } from './struct-tree.js';

export function renumberStructIds(doc: PDFDocument): number {
  const root = structTreeRoot(doc);
  if (!root) return 0;
  const ids = new Map<string, string>();
  const elements: Array<{ dict: PDFDict; id: string }> = [];
  walkStructTree(doc, ({ dict }) => {
    const id = stringValue(dict.get(PDFName.of('ID')));
    if (id === undefined) return;
    if (!ids.has(id)) ids.set(id, `node${String(ids.size + 1).padStart(8, '0')}`);
    elements.push({ dict, id });
  });
  if (ids.size === 0) return 0;

  const byNewId = new Map<string, PDFDict>();
  for (const { dict, id } of elements) {
    const fresh = ids.get(id)!;
    dict.set(PDFName.of('ID'), PDFString.of(fresh));
    byNewId.set(fresh, dict);
  }
  walkStructTree(doc, ({ dict }) => {
    for (const attrs of attributeDicts(doc, dict)) {
      const headers = attrs.lookupMaybe(PDFName.of('Headers'), PDFArray);
      if (!headers) continue;
      const renamed = headers.asArray().map((h) => {
        const old = stringValue(h);
        return PDFString.of(old !== undefined ? (ids.get(old) ?? old) : '');
      });
      attrs.set(PDFName.of('Headers'), doc.context.obj(renamed));
    }
  });

  // Replace the ID tree by one flat, sorted name tree; drop the old nodes (they hold old ids).
  const oldTree = root.get(PDFName.of('IDTree'));
  deleteNameTree(doc, oldTree);
  const names: PDFObject[] = [];
  for (const key of [...byNewId.keys()].sort()) {
    names.push(PDFString.of(key), doc.context.getObjectRef(byNewId.get(key)!) ?? byNewId.get(key)!);
  }
  root.set(PDFName.of('IDTree'), doc.context.register(doc.context.obj({ Names: names })));
  return ids.size;
}

function stringValue(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : undefined;
}

/** The attribute dictionaries of an element (`/A` is a dict, or an array of dicts and revision numbers). */
function attributeDicts(doc: PDFDocument, element: PDFDict): PDFDict[] {
  const attrs = element.get(PDFName.of('A'));
  const resolved = attrs instanceof PDFRef ? doc.context.lookup(attrs) : attrs;
  const list = resolved instanceof PDFArray ? resolved.asArray() : [resolved];
  return list
    .map((a) => (a instanceof PDFRef ? doc.context.lookup(a) : a))
    .filter((a): a is PDFDict => a instanceof PDFDict);
}

function deleteNameTree(doc: PDFDocument, node: PDFObject | undefined): void {
  if (!(node instanceof PDFRef)) return;
  const dict = doc.context.lookup(node);
  if (dict instanceof PDFDict) {
    const kids = dict.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (const kid of kids?.asArray() ?? []) deleteNameTree(doc, kid);
  }
  doc.context.delete(node);
}
