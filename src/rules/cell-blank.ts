import type { Rule } from './types.js';
import { allCells, type CellSite } from './shared/cells.js';
import { expectedValue } from './shared/expected.js';
import { formatNumber as n } from './shared/numbers.js';
import { span } from './shared/places.js';
import { rowLabel } from './shared/tables.js';

function oneCell(s: CellSite) {
  const expected = expectedValue(s.table, s.def, s.row.rowId, s.column.id);
  const hint = expected === null ? '应填写数值；没有的应填写 0，不得留空' : `应填写 ${n(expected.value)}（按${expected.reason}计算）`;
  return { severity: 'error' as const, message: `${s.place}为空，${hint}`, position: s.cell.position };
}

function wholeRow(sites: CellSite[]) {
  const first = sites[0]!;
  return {
    severity: 'error' as const,
    message: `${first.def.name}「${rowLabel(first.def, first.row.rowId)}」行的 ${sites.length} 个单元格全部为空，应逐格填写数值；没有的应填写 0，不得留空`,
    position: span(sites.map((s) => s.cell.position)),
  };
}

const rule: Rule = {
  id: 'cell-blank',
  title: '官方表格中的单元格不得空白',
  severity: 'error',
  docs:
    'Every cell of 表二, 表三 and 表四 must be filled: a published report writes 0 where there is nothing ' +
    'to report (FORMAT.md §3.5). Where the blank cell is the total side of an identity whose other side is ' +
    'complete, the message gives the value it should have. A row whose cells are all blank (several cells) is ' +
    'one finding spanning the row, not one per cell.',
  check(model) {
    const rows = new Map<object, CellSite[]>();
    for (const s of allCells(model)) rows.set(s.row, [...(rows.get(s.row) ?? []), s]);
    return [...rows.values()].flatMap((sites) => {
      const blank = sites.filter((s) => s.cell.state === 'blank');
      if (blank.length > 1 && blank.length === sites.length) return [wholeRow(blank)];
      return blank.map(oneCell);
    });
  },
};

export default rule;
