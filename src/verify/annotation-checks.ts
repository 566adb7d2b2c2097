/** Annotations: /Tabs /S on pages with annotations (28-008/009); Link annotations tagged (28-011) with /Contents (28-012). */
import { PDFDict, PDFRef } from 'pdf-lib';
import { fail, outcome } from './checks.js';
import { elementAt, readNumberTree } from './parent-tree.js';
import { type PdfFile, getArray, getDict, getName, getNumber, getText, refKey, resolve } from './pdf-objects.js';
import { nodePath, type StructTree } from './struct-tree.js';
import type { VerifyItem } from './types.js';

export function annotationChecks(pdf: PdfFile, tree: StructTree | undefined): VerifyItem[] {
  const { ctx } = pdf;
  const tabsMissing: VerifyItem[] = [];
  const tabsWrong: VerifyItem[] = [];
  const untaggedLinks: VerifyItem[] = [];
  const linksWithoutContents: VerifyItem[] = [];
  const parentTree = tree ? readNumberTree(pdf, getDict(ctx, tree.root, 'ParentTree')) : new Map();

  for (const page of pdf.pages) {
    const number = page.index + 1;
    const annots = (getArray(ctx, page.dict, 'Annots')?.asArray() ?? [])
      .map((raw) => ({ ref: raw instanceof PDFRef ? raw : undefined, dict: resolve(ctx, raw) }))
      .filter((a): a is { ref: PDFRef | undefined; dict: PDFDict } => a.dict instanceof PDFDict);
    if (annots.length === 0) continue;
    const tabs = getName(ctx, page.dict, 'Tabs');
    if (tabs === undefined) {
      tabsMissing.push(fail('tabs-present', { zh: `第 ${number} 页有注释但没有 /Tabs`, en: `page ${number} has annotations but no /Tabs` }, `page ${number}`));
    } else if (tabs !== 'S') {
      tabsWrong.push(fail('tabs-structure', { zh: `第 ${number} 页 /Tabs 为 /${tabs}，应为 /S`, en: `page ${number}: /Tabs is /${tabs}, expected /S` }, `page ${number}`));
    }
    for (const annot of annots) {
      if (getName(ctx, annot.dict, 'Subtype') !== 'Link') continue;
      const where = `page ${number}, ${annot.ref ? `obj ${annot.ref.objectNumber}` : 'direct annotation'}`;
      if (!getText(ctx, annot.dict, 'Contents')?.trim()) {
        linksWithoutContents.push(fail('link-contents', { zh: `第 ${number} 页的链接注释没有 /Contents`, en: `page ${number}: a link annotation has no /Contents` }, where));
      }
      const key = getNumber(ctx, annot.dict, 'StructParent');
      const element = tree && key !== undefined ? elementAt(tree, parentTree.get(key)) : undefined;
      if (!element) {
        untaggedLinks.push(
          fail(
            'link-tagged',
            { zh: `第 ${number} 页的链接注释不在结构树中（/StructParent 无效或缺失）`, en: `page ${number}: a link annotation is not in the structure tree (missing or broken /StructParent)` },
            where,
          ),
        );
        continue;
      }
      const claims = element.kids.some((k) => k.kind === 'objr' && k.ref !== undefined && annot.ref !== undefined && refKey(k.ref) === refKey(annot.ref));
      if (element.type !== 'Link' || !claims) {
        untaggedLinks.push(
          fail(
            'link-tagged',
            { zh: `第 ${number} 页的链接注释没有放在 Link 标签中（实为 ${element.rawType}）`, en: `page ${number}: a link annotation is not inside a Link tag (found ${element.rawType})` },
            `${where} → ${nodePath(element)}`,
          ),
        );
      }
    }
  }
  return [
    ...outcome('tabs-present', tabsMissing),
    ...outcome('tabs-structure', tabsWrong),
    ...outcome('link-tagged', untaggedLinks),
    ...outcome('link-contents', linksWithoutContents),
  ];
}
