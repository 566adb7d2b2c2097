/** Checks on the structure tree: tables (09-004), lists (09-005), headings (14-002/003), TH scope (15-003), Figure alt (13-004). */
import { PDFName } from 'pdf-lib';
import { fail, outcome } from './checks.js';
import { type PdfFile, getText, items, textOf } from './pdf-objects.js';
import { attribute, descendants, nodePath, type StructNode, type StructTree } from './struct-tree.js';
import type { VerifyItem } from './types.js';

const TABLE_KIDS: Record<string, readonly string[]> = {
  Table: ['TR', 'THead', 'TBody', 'TFoot', 'Caption'],
  THead: ['TR'],
  TBody: ['TR'],
  TFoot: ['TR'],
  TR: ['TH', 'TD'],
};
const TABLE_PARENTS: Record<string, readonly string[]> = {
  THead: ['Table'],
  TBody: ['Table'],
  TFoot: ['Table'],
  TR: ['Table', 'THead', 'TBody', 'TFoot'],
  TH: ['TR'],
  TD: ['TR'],
};
const LIST_KIDS: Record<string, readonly string[]> = { L: ['LI', 'L', 'Caption'], LI: ['Lbl', 'LBody'] };
const LIST_PARENTS: Record<string, readonly string[]> = { LI: ['L'], LBody: ['LI'] };

function grammar(
  tree: StructTree,
  id: 'table-structure' | 'list-structure',
  kidsAllowed: Record<string, readonly string[]>,
  parentsAllowed: Record<string, readonly string[]>,
): VerifyItem[] {
  const failures: VerifyItem[] = [];
  for (const node of tree.all) {
    const allowedKids = kidsAllowed[node.type];
    if (allowedKids) {
      for (const child of node.children) {
        if (!allowedKids.includes(child.type)) {
          failures.push(
            fail(
              id,
              { zh: `${node.type} 下不应有 ${child.rawType}（允许：${allowedKids.join('、')}）`, en: `${child.rawType} inside ${node.type} (allowed: ${allowedKids.join(', ')})` },
              nodePath(child),
            ),
          );
        }
      }
    }
    const allowedParents = parentsAllowed[node.type];
    if (allowedParents && !allowedParents.includes(node.parent?.type ?? '')) {
      failures.push(
        fail(
          id,
          { zh: `${node.type} 的父元素应为 ${allowedParents.join('、')}，实为 ${node.parent?.rawType ?? '结构树根'}`, en: `${node.type} must be inside ${allowedParents.join(', ')}, not ${node.parent?.rawType ?? 'the root'}` },
          nodePath(node),
        ),
      );
    }
  }
  return failures;
}

function headingChecks(tree: StructTree): VerifyItem[] {
  const headings = tree.all.filter((n) => /^H[1-6]$/.test(n.type));
  const first: VerifyItem[] = [];
  const skips: VerifyItem[] = [];
  const level = (n: StructNode): number => Number(n.type.slice(1));
  if (headings[0] && level(headings[0]) !== 1) {
    first.push(fail('heading-first', { zh: `第一个标题是 ${headings[0].type}，应为 H1`, en: `the first heading is ${headings[0].type}, not H1` }, nodePath(headings[0])));
  }
  for (let i = 1; i < headings.length; i++) {
    const previous = level(headings[i - 1]!);
    const current = level(headings[i]!);
    if (current > previous + 1) {
      skips.push(fail('heading-skip', { zh: `H${previous} 之后直接是 H${current}，跳过了层级`, en: `H${current} follows H${previous}: a level is skipped` }, nodePath(headings[i]!)));
    }
  }
  const unnumbered = tree.all.find((n) => n.type === 'H');
  const mixed =
    unnumbered && headings.length > 0
      ? [fail('heading-mixed', { zh: '文档同时使用了 H 与 H1–H6', en: 'the document uses both H and numbered headings' }, nodePath(unnumbered))]
      : [];
  return [...outcome('heading-first', first), ...outcome('heading-skip', skips), ...outcome('heading-mixed', mixed)];
}

function tableHeaderChecks(pdf: PdfFile, tree: StructTree): VerifyItem[] {
  const failures: VerifyItem[] = [];
  for (const table of tree.all.filter((n) => n.type === 'Table')) {
    const cells = descendants(table).filter((n) => n.type === 'TH' || n.type === 'TD');
    const ths = cells.filter((n) => n.type === 'TH');
    const tds = cells.filter((n) => n.type === 'TD');
    let allHeadersResolve = tds.length > 0;
    for (const td of tds) {
      const ids = items(pdf.ctx, attribute(pdf, td, 'Table', 'Headers')).map(textOf);
      if (ids.length === 0) allHeadersResolve = false;
      for (const id of ids) {
        const target = id === undefined ? undefined : tree.byId.get(id);
        if (!target || target.type !== 'TH') {
          allHeadersResolve = false;
          failures.push(fail('table-headers', { zh: `单元格的 /Headers 引用了不存在的表头 ID「${id ?? '?'}」`, en: `a cell's /Headers names ID "${id ?? '?'}", which is not a TH` }, nodePath(td)));
        }
      }
    }
    if (allHeadersResolve) continue;
    for (const th of ths) {
      const scope = attribute(pdf, th, 'Table', 'Scope');
      if (!(scope instanceof PDFName) || !['Row', 'Column', 'Both'].includes(scope.decodeText())) {
        failures.push(fail('table-headers', { zh: 'TH 没有 /Scope（且单元格未全部用 /Headers 指向表头）', en: 'a TH has no /Scope (and the cells do not all use /Headers)' }, nodePath(th)));
      }
    }
  }
  return outcome('table-headers', failures);
}

function figureChecks(pdf: PdfFile, tree: StructTree): VerifyItem[] {
  const failures = tree.all
    .filter((n) => n.type === 'Figure')
    .filter((n) => !(getText(pdf.ctx, n.dict, 'Alt')?.trim() || getText(pdf.ctx, n.dict, 'ActualText')?.trim()))
    .map((n) => fail('figure-alt', { zh: 'Figure 没有替代文本 /Alt', en: 'a Figure has no /Alt' }, nodePath(n)));
  return outcome('figure-alt', failures);
}

export function structureChecks(pdf: PdfFile, tree: StructTree | undefined): VerifyItem[] {
  if (!tree) {
    const none = { zh: '没有结构树，无法检查', en: 'no structure tree to check' };
    return (['table-structure', 'list-structure', 'heading-first', 'heading-skip', 'heading-mixed', 'table-headers', 'figure-alt'] as const).map((id) => fail(id, none));
  }
  return [
    ...outcome('table-structure', grammar(tree, 'table-structure', TABLE_KIDS, TABLE_PARENTS)),
    ...outcome('list-structure', grammar(tree, 'list-structure', LIST_KIDS, LIST_PARENTS)),
    ...headingChecks(tree),
    ...tableHeaderChecks(pdf, tree),
    ...figureChecks(pdf, tree),
  ];
}
