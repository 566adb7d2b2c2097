import { describe, expect, it } from 'vitest';
import { TABLE3, TABLE4 } from '../../src/formats/index.js';
import { applicableIdentities, evaluateIdentity } from '../../src/rules/shared/identities.js';
import { identitySides } from '../../src/rules/shared/identity-message.js';
import { formatNumber, sum, usableValue } from '../../src/rules/shared/numbers.js';
import { compareDates, isValidDate } from '../../src/rules/shared/dates.js';
import { rowLabel, columnLabel } from '../../src/rules/shared/tables.js';
import { cell, row, table } from './model-factory.js';

const APPLICANTS = ['natural', 'business', 'research', 'charity', 'legal', 'other', 'total'];

describe('usableValue', () => {
  it('converts 元 to 万元 for amounts and refuses what a cell rule reports', () => {
    expect(usableValue(cell('147230元', 1, 1), 'amount-unit')).toBeCloseTo(14.723);
    expect(usableValue(cell('764.8万元', 1, 1), 'amount-unit')).toBe(764.8);
    expect(usableValue(cell('764.8', 1, 1), 'amount-unit')).toBeNull();
    expect(usableValue(cell('1.5', 1, 1), 'count')).toBeNull();
    expect(usableValue(cell('-2', 1, 1), 'count')).toBeNull();
    expect(usableValue(cell('-2', 1, 1), 'signed')).toBe(-2);
    expect(usableValue(cell('', 1, 1), 'count')).toBeNull();
  });
  it('sums decimals without float noise', () => {
    expect(sum([0.1, 0.2])).toBe(0.3);
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
  });
});

describe('identity evaluator', () => {
  it('reads the identity wording from the IdentityDef name', () => {
    expect(identitySides(TABLE4.identities[0]!)).toEqual({ prefix: '行政复议', left: '总计', right: '结果维持、结果纠正、其他结果、尚未审结之和' });
    expect(identitySides(TABLE3.identities[1]!).right).toBe('（一）至（六）之和');
  });

  it('sums the result rows actually present in a mixed table (（六）其他处理 next to 2021 sub-rows)', () => {
    const ones = Object.fromEntries(APPLICANTS.map((c) => [c, '1']));
    const ids = TABLE3.rows.filter((r) => r.id !== 'r6.3').map((r) => r.id);
    const t = table('table3', ids.map((id, i) => row(id, 10 + i, ones)), APPLICANTS, 'mixed');
    const [identity] = applicableIdentities(t, TABLE3, 'table3-result-total');
    expect(identity?.right).toContain('r6');
    expect(identity?.right).toContain('r6.1');
    // 21 result rows of 1 each, and （七） is 1, in each of the 7 columns
    const mismatches = evaluateIdentity(t, TABLE3, 'table3-result-total');
    expect(mismatches).toHaveLength(7);
    expect(mismatches[0]).toMatchObject({ lineId: 'natural', leftSum: 1, rightSum: 21 });
  });

  it('merges the rows actually present when no version is complete', () => {
    const t = table('table3', [row('r1', 10, { natural: '2' }), row('r6.3', 11, { natural: '3' }), row('r7', 12, { natural: '4' })], ['natural'], 'mixed');
    const [identity] = applicableIdentities(t, TABLE3, 'table3-result-total');
    expect(identity?.right).toEqual(['r1', 'r6.3']);
    expect(evaluateIdentity(t, TABLE3, 'table3-result-total')).toMatchObject([{ leftSum: 4, rightSum: 5 }]);
  });

  it('applies all three 表四 group identities to a table of unknown version (表四 is the same in both)', () => {
    const cells = Object.fromEntries(TABLE4.columns.map((c) => [c.id, c.id.endsWith('.total') ? '1' : '0']));
    const t = table('table4', [row('cases', 10, cells)], TABLE4.columns.map((c) => c.id), null);
    expect(applicableIdentities(t, TABLE4, 'table4-group-total')).toHaveLength(3);
    expect(evaluateIdentity(t, TABLE4, 'table4-group-total').map((m) => m.lineId)).toEqual(['cases', 'cases', 'cases']);
  });

  it('skips version-specific sums in a table of unknown version', () => {
    const t = table('table3', [row('r1', 10, { natural: '2' }), row('r7', 12, { natural: '4' })], ['natural'], null);
    expect(applicableIdentities(t, TABLE3, 'table3-result-total')).toEqual([]);
    expect(applicableIdentities(t, TABLE3, 'table3-balance')).toHaveLength(1);
  });

  it('skips a comparison that needs a blank cell, or a row missing from a one-version table', () => {
    const rows = [row('new', 10, { natural: '1', total: '' }), row('carried', 11, { natural: '0', total: '0' }), row('r7', 12, { natural: '5', total: '5' })];
    const t = table('table3', rows, ['natural', 'total'], '2019');
    expect(evaluateIdentity(t, TABLE3, 'table3-balance')).toEqual([]);
    expect(evaluateIdentity(t, TABLE3, 'table3-row-total')).toEqual([]);
  });
});

describe('labels', () => {
  it('names leaves with their group and 表四 columns with their groups', () => {
    expect(rowLabel(TABLE3, 'r5.2')).toBe('（五）不予处理 2.重复申请');
    expect(rowLabel(TABLE3, 'r7')).toBe('（七）总计');
    expect(columnLabel(TABLE4, 'afterReview.total')).toBe('行政诉讼·复议后起诉·总计');
  });
});

describe('dates', () => {
  it('compares and validates', () => {
    expect(compareDates({ year: 2021, month: 1, day: 1 }, { year: 2020, month: 12, day: 31 })).toBeGreaterThan(0);
    expect(isValidDate({ year: 2021, month: 2, day: 29 })).toBe(false);
    expect(isValidDate({ year: 2024, month: 2, day: 29 })).toBe(true);
  });
});
