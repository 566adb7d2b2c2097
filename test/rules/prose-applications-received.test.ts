import { describe, expect, it } from 'vitest';
import { SEED, edit, expectOne, findingsOf, lineOf } from './e2e-helpers.js';
import { in2019, in2021, where } from './prose-helpers.js';

const RULE = 'prose-applications-received';

describe(RULE, () => {
  it('an error at the number when 收到 matches neither 一 nor 一 + 二, with the 一 cell as cause', () => {
    const md = in2021('2024年，全区共收到政府信息公开申请217件，均已按时答复。');
    const f = expectOne(md, RULE, { severity: 'error', ...where(md, '217件') }, '正文称“全区共收到政府信息公开申请217件”，但表三“一、本年新收”总计为 218', '与“二、上年结转”总计之和为 222');
    expect(f.position).toMatchObject({ line: 14, column: 20, endLine: 14, endColumn: 24 });
    expect(f.cause?.position.line).toBe(lineOf(md, '| 一、本年新收'));
  });

  it('points at the number inside emphasis and list items', () => {
    const md = in2021('- 依申请公开：全年共收到**政府信息公开申请 217 件**，均已答复。');
    const f = expectOne(md, RULE, { severity: 'error', line: 14, column: 25 }, '表三“一、本年新收”总计为 218');
    expect(f.position).toMatchObject({ endLine: 14, endColumn: 30 });
    expect(md.split('\n')[13]!.slice(24, 29)).toBe('217 件');
  });

  it('accepts 一 and 一 + 二 (收到 may include 上年结转), spaces and full-width digits', () => {
    expect(findingsOf(in2021('2024年，全区共收到政府信息公开申请218件。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('全年共受理政府信息公开申请 222 件（含上年结转4件）。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('本年度收到依申请公开事项２１８项。'), RULE)).toEqual([]);
  });

  it('办理 is ambiguous: a warning only when it matches none of 一, 一 + 二, （七）', () => {
    const md = in2021('全年办理政府信息公开申请300件。');
    expectOne(md, RULE, { severity: 'warning', ...where(md, '300件') }, '表三“一、本年新收”总计为 218');
    expect(findingsOf(in2021('全年办理政府信息公开申请218件。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('全年办理政府信息公开申请222件。'), RULE)).toEqual([]);
  });

  it('a count over several agencies (各级行政机关) that differs is a warning', () => {
    const md = in2021('2024年全区各级行政机关共受理政府信息公开申请230件。');
    expectOne(md, RULE, { severity: 'warning', ...where(md, '230件') }, '表三“一、本年新收”总计为 218');
  });

  it('never compares approximate numbers, nor counts of other things', () => {
    expect(findingsOf(in2021('全年共收到政府信息公开申请200余件。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('全年共收到政府信息公开申请近300件。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('组织开展19期问政，收到群众诉求348件，办结率100%。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('规范政府信息公开申请处理文书格式模板19个。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('2024年1月1日起受理申请，电话023—68211133，邮编400711。'), RULE)).toEqual([]);
  });

  it('works on a 2019 report, and the seed (共收到…18件 = 一) stays clean', () => {
    const md = in2019('2019年，我办共收到政府信息公开申请19件。');
    expectOne(md, RULE, { severity: 'error', ...where(md, '19件') }, '表三“一、本年新收”总计为 20');
    expect(findingsOf(SEED, RULE)).toEqual([]);
    const changed = edit(SEED, '共收到政府信息依申请公开18件', '共收到政府信息依申请公开16件');
    expectOne(changed, RULE, { severity: 'error', ...where(changed, '16件') }, '正文称“我办共收到政府信息依申请公开16件”，但表三“一、本年新收”总计为 18');
  });
});
