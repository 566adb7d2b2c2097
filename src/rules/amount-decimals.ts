import type { Rule } from './types.js';
import { allCells } from './shared/cells.js';

const rule: Rule = {
  id: 'amount-decimals',
  title: '以万元计的金额一般保留两位小数',
  severity: 'warning',
  docs:
    'An amount in 万元 (表二 2021 本年收费金额, or a 2019 采购总金额 typed in 万元) with more than two decimals ' +
    'is implausible precision (e.g. `4166.241619`): a warning suggesting the value rounded to two decimals.',
  check(model) {
    return allCells(model)
      .filter((s) => s.cell.state === 'number' && s.cell.decimals > 2)
      .filter((s) => s.column.kind === 'amount-wan' || (s.column.kind === 'amount-unit' && s.cell.unit === '万元'))
      .map((s) => ({
        severity: 'warning' as const,
        message: `${s.place}为「${s.cell.raw}」，以万元计有 ${s.cell.decimals} 位小数；一般保留两位小数，即 ${(s.cell.value ?? 0).toFixed(2)}`,
        position: s.cell.position,
      }));
  },
};

export default rule;
