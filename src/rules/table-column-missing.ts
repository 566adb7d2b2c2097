import type { Rule } from './types.js';
import { columnLabel, presentTables } from './shared/tables.js';
import { pointAt } from './shared/places.js';

const rule: Rule = {
  id: 'table-column-missing',
  title: '统计表缺少规定的列',
  severity: 'error',
  docs:
    'Every official data column of 表三 (自然人 … 总计) and 表四 (15 columns) must be present: a missing column ' +
    'leaves its identities unchecked. 表二 is left out because its columns differ per block and version. ' +
    'Placed at the start of the table.',
  check(model) {
    return presentTables(model)
      .filter(({ def }) => def.id !== 'table2')
      .flatMap(({ table, def }) => {
        if (table.columns.length === 0) return [];
        return def.columns
          .filter((c) => !table.columns.some((m) => m.columnId === c.id))
          .map((c) => ({
            severity: 'error' as const,
            message: `${def.name}缺少「${columnLabel(def, c.id)}」列`,
            position: pointAt(table.position),
          }));
      });
  },
};

export default rule;
