import type { ModelRow } from '../model/types.js';
import type { Rule } from './types.js';
import { presentTables, rowLabel } from './shared/tables.js';

const rule: Rule = {
  id: 'table-row-duplicate',
  title: '统计表中同一行不得重复出现',
  severity: 'error',
  docs:
    'An official row that occurs twice in a table (e.g. a pasted row, or 表二 blocks typed twice). The sums are ' +
    'checked with the first occurrence only, so the repeat must be removed or corrected. Cause: the first occurrence.',
  check(model) {
    return presentTables(model).flatMap(({ table, def }) => {
      const first = new Map<string, ModelRow>();
      const out = [];
      for (const row of table.rows) {
        const earlier = first.get(row.rowId);
        if (!earlier) {
          first.set(row.rowId, row);
          continue;
        }
        out.push({
          severity: 'error' as const,
          message: `${def.name}的「${rowLabel(def, row.rowId)}」行重复出现；每行只应出现一次，核对时只采用第一次出现的数值`,
          position: row.label.position,
          cause: { message: '该行首次出现于此', position: earlier.label.position },
        });
      }
      return out;
    });
  },
};

export default rule;
