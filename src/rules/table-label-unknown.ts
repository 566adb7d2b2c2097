import type { Rule } from './types.js';
import { presentTables } from './shared/tables.js';

const KIND = { row: '行标签', column: '列标题', block: '分项标题' } as const;

const rule: Rule = {
  id: 'table-label-unknown',
  title: '统计表中有无法识别的标签',
  severity: 'error',
  docs:
    'A row label, column header or 表二 block title (第二十条第（N）项) that matches no official label even after ' +
    'normalising: its numbers cannot be checked. The message names the closest official label when one is close.',
  check(model) {
    return presentTables(model).flatMap(({ table, def }) =>
      table.unmatched.map((u) => ({
        severity: 'error' as const,
        message:
          `${def.name}的${KIND[u.kind]}「${u.typed}」不是规定格式中的标签` +
          (u.closest ? `，最接近的规定标签为「${u.closest}」` : '，请对照规定格式改正'),
        position: u.position,
      })),
    );
  },
};

export default rule;
