import type { ReportModel } from '../model/types.js';
import type { Rule } from './types.js';
import { proseClaims } from '../prose/index.js';
import { table4Figure, type Figure } from '../prose/figures.js';
import { agrees, claimPosition, contradiction, type ProseFinding } from '../prose/findings.js';
import { formatNumber as n } from './shared/numbers.js';

const GROUPS = {
  review: { columns: ['review'], name: '行政复议' },
  litigation: { columns: ['direct', 'afterReview'], name: '行政诉讼' },
} as const;

const sumOf = (model: ReportModel, groups: readonly string[], outcomes: string[], place: string): Figure | null =>
  table4Figure(model, groups.flatMap((g) => outcomes.map((o) => `${g}.${o}`)), place);

const rule: Rule = {
  id: 'prose-review-litigation',
  title: '正文所述行政复议、行政诉讼情况应与表四一致',
  severity: 'error',
  docs:
    'In sentences about 政府信息公开 (or in section 四): `行政复议36起` must equal 表四 行政复议·总计, and `行政诉讼9起` ' +
    'must equal 未经复议直接起诉·总计 + 复议后起诉·总计. `均获维持` (均被维持, 全部维持) while the groups the sentence ' +
    'names have 结果纠正, 其他结果 or 尚未审结 cases is an error; so is `均已审结` / `均已结案` while 尚未审结 ≠ 0. ' +
    'A count is read only when the case word is right before it and the clause names one kind (复议 or 诉讼). ' +
    'At the number or the phrase; cause: the 表四 cell.',
  check(model) {
    if (!model.table4) return [];
    return proseClaims(model).flatMap((claim): ProseFinding[] => {
      if ((claim.kind === 'review' || claim.kind === 'litigation') && !claim.approximate) {
        const g = GROUPS[claim.kind];
        const figure = sumOf(model, g.columns, ['total'], claim.kind === 'review' ? '“行政复议·总计”' : '“未经复议直接起诉·总计”与“复议后起诉·总计”之和');
        return figure && !agrees(claim.value, figure) ? [contradiction(claim, 'error', figure)] : [];
      }
      if (claim.kind !== 'allUpheld' && claim.kind !== 'allClosed') return [];
      const outcomes = claim.kind === 'allUpheld' ? ['corrected', 'other', 'pending'] : ['pending'];
      const words = claim.kind === 'allUpheld' ? '结果纠正、其他结果、尚未审结' : '尚未审结';
      const against = (claim.groups ?? []).flatMap((group) => {
        const g = GROUPS[group];
        const total = sumOf(model, g.columns, ['total'], '');
        const figure = sumOf(model, g.columns, outcomes, '');
        if (!total || !figure || total.values[0] === 0 || figure.values[0] === 0) return [];
        return [{ text: `${g.name}${words}共 ${n(figure.values[0]!)} 件`, figure }];
      });
      const first = against[0];
      if (!first) return [];
      const text = `表四${against.map((a) => a.text).join('，')}`;
      return [
        {
          severity: 'error' as const,
          message: `正文称“${claim.paragraph.text.slice(claim.start, claim.end)}”，但${text}`,
          position: claimPosition(claim),
          cause: { message: text, position: first.figure.cell.position },
        },
      ];
    });
  },
};

export default rule;
