/**
 * Multi-level column headers from the format data: each data column has a chain of header groups
 * (top to bottom); groups become spanning `<th>`s, leaves span down to the last header row.
 *
 * Scope: a group whose columns are exactly one `<colgroup>` gets `scope="colgroup"`; a group that
 * spans several colgroups (表三 申请人情况, 表四 行政诉讼) gets `scope="col"` with its colspan, which
 * the HTML table model applies to every column it spans. Either way every data cell also lists its
 * headers explicitly (`headers`), which is what assistive technology uses for irregular tables.
 */
import type { Element } from 'hast';
import { colgroups, slug, th, tr, type HeaderSpec } from './table-kit.js';

export interface HeaderGroup {
  id: string;
  label: string;
}

export interface HeaderColumn {
  id: string;
  label: string;
  /** Groups from the top header row down (empty for a column with a single header). */
  chain: HeaderGroup[];
}

export interface ColumnHeaders {
  /** Header rows for `<thead>`. */
  rows: Element[];
  /** `<colgroup>` elements: the leading label columns first, then one per run of data columns. */
  colgroups: Element[];
  /** Header ids of each data column, top to bottom. */
  headersOf: Map<string, string[]>;
}

export interface ColumnHeaderOptions {
  prefix: string;
  columns: HeaderColumn[];
  /** A corner header over the leading label columns (spans all header rows). */
  corner?: { text: string; span: number };
}

const groupId = (prefix: string, id: string) => `${prefix}-grp-${slug(id)}`;
export const columnHeaderId = (prefix: string, id: string) => `${prefix}-col-${slug(id)}`;

export function buildColumnHeaders(options: ColumnHeaderOptions): ColumnHeaders {
  const { prefix, columns, corner } = options;
  const depth = Math.max(0, ...columns.map((c) => c.chain.length));
  const innermost = (c: HeaderColumn) => c.chain[c.chain.length - 1]?.id ?? `#${c.id}`;

  // Runs of consecutive columns with the same innermost group: one <colgroup> each.
  const runs: Array<{ key: string; span: number }> = [];
  for (const column of columns) {
    const key = innermost(column);
    const last = runs[runs.length - 1];
    if (last && last.key === key && !key.startsWith('#')) last.span += 1;
    else runs.push({ key, span: 1 });
  }
  const colgroupGroups = new Set(
    runs.filter((r) => !r.key.startsWith('#') && runs.filter((o) => o.key === r.key).length === 1).map((r) => r.key),
  );
  const columnsOfGroup = (id: string) => columns.filter((c) => c.chain.some((g) => g.id === id)).length;

  const rows: Element[] = [];
  for (let level = 0; level <= depth; level++) {
    // Specs, not elements yet: a group's colspan grows while its columns are walked.
    const cells: HeaderSpec[] = [];
    if (level === 0 && corner) {
      cells.push({
        id: `${prefix}-corner`,
        text: corner.text,
        scope: 'colgroup',
        colspan: corner.span,
        rowspan: depth + 1,
        className: ['nb-corner'],
      });
    }
    let previous: { group: string; spec: HeaderSpec } | null = null;
    for (const column of columns) {
      const group = column.chain[level];
      if (group) {
        if (previous && previous.group === group.id) {
          previous.spec.colspan = (previous.spec.colspan ?? 1) + 1;
          continue;
        }
        const ownColgroup = colgroupGroups.has(group.id) && columnsOfGroup(group.id) === runs.find((r) => r.key === group.id)?.span;
        const spec: HeaderSpec = {
          id: groupId(prefix, group.id),
          text: group.label,
          scope: ownColgroup ? 'colgroup' : 'col',
          colspan: 1,
          className: ['nb-colgroup-head'],
        };
        previous = { group: group.id, spec };
        cells.push(spec);
      } else {
        previous = null;
        if (column.chain.length === level) {
          cells.push({ id: columnHeaderId(prefix, column.id), text: column.label, scope: 'col', rowspan: depth + 1 - level });
        }
      }
    }
    rows.push(tr(cells.map(th)));
  }

  const headersOf = new Map<string, string[]>();
  for (const column of columns) {
    headersOf.set(column.id, [...column.chain.map((g) => groupId(prefix, g.id)), columnHeaderId(prefix, column.id)]);
  }

  const groups: Array<{ className: string; cols: string[][] }> = [];
  if (corner) groups.push({ className: 'nb-col-labels', cols: Array.from({ length: corner.span }, (_, i) => ['nb-col-label', `nb-col-label-${i + 1}`]) });
  let at = 0;
  for (const run of runs) {
    const cols = columns.slice(at, at + run.span).map((c) => ['nb-col-data', `nb-col-${slug(c.id)}`]);
    at += run.span;
    groups.push({ className: run.key.startsWith('#') ? 'nb-colgroup-single' : `nb-colgroup-${slug(run.key)}`, cols });
  }
  return { rows, colgroups: colgroups(groups), headersOf };
}
