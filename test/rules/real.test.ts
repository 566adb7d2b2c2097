import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellColumn, check, lineOf } from './e2e-helpers.js';

/** Real reports typed as Markdown by the reader's author (test/fixtures/real); expectations from SOURCE.md. */
const real = (name: string) => readFileSync(new URL(`../fixtures/real/${name}.md`, import.meta.url), 'utf8');
const summary = (md: string, severity: string) =>
  check(md)
    .filter((f) => f.severity === severity)
    .map((f) => `${f.position.line}:${f.position.column} ${f.ruleId}`);

describe('real reports', () => {
  it('pingtan-2024 (clean per SOURCE.md) has no error and no warning, although its headers wrap', () => {
    const md = real('pingtan-2024');
    expect(summary(md, 'error')).toEqual([]);
    expect(summary(md, 'warning')).toEqual([]);
  });

  it('pingtan-haitan-2024: the 总计 column left at 0, 自然人 6 vs 5, the header typo, the 2019 label', () => {
    const md = real('pingtan-haitan-2024');
    const row = (label: string) => lineOf(md, `| ${label}`);
    const total = (label: string) => `${row(label)}:${cellColumn(md, row(label), 7)} table3-row-total`;
    const seven = row('（七）总计');
    expect(summary(md, 'error')).toEqual([
      `${lineOf(md, '先行有效件数')}:${cellColumn(md, lineOf(md, '先行有效件数'), 3)} table-label-unknown`,
      `${row('规范性文件')}:1 format-version-mixed`,
      total('一、本年新收'),
      total('（四）1.'),
      total('（四）3.'),
      total('（六）1.'),
      total('（六）3.'),
      `${seven}:${cellColumn(md, seven, 1)} table3-result-total`,
      total('（七）总计'),
    ]);
    expect(check(md).find((f) => f.ruleId === 'table3-result-total')?.message).toContain('「自然人」列为 5，但（一）至（六）之和为 6');
    expect(summary(md, 'warning')).toEqual([`${row('规范性文件')}:1 table-row-missing`, `${lineOf(md, '五、存在的主要问题及改进措施')}:1 section-title`]);
  });

  it('pingtan-2020: （七）总计 under-counts the result rows in 自然人 and 总计 (20 vs 26, 21 vs 27)', () => {
    const md = real('pingtan-2020');
    const seven = lineOf(md, '（七）总计');
    const errors = check(md).filter((f) => f.severity === 'error');
    // The prose breakdown 2602 vs 2603 (SOURCE.md) comes first: see test/rules/prose-real.test.ts.
    expect(errors.map((f) => `${f.position.line} ${f.ruleId}`)).toEqual([
      `${lineOf(md, '共公布政府信息2602条')} prose-breakdown-sum`,
      `${seven} table3-result-total`,
      `${seven} table3-result-total`,
    ]);
    expect(errors[1]!.message).toContain('「自然人」列为 20，但（一）至（六）之和为 26');
    expect(errors[2]!.message).toContain('「总计」列为 21，但（一）至（六）之和为 27');
    expect(summary(md, 'warning')).toEqual([]);
  });

  it('pingtan-scj-2023: the two （六） rows left blank by a rowspan, one finding per row', () => {
    const md = real('pingtan-scj-2023');
    const errors = check(md).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.ruleId)).toEqual(['format-version-mixed', 'cell-blank', 'cell-blank']);
    expect(errors[1]!.message).toContain('（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用');
    expect(errors[1]!.message).toContain('7 个单元格全部为空');
    expect(errors[2]!.message).toContain('「（六）其他处理 3.其他」行');
  });
});
