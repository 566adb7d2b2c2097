/**
 * 表三 收到和处理政府信息公开申请情况, rebuilt in its official merged layout (FORMAT.md §3) from the
 * format data (formats/table3.ts) and the model's cells.
 *
 * Pagination design. Chromium repeats `<thead>` on every printed page but never repeats a
 * `rowspan` cell: a 20–22-row `三、本年度办理结果` cell either pushes the whole group to the next page
 * (rows unbreakable: two thirds of a page left empty) or is split with its label left behind.
 * So the body is cut into one `<tbody>` per sub-group — [一 二], [（一）（二）], [（三）1–8],
 * [（四）1–3], [（五）1–5], [（六）1–3 （七）] (2019: [（五）1–5 （六）（七）]), [四] — and the
 * `三、本年度办理结果` cell is rebuilt in every piece of the result group, spanning that piece only.
 * print.css keeps each piece whole (≤ 8 rows), so a page breaks only between pieces and the rows
 * that open a page always carry their group labels. Measured with the table starting at 22
 * successive line offsets, the page before a break is left at most about 50 mm (of 225 mm) short.
 * A short run after a sub-group (（七）) joins that sub-group's piece rather than standing alone
 * under a label taller than itself.
 *
 * Trade-off: on paper the 三 column shows its label once per piece (the pieces after the first are
 * styled as continuations, without the rule between them), not once for the whole group as in the
 * Word original; CSS cannot know which piece starts a page. Screens show the official look: the
 * continuation labels are visually hidden there (still read by screen readers). Semantically it is
 * exact: `scope="rowgroup"` on each rebuilt cell covers precisely its `<tbody>`, every data cell
 * names its own piece's cell in `headers`, and the headers the table geometry gives (what Chromium
 * writes into the PDF's /Headers) are the same as those.
 */
import type { Element } from 'hast';
import { TABLE3 } from '../formats/index.js';
import type { FormatVersion, RowDef } from '../formats/types.js';
import type { ModelTable } from '../model/types.js';
import { buildColumnHeaders, type HeaderColumn } from './column-headers.js';
import { caption, cellText, el, presentRows, region, slug, td, th, tr } from './table-kit.js';

const P = 't3';
/** 三、本年度办理结果 */
const RESULTS = 'results';

/** Rows shown: the version's official rows plus any other rows the Markdown has; a mixed table shows the rows present. */
export function table3Rows(table: ModelTable | null, version: FormatVersion | 'mixed'): RowDef[] {
  const present = presentRows(table);
  return TABLE3.rows.filter((r) => present.has(r.id) || (version !== 'mixed' && r.versions.includes(version)));
}

function columnsWithChains(): HeaderColumn[] {
  const groups = new Map(TABLE3.columnGroups.map((g) => [g.id, g]));
  const ancestors = (id: string | undefined): Array<{ id: string; label: string }> => {
    const g = id ? groups.get(id) : undefined;
    return g ? [...ancestors(g.parent), { id: g.id, label: g.label }] : [];
  };
  // FORMAT.md §3: 申请人情况 spans all seven data columns; the format data attaches only
  // 法人或其他组织 to it, so the columns without a group sit directly under the top group.
  const top = TABLE3.columnGroups.find((g) => !g.parent);
  return TABLE3.columns.map((c) => ({
    id: c.id,
    label: c.label,
    chain: c.group ? ancestors(c.group) : top ? [{ id: top.id, label: top.label }] : [],
  }));
}

interface Piece {
  /** Sub-group id (r3…r6) of its first row, 'results' for rows directly under 三, or '' for 一、二、四. */
  key: string;
  rows: RowDef[];
}

/**
 * Consecutive rows with the same piece key. Rows directly under 三 form one run between sub-groups
 * ((一)(二) together); a run of fewer than three such rows after a sub-group (2021's （七）总计, 2019's
 * （六）（七）) joins that sub-group's piece: alone it would be too short to hold the 三 label.
 */
