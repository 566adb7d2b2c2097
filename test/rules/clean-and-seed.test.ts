import { describe, expect, it } from 'vitest';
import { CLEAN_2019, CLEAN_2021, SEED, cellColumn, check, lineOf } from './e2e-helpers.js';

describe('clean reports', () => {
  it('a clean 2019-format report (2019, no front matter) has no error and no warning', () => {
    expect(check(CLEAN_2019).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a clean 2021-format report (2024, front matter, government) has no error and no warning', () => {
    expect(check(CLEAN_2021).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('the seed report as published (北碚区人民政府办公室 2020)', () => {
  const errors = check(SEED).filter((f) => f.severity === 'error');
  const at = (ruleId: string) => errors.filter((f) => f.ruleId === ruleId);

  it('has exactly the known errors and no other', () => {
    expect(errors.map((f) => `${f.position.line}:${f.position.column} ${f.ruleId}`)).toEqual([
      `58:${cellColumn(SEED, 58, 3)} table3-balance`,
      `58:${cellColumn(SEED, 58, 4)} table3-balance`,
      `74:${cellColumn(SEED, 74, 9)} cell-blank`,
      `79:${cellColumn(SEED, 79, 3)} table3-result-total`,
      `79:${cellColumn(SEED, 79, 4)} table3-result-total`,
      `98:1 sign-off-date`,
    ]);
  });

  it('（七）总计 is wrong in 自然人 and 商业企业, with the right sums', () => {
    const [natural, business] = at('table3-result-total');
    expect(natural!.message).toContain('「自然人」列为 18');
    expect(natural!.message).toContain('应为 17');
    expect(business!.message).toContain('「商业企业」列为 0');
    expect(business!.message).toContain('应为 1');
    // the cause spans the result rows of the same column, from （一）予以公开 (line 60) to （六）其他处理 (line 78)
    expect(natural!.cause?.position).toMatchObject({ line: 60, endLine: 78 });
  });

  it('the balance finding sits on the 一 row, with its cause on （七）总计 of the same column', () => {
    const [natural, business] = at('table3-balance');
    expect(natural!.message).toContain('「自然人」列');
    expect(natural!.message).toContain('= 17');
    expect(natural!.message).toContain('= 18');
    expect(natural!.cause?.position).toMatchObject({ line: lineOf(SEED, '（七）总计'), column: cellColumn(SEED, 79, 3) });
    expect(business!.message).toContain('「商业企业」列');
    expect(business!.cause?.position.column).toBe(cellColumn(SEED, 79, 4));
  });

  it('the blank 重复申请 总计 cell asks for 0', () => {
    expect(at('cell-blank')[0]!.message).toContain('「（五）不予处理 2.重复申请」行「总计」列为空，应填写 0');
  });

  it('the sign-off date is before the end of 2020 and the department deadline applies', () => {
    const [date] = at('sign-off-date');
    expect(date!.message).toContain('2020年1月25日');
    expect(date!.message).toContain('2021年1月31日');
    expect(date!.message).toContain('政府部门');
  });
});
