import { describe, expect, it } from 'vitest';
import { fixReport, planFixes } from '../../src/fix/index.js';
import { checkReport } from '../../src/pipeline.js';
import { SEED, typedCells } from './helpers.js';

describe('the published seed report', () => {
  const result = fixReport(SEED);

  it('fills the blank 2.重复申请 总计 with 0', () => {
    const row = checkReport(result.output).model.table3!.rows.find((r) => r.rowId === 'r5.2')!;
    expect(row.cells.total).toMatchObject({ state: 'number', value: 0 });
    expect(result.output.split('\n')[73]).toBe('|  |  | 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
    expect(result.messages.some((m) => m.ruleId === 'cell-blank')).toBe(false);
  });

  it('refuses the conflicting （七）总计 cells with an explanation at their place', () => {
    const refused = result.refusals.filter((r) => r.position.line === 79);
    expect(refused.map((r) => r.message)).toEqual([
      '第79行表三（七）总计「自然人」列为 18，与（一）至（六）之和 17 不一致：nianbao 不会改动已填写的数字，请核对后手工修改',
      '第79行表三（七）总计「商业企业」列为 0，与（一）至（六）之和 1 不一致：nianbao 不会改动已填写的数字，请核对后手工修改',
    ]);
    // …and the check of the fixed file still reports them.
    expect(result.messages.filter((m) => m.ruleId === 'table3-result-total')).toHaveLength(2);
  });

  it('changes no typed number', () => {
    const before = typedCells(checkReport(SEED).model);
    const after = typedCells(checkReport(result.output).model);
    expect(before.size).toBeGreaterThan(150);
    for (const [key, cell] of before) expect(after.get(key), key).toEqual(cell);
    // Only the blank cell and the U+3000-padded 表二 cells changed, each on its own line.
    const changed = SEED.split('\n').flatMap((line, i) => (line === result.output.split('\n')[i] ? [] : [i + 1]));
    expect(changed).toEqual([25, 26, 74]);
  });

  it('is idempotent: a second fix changes nothing and refuses the same', () => {
    const again = planFixes(result.output);
    expect(again.edits).toEqual([]);
    expect(again.refusals.map((r) => r.message)).toEqual(result.refusals.map((r) => r.message));
  });
});
