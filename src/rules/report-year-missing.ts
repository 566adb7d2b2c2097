import type { Rule } from './types.js';

const rule: Rule = {
  id: 'report-year-missing',
  title: '无法确定报告年度',
  severity: 'error',
  docs:
    'The report year is read from the front matter (`year:`) or the title (`…2020年政府信息公开工作年度报告`). ' +
    'Without it the sign-off date, the 统计期限 and the format version cannot be checked.',
  check(model) {
    if (model.year) return [];
    return [
      {
        severity: 'error' as const,
        message: '未能从标题或 front matter 中读出报告年度，无法检查落款日期、统计期限和格式版本；标题应为「〈机关名称〉YYYY年政府信息公开工作年度报告」，或在 front matter 中写明 year',
        position: model.title?.position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
      },
    ];
  },
};

export default rule;
