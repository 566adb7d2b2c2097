import { describe, expect, it } from 'vitest';
import { CLEAN_2021, SEED, check, edit, findingsOf, lineOf } from './e2e-helpers.js';

const TABLE3_HEADER = '| （本列数据的勾稽关系为';
const blankCarryOver = edit(CLEAN_2021, '| 四、结转下年度继续办理 |  |  | 3 | 1 |', '| 四、结转下年度继续办理 |  |  | 3 |  |');

describe('suppression comments', () => {
  it('nianbao-disable-next <id> silences that rule in the next block', () => {
    const md = edit(blankCarryOver, TABLE3_HEADER, `<!-- nianbao-disable-next cell-blank -->\n\n${TABLE3_HEADER}`);
    expect(findingsOf(blankCarryOver, 'cell-blank')).toHaveLength(1);
    expect(findingsOf(md, 'cell-blank')).toEqual([]);
  });

  it('does not silence other rules, nor the rule outside the block', () => {
    const md = edit(blankCarryOver, TABLE3_HEADER, `<!-- nianbao-disable-next table3-row-total -->\n\n${TABLE3_HEADER}`);
    const [f] = findingsOf(md, 'cell-blank');
    expect(f?.position.line).toBe(lineOf(md, '| 四、结转下年度继续办理 |'));
    const before = edit(blankCarryOver, '## 一、总体情况', '<!-- nianbao-disable-next cell-blank -->\n\n## 一、总体情况');
    expect(findingsOf(before, 'cell-blank')).toHaveLength(1);
  });

  it('nianbao-disable … nianbao-enable silences a range, for all rules when no id is given', () => {
    const md = edit(SEED, '## 三、收到和处理政府信息公开申请情况', '<!-- nianbao-disable -->\n\n## 三、收到和处理政府信息公开申请情况').replace(
      '## 四、政府信息公开行政复议',
      '<!-- nianbao-enable -->\n\n## 四、政府信息公开行政复议',
    );
    expect(check(md).filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual(['sign-off-date']);
    expect(check(SEED).filter((f) => f.severity === 'error')).toHaveLength(6);
  });

  it('nianbao-disable <id> up to the end silences only that rule', () => {
    const md = edit(SEED, '重庆市北碚区人民政府办公室\n\n2020年1月25日', '<!-- nianbao-disable sign-off-date -->\n\n重庆市北碚区人民政府办公室\n\n2020年1月25日');
    const errors = check(md).filter((f) => f.severity === 'error').map((f) => f.ruleId);
    expect(errors).not.toContain('sign-off-date');
    expect(errors).toHaveLength(5);
  });
});
