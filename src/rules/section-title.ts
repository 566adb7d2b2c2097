import type { Rule } from './types.js';

const KIND = {
  normalized: '与规定标题仅有空格、标点或全半角差异',
  variant: '是实际报告中常见的变体',
  near: '与规定标题相近但有出入',
} as const;

const rule: Rule = {
  id: 'section-title',
  title: '章节标题应与规定格式一致',
  severity: 'warning',
  docs:
    'A section heading recognised only after normalising (spaces, punctuation, full/half width), as a known ' +
    'longer variant (五、政府信息公开工作存在的主要问题及改进情况), or as a near miss (a typo): a warning that ' +
    'names the official heading.',
  check(model) {
    return model.sections
      .filter((s) => s.match !== 'exact')
      .map((s) => ({
        severity: 'warning' as const,
        message: `章节标题「${s.typed}」${KIND[s.match as keyof typeof KIND]}，规定格式为「${s.official}」`,
        position: s.position,
      }));
  },
};

export default rule;
