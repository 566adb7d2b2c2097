/** `verifyPdf`: nianbao's own PDF/UA-1 machine checks, in catalogue order. */
import { annotationChecks } from './annotation-checks.js';
import { catalogChecks } from './catalog-checks.js';
import { CHECKS } from './checks.js';
import { contentChecks, scanPages } from './content-checks.js';
import { fontChecks } from './font-checks.js';
import { outlineChecks } from './outline.js';
import { parentTreeChecks } from './parent-tree.js';
import { loadPdf } from './pdf-objects.js';
import { extractText } from './pdfjs-text.js';
import { roleMapChecks } from './role-map.js';
import { readStructTree } from './struct-tree.js';
import { structureChecks } from './structure-checks.js';
import { tableShapeChecks } from './table-shape-checks.js';
import { VerifyInputError, type VerifyItem, type VerifyResult } from './types.js';

export { CHECKS, type CheckDefinition } from './checks.js';
export { roundTrip } from './round-trip.js';
export { VerifyInputError, type Message, type VerifyItem, type VerifyResult } from './types.js';

const ORDER = new Map<string, number>(CHECKS.map((c, i) => [c.id, i]));

export async function verifyPdf(bytes: Uint8Array): Promise<VerifyResult> {
  const pdf = await loadPdf(bytes);
  let text;
  try {
    text = await extractText(bytes);
  } catch (error) {
    throw new VerifyInputError(`pdf.js cannot read the PDF: ${(error as Error).message}`, `pdf.js 无法读取该 PDF：${(error as Error).message}`);
  }
  const tree = readStructTree(pdf);
  const scans = scanPages(pdf);
  const items: VerifyItem[] = [
    ...catalogChecks(pdf),
    ...parentTreeChecks(pdf, tree, scans),
    ...contentChecks(scans),
    ...roleMapChecks(pdf, tree),
    ...structureChecks(pdf, tree),
    ...tableShapeChecks(pdf, tree),
    ...annotationChecks(pdf, tree),
    ...fontChecks(pdf),
    ...outlineChecks(pdf, tree, text),
  ];
  items.sort((a, b) => (ORDER.get(a.check) ?? 0) - (ORDER.get(b.check) ?? 0));
  return { ok: items.every((i) => i.status === 'pass'), items };
}
