import type { Rule } from './types.js';
import { presentTables } from './shared/tables.js';

const same = (a: string, b: string) => a.normalize('NFKC').replace(/\s+/gu, '') === b.normalize('NFKC').replace(/\s+/gu, '');

const KIND = { row: '行标签', column: '列标题', block: '分项标题' } as const;

const rule: Rule = {
  id: 'table-label-unknown',
  title: '统计表中有无法识别的标签',
  severity: 'error',
  docs:
    'A row label, column header or 表二 block title (第二十条第（N）项) that matches no official label even after ' +
    'normalising: its numbers cannot be checked. The message names the closest official label when one is close; ' +
    'when the label is an official one the reader could not place (a repeated row), it says so.',
  check(model) {
    return presentTables(model).flatMap(({ table, def }) =>
      table.unmatched.map((u) => ({
        severity: 'error' as const,
        message:
          u.closest && same(u.typed, u.closest)
            ? `${def.name}的${KIND[u.kind]}「${u.typed}」在此处无法对应规定格式（可能重复出现或位置不对），每个规定标签只应出现一次`
            : `${def.name}的${KIND[u.kind]}「${u.typed}」不是规定格式中的标签` +
              (u.closest ? `，最接近的规定标签为「${u.closest}」` : '，请对照规定格式改正'),
        position: u.position,
      })),
    );
  },
};

export default rule;
