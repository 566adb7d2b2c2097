/**
 * Section headings recognised after normalising, as a known variant or as a near miss are rewritten to
 * the official heading: only the heading text, so `#` markers, bold markers and run-in text stay.
 */
import type { ReportModel } from '../model/types.js';
import type { SourceText } from './source-text.js';
import type { FixPlan } from './types.js';

const KIND = { normalized: '（标点、空格或全半角不同）', variant: '（常见变体）', near: '（与规定标题相近）' } as const;

export function headingEdits(source: SourceText, model: ReportModel): FixPlan {
  const plan: FixPlan = { edits: [], refusals: [] };
  for (const section of model.sections) {
    if (section.match === 'exact' || section.typed === section.official) continue;
    const range = source.range(section.position);
    const at = range && section.typed ? source.text.slice(range.start, range.end).indexOf(section.typed) : -1;
    if (!range || at < 0) {
      plan.refusals.push({
        message: `章节标题「${section.typed}」含有格式标记或换行：nianbao 未改动，规定格式为「${section.official}」，请手工修改`,
        position: section.position,
      });
      continue;
    }
    const start = range.start + at;
    const end = start + section.typed.length;
    plan.edits.push({
      start,
      end,
      text: section.official,
      position: source.spanAt(start, end - start),
      description: `章节标题「${section.typed}」${KIND[section.match]}改为规定格式「${section.official}」`,
    });
  }
  return plan;
}
