import { FORMAT_VERSIONS, expectedVersion } from '../formats/index.js';
import type { FormatVersion } from '../formats/index.js';
import type { ModelTable, ReportModel } from '../model/types.js';
import type { Rule } from './types.js';
import { presentTables, rowLabel } from './shared/tables.js';
import { rowPlace } from './shared/template.js';

/** The versions whose rows are expected: the table's own, or for a mixed/unknown table the rows common to all. */
function expectedVersions(table: ModelTable, model: ReportModel): readonly FormatVersion[] {
  if (table.version === '2019' || table.version === '2021') return [table.version];
  if (table.version === null && model.year) return [expectedVersion(model.year.value)];
  return FORMAT_VERSIONS;
}

const rule: Rule = {
  id: 'table-row-missing',
  title: '统计表缺少规定的行',
  severity: 'error',
  docs:
    "Every official row of the table's format version must be present. For a table mixing 2019 and 2021 labels " +
    '(reported by format-version-mixed) only rows common to both versions are expected. Error for 表三 and 表四; ' +
    'warning for 表二, whose rows real reports sometimes leave out. Placed before the next present row in ' +
    'official order, or after the last row. Tables without any recognised row are left to table-label-unknown.',
  check(model) {
    const out = [];
    for (const { table, def } of presentTables(model)) {
      if (table.rows.length === 0) continue;
      const versions = expectedVersions(table, model);
      const official = def.rows.filter((r) => versions.every((v) => r.versions.includes(v))).map((r) => r.id);
      for (const id of official) {
        if (table.rows.some((r) => r.rowId === id)) continue;
        const { position, before } = rowPlace(table, def.rows.map((r) => r.id), id);
        const where = before ? `，应位于「${rowLabel(def, before.rowId)}」行之前` : '';
        out.push({
          severity: def.id === 'table2' ? ('warning' as const) : ('error' as const),
          message: `${def.name}缺少「${rowLabel(def, id)}」行${where}`,
          position,
        });
      }
    }
    return out;
  },
};

export default rule;
