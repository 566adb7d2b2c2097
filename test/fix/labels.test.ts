import { describe, expect, it } from 'vitest';
import { fixReport, planFixes } from '../../src/fix/index.js';
import { halfWidthNumber } from '../../src/fix/number-cells.js';
import { replaceablePart } from '../../src/fix/labels.js';
import { checkReport } from '../../src/pipeline.js';
import { CLEAN_2019, CLEAN_2021, setCells, typedCells } from './helpers.js';

const lineOf = (markdown: string, marker: string) => markdown.split('\n').find((l) => l.includes(marker)) ?? '';
const warningsOf = (markdown: string, ruleId: string) => checkReport(markdown).messages.filter((m) => m.ruleId === ruleId);

describe('official labels and headings', () => {
  it('normalises 1、 numbering, an alias row label and a long section heading, keeping pipes and # markers', () => {
    let md = CLEAN_2021.replace('| 1.属于国家秘密 |', '| 1、属于国家秘密 |');
    md = md.replace('| （二）部分公开（区分处理的，只计这一情形，不计其他情形） |', '| （二）部分公开 |');
    md = md.replace('## 五、存在的主要问题及改进情况', '## 五、政府信息公开工作存在的主要问题及改进情况');
    expect(warningsOf(md, 'table-label-variant')).toHaveLength(2);
    expect(warningsOf(md, 'section-title')).toHaveLength(1);
    const result = fixReport(md);
    expect(result.output).toBe(CLEAN_2021);
    expect(result.messages.filter((m) => m.severity !== 'info')).toEqual([]);
    expect(result.edits.map((e) => e.description)).toEqual([
      '表三的行标签「（二）部分公开」改为规定格式「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」',
      '表三的行标签「1、属于国家秘密」改为规定格式「1.属于国家秘密」',
      '章节标题「五、政府信息公开工作存在的主要问题及改进情况」（常见变体）改为规定格式「五、存在的主要问题及改进情况」',
    ]);
  });

  it('keeps a group prefix typed in the same cell and fixes only the leaf', () => {
    // One label column: the group travels with the first leaf (`（三）1、属于国家秘密`).
    const md = CLEAN_2019.replace('|  | （三）不予公开 | 1.属于国家秘密 |', '|  |  | （三）1、属于国家秘密 |');
    const result = fixReport(md);
    expect(lineOf(result.output, '属于国家秘密')).toContain('| （三）1.属于国家秘密 |');
    expect(result.edits[0]?.description).toContain('保留前面的分组写法');
    expect(checkReport(result.output).messages.filter((m) => m.ruleId === 'table-label-variant')).toEqual([]);
    expect(fixReport(result.output).edits).toEqual([]);
  });

  it('normalises a column alias (合计 → 总计), straight quotes and a heading with a trailing colon', () => {
    let md = CLEAN_2019.replace('| 其他 | 总计 |', '| 其他 | 合计 |');
    md = md.replace('| 3.危及“三安全一稳定” |', '| 3.危及"三安全一稳定" |');
    md = md.replace('## 一、总体情况', '## 一、总体情况：');
    expect(fixReport(md).output).toBe(CLEAN_2019);
  });

  it('refuses to rewrite a label read only as a typo guess, naming the closest label', () => {
    const md = CLEAN_2021.replace('5.要求行政机关确认或重新出具已获取信息', '5.要求行政机关确认或重新出具己获取信息');
    const { edits, refusals } = planFixes(md);
    expect(edits).toEqual([]);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]!.message).toContain('最接近的是「5.要求行政机关确认或重新出具已获取信息」');
    expect(refusals[0]!.message).toContain('不会按猜测改写');
    expect(refusals[0]!.position.line).toBe(67);
  });

  it('fixes a label inside bold markers, and refuses one whose text is split by markup', () => {
    const bold = fixReport(CLEAN_2021.replace('| 1.属于国家秘密 |', '| **1、属于国家秘密** |'));
    expect(lineOf(bold.output, '属于国家秘密')).toContain('| **1.属于国家秘密** |');
    const split = planFixes(CLEAN_2021.replace('| 1.属于国家秘密 |', '| 1、属于**国家**秘密 |'));
    expect(split.edits).toEqual([]);
    expect(split.refusals).toHaveLength(1);
    expect(split.refusals[0]!.message).toContain('格式标记');
    expect(split.refusals[0]!.message).toContain('「1.属于国家秘密」');
  });

  it('finds the label proper inside what was typed', () => {
    expect(replaceablePart('（三）1、属于国家秘密', '1.属于国家秘密', [])).toBe(3);
    expect(replaceablePart('不予公开 / 1、属于国家秘密', '1.属于国家秘密', [])).toBe(7);
    expect(replaceablePart('属于国家秘密', '1.属于国家秘密', [])).toBe(0);
    expect(replaceablePart('1、', '1.属于国家秘密', [])).toBe(0);
    expect(replaceablePart('（二）部分公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ['（二）部分公开'])).toBe(0);
    expect(replaceablePart('（三）不予公开', '1.属于国家秘密', [])).toBeNull();
  });
});

describe('full-width numbers', () => {
  it('turns full-width digits and decimal points into half-width and trims U+3000 around values', () => {
    let md = setCells(CLEAN_2019, '一、本年新收', { 3: '１８', 9: '\u3000２０\u3000' });
    md = md.replace('| 764.8万元 |', '| ７６４．８万元 |');
    md = setCells(md, '| 规章 |', { 1: '\u3000\u30000' });
    const before = typedCells(checkReport(md).model);
    const result = fixReport(md);
    expect(result.output).toBe(CLEAN_2019);
    const after = typedCells(checkReport(result.output).model);
    for (const [key, cell] of before) expect(after.get(key), key).toEqual(cell);
    expect(result.edits.map((e) => e.description).join('\n')).toContain('「１８」→「18」');
  });

  it('maps only digits, the decimal point, the comma and signs', () => {
    expect(halfWidthNumber('１，２３４．５０万元')).toBe('1,234.50万元');
    expect(halfWidthNumber('－３')).toBe('-3');
  });
});
