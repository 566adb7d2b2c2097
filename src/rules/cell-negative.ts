import type { Rule } from './types.js';
import { allCells } from './shared/cells.js';

const rule: Rule = {
  id: 'cell-negative',
  title: '件数和金额不得为负数',
  severity: 'error',
  docs:
    'Only 表二\'s 本年增/减 (kind `signed`) may be negative; every other count or amount is ≥ 0.',
  check(model) {
    return allCells(model)
      .filter((s) => s.cell.state === 'number' && s.column.kind !== 'signed' && (s.cell.value ?? 0) < 0)
      .map((s) => ({
        severity: 'error' as const,
        message: `${s.place}为负数「${s.cell.raw}」；此列不能为负，应填写 0 或正数`,
        position: s.cell.position,
      }));
  },
};

export default rule;
