import { TABLE2 } from '../formats/index.js';
import type { Finding } from '../model/findings.js';
import type { ModelTable } from '../model/types.js';
import type { Rule } from './types.js';
import { columnLabel, presentTables } from './shared/tables.js';
import { pointAt } from './shared/places.js';

/** 表二: per block of the table's version, the block's columns missing from its first present row. */
function table2Missing(table: ModelTable): Omit<Finding, 'ruleId'>[] {
  const version = table.version;
  if (version !== '2019' && version !== '2021') return [];
  return TABLE2.blocks
    .filter((b) => b.versions.includes(version))
    .flatMap((block) => {
      const row = table.rows.find((r) => block.rows.includes(r.rowId));
      if (!row) return [];
      return block.columns
        .filter((c) => !(c in row.cells))
        .map((c) => ({
          severity: 'warning' as const,
          message: `表二${block.title}缺少「${columnLabel(TABLE2, c)}」列`,
          position: pointAt(row.position),
        }));
    });
}

const rule: Rule = {
  id: 'table-column-missing',
  title: '统计表缺少规定的列',
  severity: 'error',
  docs:
    'Every official data column of 表三 (自然人 … 总计) and 表四 (15 columns) must be present: a missing column ' +
    'leaves its identities unchecked (error, placed at the start of the table). In 表二 each 第二十条 block of ' +
    "the table's version must have its columns (warning, placed at the block's first row; not judged for a " +
    'mixed table).',
  check(model) {
    return presentTables(model).flatMap(({ table, def }): Omit<Finding, 'ruleId'>[] => {
      if (def.id === 'table2') return table2Missing(table);
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
