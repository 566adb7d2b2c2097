import type { Rule } from './types.js';

const rule: Rule = {
  id: 'live-number',
  title: '正文中引用表格数字的写法（:num / :sum / :pct）必须能解析',
  severity: 'error',
  docs:
    'Live numbers (`:num[表三 一 总计]`, `:sum[表三 （三） 总计]`, `:pct[表三 （一） 总计]`) are replaced by values ' +
    'from the tables. One that names no table cell, points at a blank or invalid cell, or has a zero base is an error: ' +
    'the published text would otherwise show a placeholder.',
  check(model) {
    return (model.liveNumbers ?? [])
      .filter((live) => live.problem !== null)
      .map((live) => ({
        severity: 'error' as const,
        message: `无法填入 :${live.kind}[${live.reference}]：${live.problem}`,
        position: live.position,
      }));
  },
};

export default rule;
