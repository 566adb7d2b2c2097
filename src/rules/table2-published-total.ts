import { TABLE2 } from '../formats/index.js';
import type { Rule } from './types.js';
import { usableValue, formatNumber as n } from './shared/numbers.js';
import { cellPlace } from './shared/places.js';
import { columnLabel } from './shared/tables.js';

/** 2019 表二 第（一）项 columns compared. */
const PUBLISHED = 'published';
const TOTAL = 'totalPublic';

const rule: Rule = {
  id: 'table2-published-total',
  title: '表二对外公开总数量不应小于本年新公开数量',
  severity: 'warning',
  docs:
    'Plausibility for the 2019 表二 第二十条第（一）项: 对外公开总数量 (all documents public) includes those newly ' +
    'published this year, so it should be at least 本年新公开数量. A warning on the 对外公开总数量 cell.',
  check(model) {
    const table = model.table2;
    if (!table) return [];
    return table.rows.flatMap((row) => {
      const published = row.cells[PUBLISHED];
      const total = row.cells[TOTAL];
      const p = usableValue(published, 'count');
      const t = usableValue(total, 'count');
      if (!published || !total || p === null || t === null || t >= p) return [];
      return [
        {
          severity: 'warning' as const,
          message:
            `${cellPlace(TABLE2, row.rowId, TOTAL)}为 ${n(t)}，小于${columnLabel(TABLE2, PUBLISHED)} ${n(p)}；` +
            `对外公开总数量包含本年新公开的文件，应不少于 ${n(p)}`,
          position: total.position,
          cause: { message: `${columnLabel(TABLE2, PUBLISHED)}为 ${n(p)}`, position: published.position },
        },
      ];
    });
  },
};

export default rule;
