import type { ProseParagraph, ReportModel } from '../model/types.js';
import type { Rule } from './types.js';
import { previousReport } from './shared/previous-report.js';
import { TABLE3, TABLE4 } from '../formats/index.js';

/** Shorter paragraphs (一句话的套话) legitimately repeat from year to year. */
const MIN_LENGTH = 50;

const squeeze = (text: string) => text.replace(/[\s\u3000]+/gu, '');

/** The text with every year moved back by one: a copy that only updated its years is still a copy. */
const yearsBack = (text: string) => text.replace(/(?<!\d)(\d{4})(?=年)/g, (y) => String(Number(y) - 1));

/** Body paragraphs of sections 一 to 五: the preamble (legal basis, 统计期限) and 六 are boilerplate by nature. */
function bodyParagraphs(model: ReportModel): ProseParagraph[] {
  return (model.prose ?? []).filter((p) => p.kind !== 'heading' && p.section >= 1 && p.section <= 5 && squeeze(p.text).length >= MIN_LENGTH);
}

/** Every 表三 and 表四 value as typed, or null when a table is missing or all its numbers are 0. */
function applicationFigures(model: ReportModel): string | null {
  const tables = [model.table3, model.table4];
  if (tables.some((t) => t === null)) return null;
  const values = tables.flatMap((t) => {
    const def = t!.id === 'table3' ? TABLE3 : TABLE4;
    return t!.rows.flatMap((r) => def.columns.map((c) => `${t!.id}/${r.rowId}/${c.id}=${r.cells[c.id]?.raw ?? ''}`));
  });
  const anyNonZero = tables.some((t) => t!.rows.some((r) => Object.values(r.cells).some((c) => c.value !== null && c.value !== 0)));
  return anyNonZero ? values.join('|') : null;
}

const rule: Rule = {
  id: 'report-copied',
  title: '与上一年度报告内容雷同（照搬上年文字或数字）',
  severity: 'warning',
  docs:
    "Across years (when last year's report of the same agency is checked in the same run): a body paragraph of sections " +
    '一 to 五 (at least 50 characters) identical to one of last year\'s, also after moving this year\'s years back by one; ' +
    'and 表三 + 表四 identical to last year\'s with some non-zero figure. The 2021 notice (国办公开办函〔2021〕30号) names ' +
    'copy-paste reports. A warning: a repeated passage may be deliberate.',
  check(model, context) {
    const previous = previousReport(model, context.others);
    if (!previous) return [];
    const year = previous.year?.value;
    const before = new Set(bodyParagraphs(previous).map((p) => squeeze(p.text)));
    const findings = bodyParagraphs(model)
      .filter((p) => before.has(squeeze(p.text)) || before.has(yearsBack(squeeze(p.text))))
      .map((p) => ({
        severity: 'warning' as const,
        message: `这一段与${year}年度报告中的一段完全相同（仅年份不同或一字未改），请按本年度情况重新撰写`,
        position: p.position,
      }));
    const figures = applicationFigures(model);
    if (figures !== null && figures === applicationFigures(previous) && model.table3) {
      findings.push({
        severity: 'warning' as const,
        message: `表三、表四的全部数字与${year}年度报告完全相同，请核对是否照搬了上一年度的数据`,
        position: model.table3.position,
      });
    }
    return findings;
  },
};

export default rule;
