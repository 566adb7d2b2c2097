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

export { CHECKS, ROUND_TRIP_CHECKS, type CheckDefinition } from './checks.js';
export { roundTrip } from './round-trip.js';
export { VerifyInputError, type Message, type VerifyItem, type VerifyResult } from './types.js';

const ORDER = new Map<string, number>(CHECKS.map((c, i) => [c.id, i]));

/** Runs one step; an unexpected error in a damaged file becomes a clear input error, not a stack trace. */
function guard<T>([zhStep, enStep]: [string, string], run: () => T): T {
  try {
    return run();
  } catch (error) {
    const reason = (error as Error).message?.split('\n')[0] ?? String(error);
    throw new VerifyInputError(`damaged PDF: ${enStep} failed (${reason})`, `PDF 已损坏：${zhStep}时出错（${reason}）`);
  }
}

export async function verifyPdf(bytes: Uint8Array): Promise<VerifyResult> {
  const pdf = await loadPdf(bytes);
  let text;
  try {
    text = await extractText(bytes);
  } catch (error) {
    throw new VerifyInputError(`pdf.js cannot read the PDF: ${(error as Error).message}`, `pdf.js 无法读取该 PDF：${(error as Error).message}`);
  }
  const tree = guard(['读取结构树', 'reading the structure tree'], () => readStructTree(pdf));
  const scans = guard(['读取页面内容', 'reading page content'], () => scanPages(pdf));
  const items: VerifyItem[] = [
    ...guard(['检查文档目录', 'catalog checks'], () => catalogChecks(pdf)),
    ...guard(['检查 ParentTree', 'ParentTree checks'], () => parentTreeChecks(pdf, tree, scans)),
    ...guard(['检查标记内容', 'content checks'], () => contentChecks(scans)),
    ...guard(['检查 RoleMap', 'RoleMap checks'], () => roleMapChecks(pdf, tree)),
    ...guard(['检查结构', 'structure checks'], () => structureChecks(pdf, tree)),
    ...guard(['检查表格', 'table checks'], () => tableShapeChecks(pdf, tree, text)),
    ...guard(['检查注释', 'annotation checks'], () => annotationChecks(pdf, tree)),
    ...guard(['检查字体', 'font checks'], () => fontChecks(pdf)),
    ...guard(['检查书签', 'outline checks'], () => outlineChecks(pdf, tree, text)),
  ];
  items.sort((a, b) => (ORDER.get(a.check) ?? 0) - (ORDER.get(b.check) ?? 0));
  return { ok: items.every((i) => i.status === 'pass'), items };
}
