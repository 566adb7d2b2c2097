import type { Rule } from './types.js';
import { allCells } from './shared/cells.js';
import { expectedValue } from './shared/expected.js';
import { formatNumber as n } from './shared/numbers.js';

const rule: Rule = {
  id: 'cell-blank',
  title: '官方表格中的单元格不得空白',
  severity: 'error',
  docs:
    'Every cell of 表二, 表三 and 表四 must be filled: a published report writes 0 where there is nothing ' +
    'to report (FORMAT.md §3.5). Where the blank cell is the total side of an identity whose other side is ' +
    'complete, the message gives the value it should have.',
  check(model) {
    return allCells(model)
      .filter((s) => s.cell.state === 'blank')
      .map((s) => {
        const expected = expectedValue(s.table, s.def, s.row.rowId, s.column.id);
        const hint = expected === null ? '应填写数值，没有的填 0' : `应填写 ${n(expected.value)}（按${expected.reason}计算）`;
        return { severity: 'error' as const, message: `${s.place}为空，${hint}`, position: s.cell.position };
      });
  },
};

export default rule;
