import type { Rule } from './types.js';
import { proseClaims } from '../prose/index.js';
import { table3Figure } from '../prose/figures.js';
import { agrees, contradiction } from '../prose/findings.js';

const rule: Rule = {
  id: 'prose-applicants',
  title: '正文所述各类申请人的申请数应与表三一致',
  severity: 'error',
  docs:
    'Counts per applicant type in a sentence about applications (`自然人17件、商业企业1件`, `法人或其他组织提出1件`) ' +
    'must agree with that column of 表三 一、本年新收 (or of 一 + 二, when the prose counts carried-over ' +
    'applications too); 法人或其他组织 is the sum of its five columns. At the number; cause: the 一 cell of the column.',
  check(model) {
    return proseClaims(model).flatMap((claim) => {
      if (claim.kind !== 'applicant' || !claim.applicant || claim.approximate) return [];
      const fresh = table3Figure(model, ['new'], claim.applicant);
      const both = table3Figure(model, ['new', 'carried'], claim.applicant);
      if (!fresh || !both || agrees(claim.value, fresh) || agrees(claim.value, both)) return [];
      return [contradiction(claim, 'error', fresh)];
    });
  },
};

export default rule;
