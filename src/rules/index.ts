/** All rules of `nianbao check`, in documentation order. Rule id = file name. */
import type { Rule } from './types.js';
import reportYearMissing from './report-year-missing.js';
import signOffDate from './sign-off-date.js';
import periodYear from './period-year.js';
import sectionMissing from './section-missing.js';
import sectionOrder from './section-order.js';
import sectionTitle from './section-title.js';
import tableMissing from './table-missing.js';
import tableRowMissing from './table-row-missing.js';
import tableColumnMissing from './table-column-missing.js';
import tableRowDuplicate from './table-row-duplicate.js';
import tableLabelUnknown from './table-label-unknown.js';
import tableLabelVariant from './table-label-variant.js';
import formatVersionMixed from './format-version-mixed.js';
import formatVersionYear from './format-version-year.js';
import cellBlank from './cell-blank.js';
import cellNotNumber from './cell-not-number.js';
import cellNotInteger from './cell-not-integer.js';
import cellUnitWrong from './cell-unit-wrong.js';
import cellNegative from './cell-negative.js';
import amountDecimals from './amount-decimals.js';
import amountUnitMissing from './amount-unit-missing.js';
import table2PublishedTotal from './table2-published-total.js';
import table3RowTotal from './table3-row-total.js';
import table3ResultTotal from './table3-result-total.js';
import table3Balance from './table3-balance.js';
import table3CarriedOver from './table3-carried-over.js';
import table2InForceContinuity from './table2-in-force-continuity.js';
import table2PreviousCount from './table2-previous-count.js';
import reportCopied from './report-copied.js';
import table4GroupTotal from './table4-group-total.js';
import liveNumber from './live-number.js';
import proseApplicationsReceived from './prose-applications-received.js';
import proseApplicants from './prose-applicants.js';
import proseResultCounts from './prose-result-counts.js';
import proseCompletion from './prose-completion.js';
import proseCarryOver from './prose-carry-over.js';
import proseReviewLitigation from './prose-review-litigation.js';
import proseNormativeDocuments from './prose-normative-documents.js';
import proseBreakdownSum from './prose-breakdown-sum.js';

export const RULES: readonly Rule[] = [
  reportYearMissing,
  signOffDate,
  periodYear,
  sectionMissing,
  sectionOrder,
  sectionTitle,
  tableMissing,
  tableRowMissing,
  tableColumnMissing,
  tableRowDuplicate,
  tableLabelUnknown,
  tableLabelVariant,
  formatVersionMixed,
  formatVersionYear,
  cellBlank,
  cellNotNumber,
  cellNotInteger,
  cellUnitWrong,
  cellNegative,
  amountDecimals,
  amountUnitMissing,
  table2PublishedTotal,
  table3RowTotal,
  table3ResultTotal,
  table3Balance,
  table3CarriedOver,
  table2InForceContinuity,
  table2PreviousCount,
  reportCopied,
  table4GroupTotal,
  liveNumber,
  proseApplicationsReceived,
  proseApplicants,
  proseResultCounts,
  proseCompletion,
  proseCarryOver,
  proseReviewLitigation,
  proseNormativeDocuments,
  proseBreakdownSum,
];
