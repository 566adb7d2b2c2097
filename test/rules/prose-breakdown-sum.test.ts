import { describe, expect, it } from 'vitest';
import { expectOne, findingsOf } from './e2e-helpers.js';
import { in2021, where } from './prose-helpers.js';

const RULE = 'prose-breakdown-sum';

describe(RULE, () => {
  it('a total in front of parentheses whose parts (closed by 其他) do not add up', () => {
    const md = in2021('全年共公布政府信息2602条(其中机构职能类信息82条，规划计划类信息21条，其他应主动公开政府信息2500条)。');
    const f = expectOne(md, RULE, { severity: 'error', ...where(md, '2602条') }, '82 + 21 + 2500 = 2603，与总数 2602 不符');
    expect(f.cause?.position).toMatchObject({ line: 14, column: where(md, '82条').column });
  });

  it('a 其中 list closed by 其他 (czj-2019 style: 93 vs 90)', () => {
    const md = in2021('主动公开政府信息90条，其中机构设置类信息1条，规范性文件类信息10条，财政信息52条，人事信息5条，其他应主动公开的政府信息25条。');
    expectOne(md, RULE, { severity: 'error', ...where(md, '90条') }, '= 93，与总数 90 不符');
  });

  it('silent when the parts add up, are a selection, mix units or are approximate', () => {
    expect(findingsOf(in2021('主动公开政府信息43条，其中重大建设项目信息1条，社会保障类10条，食品药品类10条，其他应主动公开的政府信息22条。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('全年主动公开信息1200条，其中政策解读35条，图解10条。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('公开政府信息共计128条，财政预算、决算信息1条，应急预案类信息2条，其他应主动公开的政府信息7条。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('共公布信息100条（其中规范性文件5件，其他95条）。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('共公布信息3000余条（其中政策类1000余条，其他1000条）。'), RULE)).toEqual([]);
  });

  it('a shortfall of at most 5 % in parentheses without 其他 is a warning', () => {
    const md = in2021('共公布信息100条（其中通知公告50条、政策文件48条）。');
    expectOne(md, RULE, { severity: 'warning', ...where(md, '100条') }, '= 98');
  });
});
