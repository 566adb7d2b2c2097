import type { Rule } from './types.js';
import { TABLE_DEFS } from './shared/tables.js';
import { sectionOfTable, sectionPlace } from './shared/template.js';

const rule: Rule = {
  id: 'table-missing',
  title: '缺少规定的统计表',
  severity: 'error',
  docs:
    '表二 (主动公开政府信息情况), 表三 (收到和处理政府信息公开申请情况) and 表四 (行政复议、行政诉讼情况) are ' +
    'required. A missing table is reported at the heading of the section that should hold it (or where that ' +
    'section belongs when it is missing too).',
  check(model, context) {
    const tables = { table2: model.table2, table3: model.table3, table4: model.table4 };
    return (Object.keys(tables) as (keyof typeof tables)[])
      .filter((id) => tables[id] === null)
      .map((id) => {
        const def = TABLE_DEFS[id];
        const section = sectionOfTable(def);
        const place = section ? sectionPlace(model, context, section.number) : null;
        const where = section ? `（应在「${section.title}」部分）` : '';
        return {
          severity: 'error' as const,
          message: `缺少${def.name}「${def.caption}」${where}`,
          position: place ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
        };
      });
  },
};

export default rule;
