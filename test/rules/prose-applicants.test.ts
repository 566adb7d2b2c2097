import { describe, expect, it } from 'vitest';
import { expectOne, findingsOf } from './e2e-helpers.js';
import { in2019, in2021, where } from './prose-helpers.js';

const RULE = 'prose-applicants';

describe(RULE, () => {
  it('a count per applicant type against that column of 一', () => {
    const md = in2021('全区共收到政府信息公开申请218件，其中自然人216件、商业企业1件。');
    const f = expectOne(md, RULE, { severity: 'error', ...where(md, '216件') }, '正文称“其中自然人216件”，但表三“一、本年新收”“自然人”列为 217');
    expect(f.cause?.position.column).toBeGreaterThan(1);
  });

  it('accepts 一 or 一 + 二, Chinese numerals and 法人或其他组织 as the sum of five columns', () => {
    expect(findingsOf(in2021('全区共收到政府信息公开申请218件，其中自然人217件、商业企业1件。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('共收到政府信息公开申请222件，其中自然人220件、商业企业两件。'), RULE)).toEqual([]);
    expect(findingsOf(in2019('共收到政府信息公开申请20件，其中自然人18件，法人或其他组织2件。'), RULE)).toEqual([]);
    const md = in2019('共收到政府信息公开申请20件，其中自然人18件，法人或其他组织3件。');
    expectOne(md, RULE, { severity: 'error', ...where(md, '3件') }, '法人或其他组织各列之和为 2');
  });
});
