import { describe, expect, it } from 'vitest';
import { expectOne, findingsOf, lineOf } from './e2e-helpers.js';
import { in2019, in2021, where } from './prose-helpers.js';

const RULE = 'prose-review-litigation';

describe(RULE, () => {
  it('行政复议 = 表四 行政复议·总计; 行政诉讼 = 直接起诉·总计 + 复议后起诉·总计', () => {
    const md = in2021('全年办理因政府信息公开申请引发的行政复议8起，行政诉讼18起。');
    const found = findingsOf(md, RULE);
    expect(found.map((f) => [f.severity, f.position.line, f.position.column])).toEqual([
      ['error', 14, where(md, '8起').column],
      ['error', 14, where(md, '18起').column],
    ]);
    expect(found[0]!.message).toBe('正文称“全年办理因政府信息公开申请引发的行政复议8起”，但表四“行政复议·总计”为 7');
    expect(found[1]!.message).toContain('表四“未经复议直接起诉·总计”与“复议后起诉·总计”之和为 19');
    expect(found[0]!.cause?.position.line).toBe(lineOf(md, '| 2 | 1 | 3 | 1 | 7 |'));
    expect(findingsOf(in2021('全年办理因政府信息公开申请引发的行政复议7起，行政诉讼19起。'), RULE)).toEqual([]);
  });

  it('均获维持 while there are corrected, other or pending cases; 均已审结 while cases are pending', () => {
    const md = in2019('因政府信息公开被申请行政复议3件，均获维持。');
    expectOne(md, RULE, { severity: 'error', ...where(md, '均获维持') }, '表四行政复议结果纠正、其他结果、尚未审结共 2 件');
    const closed = in2019('政府信息公开行政诉讼2件，均已审结。');
    expectOne(closed, RULE, { severity: 'error', ...where(closed, '均已审结') }, '表四行政诉讼尚未审结共 1 件');
  });

  it('均获维持 speaks of the case word nearest before it (and of one joined to it in the same clause)', () => {
    expect(findingsOf(in2019('因政府信息公开引发的行政复议、行政诉讼均已审结，结果均获维持。'), RULE).map((f) => f.message)).toEqual([
      '正文称“均已审结”，但表四行政复议尚未审结共 2 件，行政诉讼尚未审结共 1 件',
      '正文称“均获维持”，但表四行政复议结果纠正、其他结果、尚未审结共 2 件，行政诉讼结果纠正、其他结果、尚未审结共 2 件',
    ]);
    const md = in2021('政府信息公开行政诉讼19起均获维持，行政复议7起尚未全部审结。');
    expectOne(md, RULE, { severity: 'error', ...where(md, '均获维持') }, '表四行政诉讼结果纠正、其他结果、尚未审结共 6 件');
    expect(findingsOf(in2019('因政府信息公开被申请行政复议3件，行政诉讼2件均已审结。'), RULE).map((f) => f.message)).toEqual([
      '正文称“均已审结”，但表四行政诉讼尚未审结共 1 件',
    ]);
  });

  it('is silent on 复议/诉讼 outside 政府信息公开 and on sentences with both kinds', () => {
    expect(findingsOf(in2021('全年办理行政复议案件120件，行政诉讼案件45件。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('因政府信息公开引发的行政复议、行政诉讼各1件。'), RULE)).toEqual([]);
  });
});
