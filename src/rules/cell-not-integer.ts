import type { Rule } from './types.js';
import { allCells } from './shared/cells.js';

const rule: Rule = {
  id: 'cell-not-integer',
  title: '件数应为整数',
  severity: 'error',
  docs: 'Counts (件) and the signed 本年增/减 are whole numbers: a cell of kind `count` or `signed` with decimals is an error.',
  check(model) {
    return allCells(model)
      .filter((s) => s.cell.state === 'number' && (s.column.kind === 'count' || s.column.kind === 'signed') && s.cell.decimals > 0)
      .map((s) => ({
        severity: 'error' as const,
        message: `${s.place}为「${s.cell.raw}」，带有小数；此列为件数，应填写整数`,
        position: s.cell.position,
      }));
  },
};

export default rule;
