import { describe, expect, it } from 'vitest';
import { edit, expectOne, findingsOf, lineOf } from './e2e-helpers.js';
import { in2021, where } from './prose-helpers.js';

const RULE = 'prose-result-counts';
const LEAD = '2024年，全区共收到政府信息公开申请218件，';

describe(RULE, () => {
  it('a category count that differs from the sum of its rows', () => {
    const md = in2021(`${LEAD}予以公开70件，部分公开29件，不予公开39件，无法提供75件，不予处理1件，其他处理3件。`);
    const f = expectOne(md, RULE, { severity: 'error', ...where(md, '70件') }, '正文称“予以公开70件”，但表三“（一）予以公开”总计为 71');
    expect(f.cause?.position.line).toBe(lineOf(md, '（一）予以公开'));
  });

  it('groups are sums of their rows: 不予公开 39 = 4 + 3 + 32', () => {
    const md = in2021(`${LEAD}不予公开40件。`);
    expectOne(md, RULE, { severity: 'error', ...where(md, '40件') }, '表三“（三）不予公开”总计为 39');
    expect(findingsOf(in2021(`${LEAD}不予公开三十九件，其他处理3件。`), RULE)).toEqual([]);
  });

  it('a group with a missing row has no sum to compare (table-row-missing reports the row)', () => {
    const md = edit(in2021(`${LEAD}不予公开35件。`), '|  |  | 4.保护第三方合法权益 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n', '');
    expect(findingsOf(md, 'table-row-missing')).toHaveLength(1);
    expect(findingsOf(md, RULE)).toEqual([]);
  });

  it('percentages within ±0.1 of count/（七）总计 or count/一; the message gives each base', () => {
    expect(findingsOf(in2021(`${LEAD}予以公开71件，占32.6%。`), RULE)).toEqual([]);
    expect(findingsOf(in2021(`${LEAD}予以公开71件，占33%。`), RULE)).toEqual([]);
    const md = in2021(`${LEAD}予以公开71件，占35.2%。`);
    expectOne(md, RULE, { severity: 'error', ...where(md, '35.2%') }, '按（七）总计 218 计算为 32.57%', '按“一、本年新收”总计 218 计算为 32.57%');
    const alone = in2021(`${LEAD}其中部分公开的占15%。`);
    expectOne(alone, RULE, { severity: 'error', ...where(alone, '15%') }, '表三“（二）部分公开”总计为 29');
  });

  it('is silent outside sentences about applications, on items of information and on changes', () => {
    expect(findingsOf(in2021('全年主动公开政府信息10407条，予以公开70条。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('2019年制作政府信息总数330条，作为依申请公开信息数161条，不予公开信息数79。'), RULE)).toEqual([]);
    expect(findingsOf(in2021(`${LEAD}予以公开71件，同比增长8.6%。`), RULE)).toEqual([]);
    expect(findingsOf(in2021(`${LEAD}予以公开约70件。`), RULE)).toEqual([]);
    expect(findingsOf(in2021(`${LEAD}予以公开和部分公开共100件。`), RULE)).toEqual([]);
  });
});
