import type { Rule } from './types.js';
import { allCells } from './shared/cells.js';

const rule: Rule = {
  id: 'cell-not-number',
  title: '官方表格中的单元格应为数字',
  severity: 'error',
  docs:
    'A cell of 表二, 表三 or 表四 that the reader could not read as a number (text, `—`, `/`, several numbers). ' +
    'Counts are written as plain digits; amounts as a decimal number (with its unit where the column asks for one).',
  check(model) {
    return allCells(model)
      .filter((s) => s.cell.state === 'invalid')
      .map((s) => ({
        severity: 'error' as const,
        message: `${s.place}的内容「${s.cell.raw}」不是数字，应填写${s.column.kind === 'amount-unit' ? '金额及单位（如 764.8万元）' : '数字，没有的填 0'}`,
        position: s.cell.position,
      }));
  },
};

export default rule;
