/**
 * Small builders for accessible official tables: header cells with scope and id, data cells with
 * id + headers, caption, colgroups, and the scrollable region wrapper for screens.
 */
import type { Element, ElementContent } from 'hast';
import type { ModelTable } from '../model/types.js';

export type Scope = 'col' | 'colgroup' | 'row' | 'rowgroup';

export interface HeaderSpec {
  id: string;
  text: string;
  scope: Scope;
  colspan?: number;
  rowspan?: number;
  className?: string[];
}

export function el(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

export const text = (value: string): ElementContent => ({ type: 'text', value });

export function th(spec: HeaderSpec): Element {
  return el(
    'th',
    {
      id: spec.id,
      scope: spec.scope,
      ...(spec.colspan && spec.colspan > 1 ? { colSpan: spec.colspan } : {}),
      ...(spec.rowspan && spec.rowspan > 1 ? { rowSpan: spec.rowspan } : {}),
      ...(spec.className?.length ? { className: spec.className } : {}),
    },
    [text(spec.text)],
  );
}

/** A data cell: the value as typed; blank stays blank (class nb-blank for styling, never colour alone). */
export function td(id: string, value: string, headers: string[], colspan = 1): Element {
  return el(
    'td',
    {
      id,
      headers,
      ...(colspan > 1 ? { colSpan: colspan } : {}),
      ...(value === '' ? { className: ['nb-blank'] } : {}),
    },
    value === '' ? [] : [text(value)],
  );
}

export const tr = (cells: Element[], className?: string[]): Element =>
  el('tr', className?.length ? { className } : {}, cells);

/**
 * One `<colgroup>` per entry with a `<col>` per column: the groups carry `scope="colgroup"`
 * semantics, the classes on the cols let the stylesheets size each column (table-layout: fixed).
 */
export function colgroups(groups: Array<{ className: string; cols: string[][] }>): Element[] {
  return groups.map((g) => el('colgroup', { className: [g.className] }, g.cols.map((c) => el('col', { className: c }))));
}

/** `表三　收到和处理政府信息公开申请情况` */
export function caption(name: string, title: string): Element {
  return el('caption', {}, [el('span', { className: ['nb-table-no'] }, [text(name)]), text('　' + title)]);
}

/**
 * Screens: the table scrolls inside its own focusable, labelled region instead of making the
 * page scroll at 320 px (axe `scrollable-region-focusable`, WCAG 1.4.10).
 */
export function region(table: Element, label: string, tableId: string): Element {
  return el('div', { className: ['nb-table-wrap', `nb-${tableId}-wrap`], role: 'region', tabIndex: 0, ariaLabel: label }, [table]);
}

/** Slug for ids: `r3.1` → `r3-1`, `review.upheld` → `review-upheld`. */
export const slug = (id: string) => id.replace(/[^A-Za-z0-9_-]+/g, '-');

/** The raw text of one cell of a model table, or '' when the row or the column is absent. */
export function cellText(table: ModelTable | null, rowId: string, columnId: string): string {
  const row = table?.rows.find((r) => r.rowId === rowId);
  return row?.cells[columnId]?.raw ?? '';
}

/** Row ids present in a model table. */
export function presentRows(table: ModelTable | null): Set<string> {
  return new Set(table?.rows.map((r) => r.rowId) ?? []);
}
