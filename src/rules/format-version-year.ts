import { expectedVersion } from '../formats/index.js';
import type { Rule } from './types.js';
import { presentTables } from './shared/tables.js';
import { VERSION_NAMES } from './shared/versions.js';

const rule: Rule = {
  id: 'format-version-year',
  title: '统计表格式版本应与报告年度相符',
  severity: 'error',
  docs:
    'Reports for 2020 and earlier use the 2019 format; reports for 2021 onward the 2021 format (FORMAT.md §0, ' +
    '`expectedVersion`). A table whose labels show the other version is an error, placed on the first label that ' +
    'shows its version. Only tables with such a distinguishing label are judged (表四 is the same in both).',
  check(model) {
    const reportYear = model.year;
    if (!reportYear) return [];
    const year = reportYear.value;
    const expected = expectedVersion(year);
    return presentTables(model).flatMap(({ table, def }) => {
      const version = table.version;
      if (version !== '2019' && version !== '2021') return [];
      const evidence = table.versionEvidence[version];
      if (version === expected || !evidence) return [];
      return [
        {
          severity: 'error' as const,
          message:
            `${def.name}使用了${VERSION_NAMES[version]}（如「${evidence.typed}」），` +
            `但${year}年度报告应使用${VERSION_NAMES[expected]}`,
          position: evidence.position,
          cause: { message: `报告年度 ${year}`, position: reportYear.position },
        },
      ];
    });
  },
};

export default rule;
