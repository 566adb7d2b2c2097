import type { Rule } from './types.js';
import { proseClaims, type Claim } from '../prose/index.js';
import { table3Figure, type Figure } from '../prose/figures.js';
import { agrees, contradiction, type ProseFinding } from '../prose/findings.js';
import { proseOffsetPosition } from '../prose/position.js';
import { formatNumber as n } from './shared/numbers.js';

/** Percentages are compared within ±0.1 (±0.5 for a whole percentage: `占33%`). */
function tolerance(typed: string): number {
  const decimals = /[.．](\d+)/.exec(typed)?.[1]?.length ?? 0;
  return (decimals === 0 ? 0.5 : 0.1) + 1e-9;
}

const pct = (count: number, base: number) => Math.round((count / base) * 10000) / 100;

function checkShare(claim: Claim, share: { value: number; start: number; end: number; approximate: boolean }, figure: Figure, bases: [string, Figure | null][]): ProseFinding[] {
  if (share.approximate) return [];
  const typed = claim.paragraph.text.slice(share.start, share.end);
  const tol = tolerance(typed);
  const counts = [...new Set([...figure.values, ...(claim.kind === 'result' && claim.value !== null ? [claim.value] : [])])];
  const usable = bases.filter((b): b is [string, Figure] => b[1] !== null && b[1].values[0]! > 0);
  if (usable.length === 0) return [];
  const fits = usable.some(([, base]) => base.values.some((b) => b > 0 && counts.some((c) => Math.abs((c / b) * 100 - share.value) <= tol)));
  if (fits) return [];
  const count = figure.values[0]!;
  const computed = usable.map(([name, base]) => `按${name} ${n(base.values[0]!)} 计算为 ${pct(count, base.values[0]!)}%`).join('，');
  const quote = claim.kind === 'share' ? claim.quote : `${claim.quote}，${typed}`;
  return [
    {
      severity: 'error',
      message: `正文称“${quote}”，但${figure.place}为 ${n(count)}，${computed}`,
      position: proseOffsetPosition(claim.paragraph, share.start, share.end),
      cause: { message: `${figure.place}为 ${n(count)}`, position: figure.cell.position },
    },
  ];
}

const rule: Rule = {
  id: 'prose-result-counts',
  title: '正文所述各类办理结果的件数和比例应与表三一致',
  severity: 'error',
  docs:
    'Counts the prose gives per result category (`予以公开71件`, `部分公开29件`, `不予公开…`, `无法提供…`, ' +
    '`不予处理…`, `其他处理…`) must equal the sum of that category\'s rows in 表三 (总计 column; （三） is the sum of ' +
    'its 8 rows, and so on). A percentage stated with it (`予以公开71件，占32.6%`, `予以公开的占32.6%`) must be ' +
    'within ±0.1 (±0.5 when written without decimals) of the count divided by （七）总计 or by 一、本年新收 (or 一 + 二); ' +
    'the message gives the share on each base. Only statements in a sentence about applications count, so ' +
    '`不予公开信息数79` (information items, no unit) and 主动公开 figures are not read. Errors at the number; cause: ' +
    'the first row of the category.',
  check(model) {
    const bases: [string, Figure | null][] = [
      ['（七）总计', table3Figure(model, ['r7'])],
      ['“一、本年新收”总计', table3Figure(model, ['new'])],
      ['“一”与“二”之和', table3Figure(model, ['new', 'carried'])],
    ];
    return proseClaims(model).flatMap((claim) => {
      if ((claim.kind !== 'result' && claim.kind !== 'share') || !claim.category) return [];
      const figure = table3Figure(model, [claim.category]);
      if (!figure) return [];
      const out: ProseFinding[] = [];
      if (claim.kind === 'result' && !claim.approximate && !agrees(claim.value, figure)) out.push(contradiction(claim, 'error', figure));
      const share =
        claim.kind === 'share'
          ? claim.value === null ? null : { value: claim.value, start: claim.start, end: claim.end, approximate: claim.approximate }
          : claim.share ?? null;
      if (share) out.push(...checkShare(claim, share, figure, bases));
      return out;
    });
  },
};

export default rule;

