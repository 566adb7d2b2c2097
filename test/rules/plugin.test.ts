import { describe, expect, it } from 'vitest';
import { runRules } from '../../plugins/remark-nianbao-rules.js';
import { RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';
import tableRowDuplicate from '../../src/rules/table-row-duplicate.js';
import { emptyModel, pos, row, table } from './model-factory.js';

const fake = (id: string, lines: number[]): Rule => ({
  id,
  title: '测试',
  docs: 'test',
  severity: 'warning',
  check: () => lines.map((line) => ({ severity: 'warning', message: `第${line}行`, position: pos(line, 5) })),
});

const boom: Rule = { id: 'boom', title: '测试', docs: 'test', severity: 'error', check: () => { throw new Error('坏了'); } };

describe('remark-nianbao-rules (runRules)', () => {
  it('sets ruleId and sorts by line and column across rules', () => {
    const found = runRules(emptyModel(), { rules: [fake('b', [9, 2]), fake('a', [5])] });
    expect(found.map((f) => `${f.position.line} ${f.ruleId}`)).toEqual(['2 b', '5 a', '9 b']);
  });

  it('turns a throwing rule into one internal-error finding and keeps the others', () => {
    const found = runRules(emptyModel(), { rules: [boom, fake('a', [3])] });
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ ruleId: 'internal-error', severity: 'error' });
    expect(found[0]!.message).toContain('boom');
    expect(found[0]!.message).toContain('坏了');
  });

  it('drops findings in a suppressed line range, for the named rules or for all', () => {
    const model = emptyModel({ suppressions: [{ ruleIds: ['a'], fromLine: 3, toLine: 5 }, { ruleIds: [], fromLine: 8, toLine: 8 }] });
    const found = runRules(model, { rules: [fake('a', [2, 3, 5, 6, 8]), fake('b', [4, 8, 9])] });
    expect(found.map((f) => `${f.position.line} ${f.ruleId}`)).toEqual(['2 a', '4 b', '6 a', '9 b']);
  });

  it('places findings about the end of the report at the document end when it is known', () => {
    const end = pos(40, 7);
    const found = runRules(emptyModel({ year: { value: 2020, position: pos(1) } }), { documentEnd: end });
    expect(found.filter((f) => f.ruleId === 'section-missing').map((f) => f.position)).toEqual(Array(6).fill(end));
    expect(found.find((f) => f.ruleId === 'sign-off-date')).toMatchObject({ severity: 'info', position: end });
  });

  it('runs every rule on an empty model without throwing', () => {
    const found = runRules(emptyModel());
    expect(found.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
  });

  it('has one rule per id, each id in kebab case', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('table-row-duplicate (model level: the reader currently reports a repeated row as an unmatched label)', () => {
  it('reports the second occurrence of a row, with the first as cause', () => {
    const rule = tableRowDuplicate;
    const t = table('table2', [row('regulations', 20, { issued: '0' }), row('regulations', 21, { issued: '1' })], ['issued'], '2021');
    const found = rule.check(emptyModel({ table2: t }), {});
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', position: { line: 21, column: 3 }, cause: { position: { line: 20 } } });
    expect(found[0]!.message).toContain('「第二十条第（一）项 规章」行重复出现');
    expect(rule.check(emptyModel({ table2: table('table2', [row('regulations', 20, { issued: '0' })], ['issued'], '2021') }), {})).toEqual([]);
  });
});
