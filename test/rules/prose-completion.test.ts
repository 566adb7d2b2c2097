import { describe, expect, it } from 'vitest';
import { expectOne, findingsOf } from './e2e-helpers.js';
import { in2021, where } from './prose-helpers.js';

const RULE = 'prose-completion';

describe(RULE, () => {
  it('办结 N 件 against （七）总计 (error)', () => {
    const md = in2021('全区共收到政府信息公开申请218件，共办结210件。');
    expectOne(md, RULE, { severity: 'error', ...where(md, '210件') }, '正文称“共办结210件”，但表三“（七）总计”为 218');
    expect(findingsOf(in2021('全区共收到政府信息公开申请218件，共办结218件。'), RULE)).toEqual([]);
  });

  it('办结率100% or 均已办结 while applications are carried over (warning)', () => {
    const md = in2021('全区共收到政府信息公开申请218件，办结率100%。');
    expectOne(md, RULE, { severity: 'warning', ...where(md, '100%') }, '“四、结转下年度继续办理”总计为 4');
    const all = in2021('收到的政府信息公开申请均已办结。');
    expectOne(all, RULE, { severity: 'warning', ...where(all, '均已办结') }, '仍有申请结转下年度办理');
  });

  it('is silent when the sentence itself speaks of carried-over applications', () => {
    expect(findingsOf(in2021('上年结转的政府信息公开申请均已办结。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('共收到政府信息公开申请218件，结转下年度4件，办结率100%。'), RULE)).toEqual([]);
  });

  it('is silent on 诉求 and 热线 sentences (pingtan-2020)', () => {
    expect(findingsOf(in2021('组织开展19期《问政平潭之有事你说》，收到群众诉求348件，现场解决162件，跟进解决186件，办结率100%。'), RULE)).toEqual([]);
  });
});
