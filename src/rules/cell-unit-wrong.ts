import type { CellKind } from '../formats/index.js';
import type { Rule } from './types.js';
import { allCells } from './shared/cells.js';

/** Units that fit each kind of column (a count may say 件; an amount says 万元 or 元). */
const FITTING: Record<CellKind, readonly string[]> = {
  count: ['件', '项', '个'],
  signed: ['件', '项', '个'],
  'amount-wan': ['万元', '元'],
  'amount-unit': ['万元', '元'],
};

const rule: Rule = {
  id: 'cell-unit-wrong',
  title: '单元格中的单位与该列不符',
  severity: 'error',
  docs:
    'A unit typed in a cell that does not fit its column: a money unit (万元, 元) in a count column, or a count ' +
    'unit (件, 项, 个) in an amount column. The value cannot be compared, so sums that need it are skipped.',
  check(model) {
    return allCells(model)
      .filter((s) => s.cell.state === 'number' && s.cell.unit !== null && !FITTING[s.column.kind].includes(s.cell.unit))
      .map((s) => {
        const money = s.column.kind === 'amount-wan' || s.column.kind === 'amount-unit';
        return {
          severity: 'error' as const,
          message: `${s.place}为「${s.cell.raw}」，单位「${s.cell.unit}」与该列不符；此列为${money ? '金额，应以万元或元计' : '件数，应只填写整数'}`,
          position: s.cell.position,
        };
      });
  },
};

export default rule;
