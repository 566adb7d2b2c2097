import { describe, expect, it } from 'vitest';
import { readCell } from '../../src/reader/cell.js';
import { closestLabel, matchLabel, normalizeLabel } from '../../src/reader/normalize.js';
import { TABLE3 } from '../../src/formats/index.js';

const P = { line: 1, column: 1, endLine: 1, endColumn: 2 };
const cell = (s: string) => {
  const c = readCell(s, P);
  return [c.state, c.value, c.unit, c.decimals, c.raw];
};

describe('readCell', () => {
  it.each([
    ['0', ['number', 0, null, 0, '0']],
    ['　　22', ['number', 22, null, 0, '22']],
    ['\u00a012\u3000', ['number', 12, null, 0, '12']],
    ['１２３', ['number', 123, null, 0, '１２３']],
    ['1,234', ['number', 1234, null, 0, '1,234']],
    ['12,345,678', ['number', 12345678, null, 0, '12,345,678']],
    ['+3', ['number', 3, null, 0, '+3']],
    ['-2', ['number', -2, null, 0, '-2']],
    ['－2', ['number', -2, null, 0, '－2']],
    ['−2', ['number', -2, null, 0, '−2']],
    ['18651.06', ['number', 18651.06, null, 2, '18651.06']],
    ['4166.241619', ['number', 4166.241619, null, 6, '4166.241619']],
    ['764.8万元', ['number', 764.8, '万元', 1, '764.8万元']],
    ['147230元', ['number', 147230, '元', 0, '147230元']],
    ['5 件', ['number', 5, '件', 0, '5 件']],
    ['3项', ['number', 3, '项', 0, '3项']],
    ['2个', ['number', 2, '个', 0, '2个']],
    ['１２．５', ['number', 12.5, null, 1, '１２．５']],
  ])('%j is a number', (text, expected) => expect(cell(text)).toEqual(expected));

  it.each(['—', '/', '无', '12a', '1,23', '1.2.3', '万元', '--1', '1e5', 'NaN', '0x10'])('%j is invalid, raw kept', (text) => {
    expect(cell(text)).toEqual(['invalid', null, null, 0, text]);
  });

  it.each(['', '   ', '\u3000\u3000', '\u00a0', '<br>'])('%j is blank', (text) => {
    expect(cell(text).slice(0, 2)).toEqual(['blank', null]);
  });

  it('keeps the position and never returns -0', () => {
    const c = readCell('-0', { line: 3, column: 4, endLine: 3, endColumn: 8 });
    expect(Object.is(c.value, 0)).toBe(true);
    expect(c.position).toEqual({ line: 3, column: 4, endLine: 3, endColumn: 8 });
  });
});

describe('normalizeLabel', () => {
  it.each([
    ['1、属于国家秘密', '1.属于国家秘密'],
    ['1．属于国家秘密', '1.属于国家秘密'],
    ['１.属于国家秘密', '1.属于国家秘密'],
    ['（三）1、属于国家秘密', '(三)1.属于国家秘密'],
    ['(一)予以公开', '(一)予以公开'],
    ['（一） 予以 公开', '(一)予以公开'],
    ['3.危及"三安全一稳定"', '3.危及"三安全一稳定"'],
    ['3.危及“三安全一稳定”', '3.危及"三安全一稳定"'],
    ['3.危及「三安全一稳定」', '3.危及"三安全一稳定"'],
    ['商业<br>企业', '商业企业'],
    ['商业\n企业', '商业企业'],
    ['社会\u3000公益\u00a0组织', '社会公益组织'],
    ['一．总体情况', '一、总体情况'],
    ['本年增/减', '本年增/减'],
  ])('%j → %j', (typed, key) => expect(normalizeLabel(typed)).toBe(key));
});

describe('matchLabel and closestLabel', () => {
  it('grades exact, normalized and alias matches', () => {
    expect(matchLabel('总计', TABLE3.columns)).toEqual({ id: 'total', official: '总计', quality: 'exact' });
    expect(matchLabel(' 总 计 ', TABLE3.columns)).toEqual({ id: 'total', official: '总计', quality: 'normalized' });
    expect(matchLabel('合计', TABLE3.columns)).toEqual({ id: 'total', official: '总计', quality: 'alias' });
    expect(matchLabel('3.危及"三安全一稳定"', TABLE3.rows)).toMatchObject({ id: 'r3.3', quality: 'normalized' });
    expect(matchLabel('（二）部分公开', TABLE3.rows)).toMatchObject({ id: 'r2', quality: 'alias' });
    expect(matchLabel('无关', TABLE3.rows)).toBeNull();
  });

  it('finds the closest label only when it is reasonably close', () => {
    expect(closestLabel('社会工益组织', TABLE3.columns)).toMatchObject({ id: 'charity', distance: 1 });
    expect(closestLabel('完全无关的表头', TABLE3.columns)).toBeNull();
    expect(closestLabel('', TABLE3.columns)).toBeNull();
  });
});
