import type { Rule } from './types.js';
import { allCells } from './shared/cells.js';

const rule: Rule = {
  id: 'amount-unit-missing',
  title: '金额应注明单位',
  severity: 'error',
  docs:
    'Columns whose header gives no unit (2019 表二 第（九）项 采购总金额, kind `amount-unit`) must carry the unit in ' +
    'the cell: `764.8万元` or `147230元`. A bare number is ambiguous by a factor of 10 000.',
  check(model) {
    return allCells(model)
      .filter((s) => s.column.kind === 'amount-unit' && s.cell.state === 'number' && !s.cell.unit)
      .map((s) => ({
        severity: 'error' as const,
        message: `${s.place}为「${s.cell.raw}」，未注明单位；应写明万元或元，如「${s.cell.raw}万元」或「${s.cell.raw}元」`,
        position: s.cell.position,
      }));
  },
};

export default rule;
