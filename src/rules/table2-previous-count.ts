import { TABLE2 } from '../formats/index.js';
import type { Rule } from './types.js';
import { usableValue, formatNumber as n } from './shared/numbers.js';
import { findRow, rowLabel } from './shared/tables.js';
import { previousReport } from './shared/previous-report.js';

/** 2019 format rows with 上一年项目数量 and 本年增/减. */
const ROWS = ['licensing', 'otherServices', 'penalty', 'enforcement', 'fees'];

const rule: Rule = {
  id: 'table2-previous-count',
  title: '表二上一年项目数量应等于上一年度报告的上一年项目数量加本年增/减',
  severity: 'warning',
  docs:
    "Across years (2019 format, when last year's report of the same agency is checked in the same run): " +
    '上一年项目数量(t) = 上一年项目数量(t−1) + 本年增/减(t−1), per row. A plausibility warning.',
  check(model, context) {
    const previous = previousReport(model, context.others);
    if (!previous?.table2 || !model.table2) return [];
    return ROWS.flatMap((rowId) => {
      const cell = findRow(model.table2!, rowId)?.cells.previous;
      const before = findRow(previous.table2!, rowId);
      const now = usableValue(cell, 'count');
      const lastPrevious = usableValue(before?.cells.previous, 'count');
      const lastChange = usableValue(before?.cells.change, 'signed');
      if (!cell || now === null || lastPrevious === null || lastChange === null) return [];
      const expected = lastPrevious + lastChange;
      if (expected === now) return [];
      return [
        {
          severity: 'warning' as const,
          message:
            `表二「${rowLabel(TABLE2, rowId)}」上一年项目数量为 ${n(now)}，但${previous.year?.value}年度报告为 ${n(lastPrevious)}、` +
            `本年增/减 ${n(lastChange)}，应为 ${n(expected)}`,
          position: cell.position,
        },
      ];
    });
  },
};

export default rule;
