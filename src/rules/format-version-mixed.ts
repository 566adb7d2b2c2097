import { expectedVersion } from '../formats/index.js';
import type { FormatVersion } from '../formats/index.js';
import type { Rule } from './types.js';
import { presentTables } from './shared/tables.js';
import { isUnmatched } from './shared/unmatched.js';
import { VERSION_NAMES } from './shared/versions.js';

const rule: Rule = {
  id: 'format-version-mixed',
  title: '同一统计表不得混用2019年版和2021年版格式',
  severity: 'error',
  docs:
    'A table whose labels belong partly to the 2019 format and partly to the 2021 format (e.g. 2019 规范性文件 ' +
    'in a 2021 表二). The finding names one label of each; it sits on the label of the version that does not fit ' +
    'the report year (the later one when the year is unknown), with the other as cause. Silent when the evidence ' +
    'is a label already reported by table-label-unknown.',
  check(model) {
    return presentTables(model).flatMap(({ table, def }) => {
      const e2019 = table.versionEvidence['2019'];
      const e2021 = table.versionEvidence['2021'];
      if (table.version !== 'mixed' || !e2019 || !e2021) return [];
      if (isUnmatched(table, e2019.position) || isUnmatched(table, e2021.position)) return [];
      const later = e2019.position.line > e2021.position.line ? '2019' : '2021';
      const wrong: FormatVersion = model.year ? (expectedVersion(model.year.value) === '2019' ? '2021' : '2019') : later;
      const right: FormatVersion = wrong === '2019' ? '2021' : '2019';
      const bad = table.versionEvidence[wrong]!;
      const good = table.versionEvidence[right]!;
      return [
        {
          severity: 'error' as const,
          message:
            `${def.name}混用了两版格式：「${bad.typed}」属于${VERSION_NAMES[wrong]}，` +
            `「${good.typed}」属于${VERSION_NAMES[right]}；应统一使用` +
            (model.year ? `${model.year.value}年度报告适用的${VERSION_NAMES[right]}` : '同一版格式'),
          position: bad.position,
          cause: { message: `「${good.typed}」属于${VERSION_NAMES[right]}`, position: good.position },
        },
      ];
    });
  },
};

export default rule;