function pieces(rows: RowDef[]): Piece[] {
  const out: Piece[] = [];
  for (const row of rows) {
    const key = row.group ?? '';
    const last = out[out.length - 1];
    if (last && last.key === key) last.rows.push(row);
    else out.push({ key, rows: [row] });
  }
  for (let i = out.length - 1; i > 0; i--) {
    const piece = out[i]!;
    const before = out[i - 1]!;
    if (piece.key === RESULTS && piece.rows.length < 3 && before.key !== RESULTS && before.key !== '') {
      before.rows.push(...piece.rows);
      out.splice(i, 1);
    }
  }
  return out;
}

export function buildTable3(table: ModelTable | null, version: FormatVersion | 'mixed'): Element {
  const headers = buildColumnHeaders({ prefix: P, columns: columnsWithChains(), corner: { text: TABLE3.corner ?? '', span: 3 } });
  const rowGroups = new Map(TABLE3.rowGroups.map((g) => [g.id, g]));
  const resultsLabel = rowGroups.get(RESULTS)?.label ?? '三、本年度办理结果';
  const bodies: Element[] = [];
  let resultPiece = 0;

  for (const piece of pieces(table3Rows(table, version))) {
    const underResults = piece.key === RESULTS || rowGroups.get(piece.key)?.parent === RESULTS;
    const resultsId = `${P}-rgrp-${RESULTS}-${resultPiece}`;
    const rows = piece.rows.map((row, i) => {
      const cells: Element[] = [];
      const rowHeaders: string[] = [];
      if (underResults) {
        if (i === 0) {
          const cont = resultPiece > 0;
          const cell = th({ id: resultsId, text: resultsLabel, scope: 'rowgroup', rowspan: piece.rows.length, className: ['nb-rowgroup', 'nb-results', ...(cont ? ['nb-cont'] : [])] });
          // Continuation label: the same header text, wrapped so the stylesheets can mute it (print) or hide it visually (screen).
          if (cont) cell.children = [el('span', { className: ['nb-cont-label'] }, cell.children)];
          cells.push(cell);
        }
        rowHeaders.push(resultsId);
      }
      const group = row.group && row.group !== RESULTS ? rowGroups.get(row.group) : undefined;
      if (group) {
        const groupId = `${P}-rgrp-${slug(group.id)}`;
        const groupRows = piece.rows.filter((r) => r.group === group.id).length;
        // scope="rowgroup" when the group is its whole <tbody>; a group sharing its piece with the
        // rows that joined it uses scope="row", which covers exactly the rows it spans.
        if (piece.rows.findIndex((r) => r.group === group.id) === i) {
          cells.push(th({ id: groupId, text: group.label, scope: groupRows === piece.rows.length ? 'rowgroup' : 'row', rowspan: groupRows, className: ['nb-rowgroup'] }));
        }
        rowHeaders.push(groupId);
      }
      const rowId = `${P}-row-${slug(row.id)}`;
      const labelSpan = underResults ? (group ? 1 : 2) : 3;
      cells.push(th({ id: rowId, text: row.label, scope: 'row', colspan: labelSpan, className: ['nb-row-head'] }));
      rowHeaders.push(rowId);
      for (const column of TABLE3.columns) {
        const colHeaders = headers.headersOf.get(column.id) ?? [];
        cells.push(td(`${P}-${slug(row.id)}-${slug(column.id)}`, cellText(table, row.id, column.id), [...colHeaders, ...rowHeaders]));
      }
      return tr(cells);
    });
    if (underResults) resultPiece += 1;
    bodies.push(el('tbody', { className: ['nb-piece', ...(underResults ? ['nb-piece-results'] : [])] }, rows));
  }

  const tableEl = el('table', { id: 'table3', className: ['nb-official', 'nb-table3'] }, [
    caption(TABLE3.name, TABLE3.caption),
    ...headers.colgroups,
    el('thead', {}, headers.rows),
    ...bodies,
  ]);
  return region(tableEl, `${TABLE3.name} ${TABLE3.caption}`, 'table3');
}
