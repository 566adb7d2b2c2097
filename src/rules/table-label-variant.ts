import type { LabelMatch } from '../model/types.js';
import type { Rule } from './types.js';
import { presentTables } from './shared/tables.js';
import { isUnmatched } from './shared/unmatched.js';

/** Differs only by line breaks and spaces: how the Word original wraps a narrow cell, not a wording difference. */
const onlyWrapped = (label: LabelMatch) => label.typed.replace(/\s+/gu, '') === label.official.replace(/\s+/gu, '');

const rule: Rule = {
  id: 'table-label-variant',
  title: '统计表标签应与规定格式的文字一致',
  severity: 'warning',
  docs:
    'A row label or column header that matched an official label only after normalising (spaces, `1、` for `1.`, ' +
    'full/half-width brackets and quotes) or through a known alias (合计 for 总计): a warning showing the official text. ' +
    'Silent on labels already reported by table-label-unknown, and on labels that differ only by line breaks or ' +
    'spaces (a wrapped header cell such as `商业<br>企业`).',
  check(model) {
    return presentTables(model).flatMap(({ table, def }) => {
      const labels: { label: LabelMatch; kind: string }[] = [
        ...table.columns.map((c) => ({ label: c.label, kind: '列标题' })),
        ...table.rows.map((r) => ({ label: r.label, kind: '行标签' })),
      ];
      return labels
        .filter(({ label }) => label.quality !== 'exact' && !onlyWrapped(label) && !isUnmatched(table, label.position))
        .map(({ label, kind }) => ({
          severity: 'warning' as const,
          message:
            `${def.name}的${kind}「${label.typed}」` +
            (label.quality === 'alias' ? '是常见的别称' : '与规定文字不完全一致') +
            `，规定格式为「${label.official}」`,
          position: label.position,
        }));
    });
  },
};

export default rule;
