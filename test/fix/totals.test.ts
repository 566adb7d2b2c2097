import { describe, expect, it } from 'vitest';
import { applyEdits, fixReport, planFixes } from '../../src/fix/index.js';
import { checkReport } from '../../src/pipeline.js';
import { BLANK_TOTALS_2021, CLEAN_2019, CLEAN_2021, setCells, typedCells } from './helpers.js';

const errors = (markdown: string) => checkReport(markdown).messages.filter((m) => m.severity === 'error');

describe('filling blank totals from the identities', () => {
  it('fills a whole blank 总计 column, a blank （七） row and the 表四 总计 cells with the right values', () => {
    expect(errors(BLANK_TOTALS_2021).length).toBeGreaterThan(0);
    const { edits, refusals } = planFixes(BLANK_TOTALS_2021);
    expect(refusals).toEqual([]);
    const fixed = applyEdits(BLANK_TOTALS_2021, edits);
    // The fixture is clean-2021 with those cells emptied: filling them gives back the clean report.
    expect(fixed).toBe(CLEAN_2021);
    expect(errors(fixed)).toEqual([]);
    const table4 = checkReport(fixed).model.table4!.rows[0]!.cells;
    expect([table4['review.total']?.value, table4['direct.total']?.value, table4['afterReview.total']?.value]).toEqual([7, 0, 19]);
  });

  it('fills single blank row totals and a 2019 （七）总计 corner after its column is filled', () => {
    let md = setCells(CLEAN_2019, '一、本年新收', { 9: '' });
    md = setCells(md, '4.保护第三方合法权益', { 9: '' });
    md = setCells(md, '（七）总计', { 3: '', 9: '' });
    md = setCells(md, '（六）其他处理', { 9: '' });
    const result = fixReport(md);
    expect(result.output).toBe(CLEAN_2019);
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(result.edits.map((e) => e.text.trim())).toEqual(['20', '1', '2', '19', '21']);
  });

  it('never fills a total whose parts are blank or invalid', () => {
    let md = setCells(CLEAN_2021, '一、本年新收', { 4: '', 9: '' });
    md = setCells(md, '2.重复申请', { 3: '一', 9: '' });
    const { edits } = planFixes(md);
    expect(edits).toEqual([]);
    const model = checkReport(md).model.table3!;
    expect(model.rows.find((r) => r.rowId === 'new')!.cells.total!.state).toBe('blank');
  });

  it('leaves a blank total alone when two identities give different values, and says why', () => {
    // （七）总计/总计 blank; its row sums to 218 but the 总计 column of the results (with a wrong 71) sums to 219.
    let md = setCells(CLEAN_2021, '（七）总计', { 9: '' });
    md = setCells(md, '（一）予以公开', { 9: '72' });
    const { edits, refusals } = planFixes(md);
    expect(edits).toEqual([]);
    const corner = refusals.find((r) => r.message.includes('两种算法结果不一致'));
    expect(corner?.message).toContain('218');
    expect(corner?.message).toContain('219');
    expect(corner?.position.line).toBe(71);
    // The typed 72 is refused, not changed.
    expect(refusals.some((r) => r.message.startsWith('第50行') && r.message.includes('72'))).toBe(true);
  });

  it('appends cells missing at the end of a short row, in column order', () => {
    const md = CLEAN_2021.replace('| 四、结转下年度继续办理 |  |  | 3 | 1 | 0 | 0 | 0 | 0 | 4 |', '| 四、结转下年度继续办理 |  |  | 3 | 1 | 0 | 0 | 0 | 0 |');
    expect(md).not.toBe(CLEAN_2021);
    const result = fixReport(md);
    expect(result.output).toBe(CLEAN_2021);
  });

  it('works on CRLF line endings and after front matter (positions are per line)', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    expect(fixReport(crlf(BLANK_TOTALS_2021)).output).toBe(crlf(CLEAN_2021));
    const front = '---\nyear: 2021\n---\n\n';
    expect(fixReport(front + BLANK_TOTALS_2021).output).toBe(front + CLEAN_2021);
  });

  it('changes no typed number', () => {
    const before = typedCells(checkReport(BLANK_TOTALS_2021).model);
    const after = typedCells(checkReport(fixReport(BLANK_TOTALS_2021).output).model);
    for (const [key, cell] of before) expect(after.get(key), key).toEqual(cell);
  });
});
