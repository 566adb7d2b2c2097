import { TABLE2 } from '../formats/index.js';
import type { Rule } from './types.js';
import { usableValue, formatNumber as n } from './shared/numbers.js';
import { findRow, rowLabel } from './shared/tables.js';
import { previousReport } from './shared/previous-report.js';

/** 2021 format rows whose 现行有效件数 carries over from year to year. */
const ROWS = ['regulations', 'normativeDocs'];

const rule: Rule = {
  id: 'table2-in-force-continuity',
  title: '表二现行有效件数应等于上年现行有效件数加本年制发减本年废止',
  severity: 'warning',
  docs:
    "Across years (2021 format, when last year's report of the same agency is checked in the same run): for 规章 and " +
    '行政规范性文件, 现行有效件数(t) = 现行有效件数(t−1) + 本年制发件数(t) − 本年废止件数(t). Real reports often break it ' +
    '(清理 outside the 制发/废止 counts), so it is a warning.',
  check(model, context) {
    const previous = previousReport(model, context.others);
    if (!previous?.table2 || !model.table2) return [];
    return ROWS.flatMap((rowId) => {
      const now = findRow(model.table2!, rowId);
      const before = findRow(previous.table2!, rowId);
      const cell = now?.cells.inForce;
      const inForce = usableValue(cell, 'count');
      const issued = usableValue(now?.cells.issued, 'count');
      const repealed = usableValue(now?.cells.repealed, 'count');
      const lastInForce = usableValue(before?.cells.inForce, 'count');
      if (!cell || !before || inForce === null || issued === null || repealed === null || lastInForce === null) return [];
      const expected = lastInForce + issued - repealed;
      if (expected === inForce) return [];
      return [
        {
          severity: 'warning' as const,
          message:
            `表二「${rowLabel(TABLE2, rowId)}」现行有效件数为 ${n(inForce)}，但上一年度（${previous.year?.value}年）现行有效 ${n(lastInForce)} 件` +
            ` + 本年制发 ${n(issued)} 件 − 本年废止 ${n(repealed)} 件 = ${n(expected)} 件；请核对（如有清理等其他变动，可在正文说明）`,
          position: cell.position,
        },
      ];
    });
  },
};

export default rule;
