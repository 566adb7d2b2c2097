/**
 * Replace the Markdown's flat tables by the official merged tables rebuilt from the model:
 * 表二's pieces become one 表二 where the first piece was (the other pieces and the paragraphs that
 * only hold a `第二十条第（N）项` title go); 表三 and 表四 replace their table. Any other table keeps
 * its content and gets accessible markup (column headers, row headers, a scrollable region).
 */
import type { Element, ElementContent, Parent, Root } from 'hast';
import { expectedVersion } from '../formats/index.js';
import type { FormatVersion } from '../formats/types.js';
import type { ModelTable, ReportModel } from '../model/types.js';
import { classifyTables, isBlockTitle, type OfficialId } from './classify.js';
import { buildTable2 } from './table2.js';
import { buildTable3 } from './table3.js';
import { buildTable4 } from './table4.js';
import { region } from './table-kit.js';

/** The version each table is drawn in: as detected, else the one the report year expects. */
export function layoutVersion(table: ModelTable | null, model: ReportModel): FormatVersion | 'mixed' {
  return table?.version ?? expectedVersion(model.year?.value ?? 2021);
}

function buildOfficial(id: OfficialId, model: ReportModel): Element {
  const expected = expectedVersion(model.year?.value ?? 2021);
  if (id === 'table2') return buildTable2(model.table2, layoutVersion(model.table2, model), expected);
  if (id === 'table3') return buildTable3(model.table3, layoutVersion(model.table3, model));
  return buildTable4(model.table4);
}

function collectTables(parent: Parent, out: Array<{ table: Element; parent: Parent }>): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'table') out.push({ table: child, parent });
    else collectTables(child, out);
  }
}

/** Previous element sibling, skipping whitespace text. */
function previousElement(parent: Parent, index: number): { node: ElementContent; index: number } | null {
  for (let i = index - 1; i >= 0; i--) {
    const node = parent.children[i] as ElementContent;
    if (node.type === 'text' && node.value.trim() === '') continue;
    return { node, index: i };
  }
  return null;
}

/** A table typed in the Markdown that is not an official one: header scopes, row headers, region. */
function accessibleOtherTable(table: Element, n: number): Element {
  // Rows typed straight under <table> (raw HTML) go into a <tbody>, as a browser would put them.
  if (table.children.some((c) => c.type === 'element' && c.tagName === 'tr')) {
    const rows = table.children.filter((c) => c.type === 'element' && c.tagName === 'tr');
    const rest = table.children.filter((c) => !(c.type === 'element' && c.tagName === 'tr'));
    table.children = [...rest, { type: 'element', tagName: 'tbody', properties: {}, children: rows }];
  }
  let firstRow = true;
  for (const section of table.children) {
    if (section.type !== 'element' || !['thead', 'tbody', 'tfoot'].includes(section.tagName)) continue;
    for (const row of section.children) {
      if (row.type !== 'element' || row.tagName !== 'tr') continue;
      const cells = row.children.filter((c): c is Element => c.type === 'element');
      // Column headers: the <thead> rows, or a first row made of header cells only.
      const headerRow = section.tagName === 'thead' || (firstRow && cells.length > 0 && cells.every((c) => c.tagName === 'th'));
      cells.forEach((cell, i) => {
        if (headerRow) {
          if (cell.tagName === 'th') cell.properties = { ...cell.properties, scope: 'col' };
        } else if (i === 0) {
          // The first cell of a body row names the row.
          cell.tagName = 'th';
          cell.properties = { ...cell.properties, scope: 'row' };
        }
      });
      firstRow = false;
    }
  }
  table.properties = { ...table.properties, className: ['nb-other-table'] };
  return region(table, `表格${n}`, `other${n}`);
}

export function replaceOfficialTables(tree: Root, model: ReportModel): void {
  const found: Array<{ table: Element; parent: Parent }> = [];
  collectTables(tree, found);
  const kinds = classifyTables(
    found.map((f) => f.table),
    model,
  );
  const done = new Set<OfficialId>();
  let others = 0;
  for (const { table, parent } of found) {
    const index = parent.children.indexOf(table);
    if (index === -1) continue;
    const id = kinds.get(table);
    if (!id) {
      parent.children[index] = accessibleOtherTable(table, ++others);
      continue;
    }
    // Drop the title paragraphs right before a 表二 piece (`**第二十条第（一）项**`).
    let at = index;
    if (id === 'table2') {
      for (let prev = previousElement(parent, at); prev && isBlockTitle(prev.node); prev = previousElement(parent, at)) {
        parent.children.splice(prev.index, at - prev.index);
        at = prev.index;
      }
    }
    if (done.has(id)) {
      parent.children.splice(at, 1);
    } else {
      parent.children[at] = buildOfficial(id, model);
      done.add(id);
    }
  }
}
