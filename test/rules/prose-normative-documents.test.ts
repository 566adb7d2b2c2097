import { describe, expect, it } from 'vitest';
import { expectOne, findingsOf, lineOf } from './e2e-helpers.js';
import { in2019, in2021, where } from './prose-helpers.js';

const RULE = 'prose-normative-documents';

describe(RULE, () => {
  it('制发 and 现行有效 against 表二 (errors), 废止 (warning)', () => {
    const md = in2021('本年度制发行政规范性文件61件，现行有效行政规范性文件400件，废止行政规范性文件30件。');
    const found = findingsOf(md, RULE);
    expect(found.map((f) => `${f.severity} ${f.position.line}:${f.position.column}`)).toEqual([
      `error 14:${where(md, '61件').column}`,
      `error 14:${where(md, '400件').column}`,
      `warning 14:${where(md, '30件').column}`,
    ]);
    expect(found[0]!.message).toBe('正文称“本年度制发行政规范性文件61件”，但表二“行政规范性文件”“本年制发件数”为 62');
    expect(found[1]!.cause?.position.line).toBe(lineOf(md, '| 行政规范性文件'));
  });

  it('废止 and 现行有效 later in a sentence about 规范性文件', () => {
    const md = in2021('本年度制发行政规范性文件62件，废止33件，现行有效441件。');
    expectOne(md, RULE, { severity: 'error', ...where(md, '441件') }, '正文称“现行有效441件”，但表二“行政规范性文件”“现行有效件数”为 440');
    expect(findingsOf(in2021('规范性文件方面，本年制发62件，废止33件，现行有效440件。'), RULE)).toEqual([]);
    const later = in2021('规范性文件方面，本年制发60件。');
    expectOne(later, RULE, { severity: 'error', ...where(later, '60件') }, '“本年制发件数”为 62');
  });

  it('keeps correct statements (pingtan-2024: 制发行政规范性文件62件) and unrelated counts', () => {
    expect(findingsOf(in2021('动态更新发布本年度制发行政规范性文件62件，现行有效规范性文件440件。'), RULE)).toEqual([]);
    expect(findingsOf(in2021('其中，公开的规范性文件22件，均向市司法局报送备案。'), RULE)).toEqual([]);
  });

  it('2019 format: 制发 against 本年新制作数量, a warning', () => {
    const md = in2019('本年度制发规范性文件20件。');
    expectOne(md, RULE, { severity: 'warning', ...where(md, '20件') }, '“本年新制作数量”为 22');
    expect(findingsOf(in2019('经清理，已宣布废止规范性文件5件。'), RULE)).toEqual([]);
  });
});
