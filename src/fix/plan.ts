/** `planFixes`: every mechanical fix of one report, planned from its model as non-overlapping text edits. */
import type { ReportModel } from '../model/types.js';
import { readReportModel } from '../pipeline.js';
import { editsOverlap } from './apply-edits.js';
import { conflictRefusals, disagreementRefusals } from './total-refusals.js';
import { fillEdits } from './fill-edits.js';
import { headingEdits } from './headings.js';
import { labelEdits } from './labels.js';
import { numberCellEdits } from './number-cells.js';
import { SourceText } from './source-text.js';
import { planTotals, type Fill } from './totals.js';
import type { FixPlan, Refusal, TextEdit } from './types.js';

export interface DetailedPlan extends FixPlan {
  model: ReportModel;
  /** The totals the edits fill in, for checking the result. */
  fills: Fill[];
}

export function planFixes(markdown: string): FixPlan {
  const { edits, refusals } = planFixesWithModel(markdown);
  return { edits, refusals };
}

export function planFixesWithModel(markdown: string): DetailedPlan {
  const model = readReportModel(markdown);
  const source = new SourceText(markdown);
  const totals = planTotals(model);
  const filled = fillEdits(source, totals.fills);
  const parts: FixPlan[] = [
    filled,
    { edits: [], refusals: [...conflictRefusals(totals.conflicts), ...disagreementRefusals(totals.disagreements)] },
    numberCellEdits(source, model),
    labelEdits(source, model),
    headingEdits(source, model),
  ];
  const refusals: Refusal[] = parts.flatMap((p) => p.refusals);
  const edits: TextEdit[] = [];
  // Each fix touches its own cell or heading; should two ever meet, the first planned wins.
  for (const edit of parts.flatMap((p) => p.edits)) {
    const other = edits.find((e) => editsOverlap(e, edit));
    if (other) refusals.push({ message: `与另一处修改（${other.description}）位置重叠，未执行：${edit.description}`, position: edit.position });
    else edits.push(edit);
  }
  edits.sort((a, b) => a.start - b.start);
  refusals.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  const fills = edits.flatMap((e) => filled.written.get(e) ?? []);
  return { edits, refusals, model, fills };
}
