import { describe, expect, it } from 'vitest';
import { expectOne, findingsOf, lineOf } from './e2e-helpers.js';
import { in2021, where } from './prose-helpers.js';

const RULE = 'prose-carry-over';

describe(RULE, () => {
  it('结转至下一年 against 四, 上年结转 against 二', () => {
    const md = in2021('2024年，全区共收到政府信息公开申请218件，共办结218件，结转至2025年5件。');
    const f = expectOne(md, RULE, { severity: 'error', ...where(md, '5件') }, '正文称“结转至2025年5件”，但表三“四、结转下年度继续办理”总计为 4');
    expect(f.position).toMatchObject({ line: 14, column: 41 });
    expect(f.cause?.position.line).toBe(lineOf(md, '| 四、结转下年度继续办理'));
    const carried = in2021('结转上年度政府信息公开申请3件，已全部办理。');
    expectOne(carried, RULE, { severity: 'error', ...where(carried, '3件') }, '表三“二、上年结转”总计为 4');
  });

  it('keeps correct statements; the year in 结转至2025年 is no count', () => {
    expect(findingsOf(in2021('2024年，全区共收到政府信息公开申请218件，结转至2025年4件。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('上年结转政府信息公开申请4件。结转下年度继续办理的申请4件。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('2024年，全区共收到政府信息公开申请218件，结转至2025年约5件。'), RULE)).toEqual([]);
  });
});
