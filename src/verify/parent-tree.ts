/**
 * ParentTree consistency: every MCID painted on a page maps, through the page's /StructParents
 * entry, to the structure element that claims it; every MCID an element claims exists on its page.
 */
import { PDFArray, PDFDict, PDFNumber, PDFRef, type PDFObject } from 'pdf-lib';
import { fail, outcome } from './checks.js';
import type { PageMarkedContent } from './marked-content.js';
import { type PdfFile, get, getArray, getDict, getNumber, refKey, resolve } from './pdf-objects.js';
import { nodePath, type StructNode, type StructTree } from './struct-tree.js';
import type { VerifyItem } from './types.js';

const MAX_LISTED = 20;

/** Flattens a number tree (/Nums, /Kids) into key → unresolved value. */
export function readNumberTree(pdf: PdfFile, node: PDFDict | undefined): Map<number, PDFObject> {
  const out = new Map<number, PDFObject>();
  const seen = new Set<PDFDict>();
  const walk = (dict: PDFDict | undefined, depth: number): void => {
    if (!dict || seen.has(dict) || depth > 64) return;
    seen.add(dict);
    const nums = getArray(pdf.ctx, dict, 'Nums')?.asArray() ?? [];
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const key = resolve(pdf.ctx, nums[i]);
      if (key instanceof PDFNumber) out.set(key.asNumber(), nums[i + 1]!);
    }
    for (const kid of getArray(pdf.ctx, dict, 'Kids')?.asArray() ?? []) {
      const value = resolve(pdf.ctx, kid);
      walk(value instanceof PDFDict ? value : undefined, depth + 1);
    }
  };
  walk(node, 0);
  return out;
}

/** The element a ParentTree entry points at, if it is one we know. */
export function elementAt(tree: StructTree, value: PDFObject | undefined): StructNode | undefined {
  return value instanceof PDFRef ? tree.byRef.get(refKey(value)) : undefined;
}

export function parentTreeChecks(pdf: PdfFile, tree: StructTree | undefined, scans: readonly PageMarkedContent[]): VerifyItem[] {
  const usesMcids = scans.some((s) => s.mcids.size > 0);
  if (!tree) {
    return usesMcids
      ? [fail('parent-tree', { zh: '页面内容有 MCID，但没有结构树', en: 'page content has MCIDs but there is no structure tree' })]
      : outcome('parent-tree', []);
  }
  const problems: VerifyItem[] = [];
  const add = (zh: string, en: string, detail: string): void => {
    problems.push(fail('parent-tree', { zh, en }, detail));
  };
  const parentTree = readNumberTree(pdf, getDict(pdf.ctx, tree.root, 'ParentTree'));
  if (usesMcids && !get(pdf.ctx, tree.root, 'ParentTree')) add('结构树根没有 ParentTree', 'the StructTreeRoot has no ParentTree', 'StructTreeRoot');

  // Page side: every painted MCID has a ParentTree entry pointing at an element that claims it.
  scans.forEach((scan, index) => {
    const page = index + 1;
    for (const mcid of new Set(scan.duplicateMcids)) {
      add(`第 ${page} 页 MCID ${mcid} 出现多次`, `page ${page}: MCID ${mcid} is used more than once`, `page ${page}, MCID ${mcid}`);
    }
    if (scan.mcids.size === 0) return;
    const key = getNumber(pdf.ctx, pdf.pages[index]!.dict, 'StructParents');
    if (key === undefined) {
      add(`第 ${page} 页有 MCID 但没有 /StructParents`, `page ${page} has MCIDs but no /StructParents`, `page ${page}`);
      return;
    }
    const entry = resolve(pdf.ctx, parentTree.get(key));
    if (!(entry instanceof PDFArray)) {
      add(`ParentTree 中没有第 ${page} 页的条目 ${key}`, `the ParentTree has no array for page ${page} (key ${key})`, `page ${page}, StructParents ${key}`);
      return;
    }
    for (const mcid of [...scan.mcids.keys()].sort((a, b) => a - b)) {
      const element = elementAt(tree, mcid < entry.size() ? entry.get(mcid) : undefined);
      if (!element) {
        add(`第 ${page} 页 MCID ${mcid} 在 ParentTree 中没有结构元素`, `page ${page}: MCID ${mcid} has no structure element in the ParentTree`, `page ${page}, MCID ${mcid}`);
      } else if (!element.kids.some((k) => k.kind === 'mcid' && k.mcid === mcid && k.page === index)) {
        add(
          `第 ${page} 页 MCID ${mcid} 指向的结构元素并不包含它`,
          `page ${page}: MCID ${mcid} points at an element that does not claim it`,
          `page ${page}, MCID ${mcid} → ${nodePath(element)}`,
        );
      }
    }
  });

  // Element side: every MCID an element claims is painted on its page.
  for (const node of tree.all) {
    for (const kid of node.kids) {
      // Marked content inside Form XObjects (/Stm) is not on the page's own content stream.
      if (kid.kind !== 'mcid' || kid.inStream) continue;
      if (kid.page === undefined) {
        add(`结构元素的 MCID ${kid.mcid} 没有页面 (/Pg)`, `an element's MCID ${kid.mcid} has no page (/Pg)`, nodePath(node));
      } else if (!scans[kid.page]?.mcids.has(kid.mcid)) {
        add(
          `结构元素引用的 MCID ${kid.mcid} 不在第 ${kid.page + 1} 页`,
          `MCID ${kid.mcid} claimed by an element is not on page ${kid.page + 1}`,
          `page ${kid.page + 1}, ${nodePath(node)}`,
        );
      }
    }
  }
  if (problems.length > MAX_LISTED) {
    const more = problems.length - MAX_LISTED;
    problems.length = MAX_LISTED;
    add(`另有 ${more} 处 ParentTree 问题`, `${more} more ParentTree problems`, 'truncated');
  }
  return outcome('parent-tree', problems);
}
