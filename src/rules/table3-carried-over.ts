import { TABLE3 } from '../formats/index.js';
import type { Rule } from './types.js';
import { usableValue, formatNumber as n } from './shared/numbers.js';
import { columnLabel, findRow, rowLabel } from './shared/tables.js';
import { previousReport } from './shared/previous-report.js';

const CARRIED = 'carried';
const CARRY_OVER = 'carryOver';

const rule: Rule = {
  id: 'table3-carried-over',
  title: '表三上年结转应等于上一年度报告的结转下年度继续办理',
  severity: 'error',
  docs:
    "Across years (only when the previous year's report of the same agency is checked in the same run): in every " +
    "column, 二、上年结转 (year t) = 四、结转下年度继续办理 (year t−1). An error on this year's cell; the message names last year's line.",
  check(model, context) {
    const previous = previousReport(model, context.others);
    if (!previous?.table3 || !model.table3) return [];
    const now = findRow(model.table3, CARRIED);
    const before = findRow(previous.table3, CARRY_OVER);
    if (!now || !before) return [];
    return TABLE3.columns.flatMap((column) => {
      const cell = now.cells[column.id];
      const a = usableValue(cell, column.kind);
      const b = usableValue(before.cells[column.id], column.kind);
      if (!cell || a === null || b === null || a === b) return [];
      return [
        {
          severity: 'error' as const,
          message:
            `表三「${rowLabel(TABLE3, CARRIED)}」行「${columnLabel(TABLE3, column.id)}」列为 ${n(a)}，` +
            `但${previous.year?.value}年度报告的「${rowLabel(TABLE3, CARRY_OVER)}」（第 ${before.position.line} 行）为 ${n(b)}，应为 ${n(b)}`,
          position: cell.position,
        },
      ];
    });
  },
};

export default rule;
