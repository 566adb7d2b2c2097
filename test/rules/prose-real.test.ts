import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLEAN_2019, CLEAN_2021, SEED, check, edit, lineOf } from './e2e-helpers.js';
import { in2021, where } from './prose-helpers.js';

/** What the prose rules say on real reports (test/fixtures/real) and on the clean fixtures and the seed. */
const real = (name: string) => readFileSync(new URL(`../fixtures/real/${name}.md`, import.meta.url), 'utf8');
/** pingtan-2025 typed from /work/shared/real-reports (tables.tsv, page.txt): its prose agrees with the tables. */
const PINGTAN_2025 = readFileSync(new URL('../fixtures/prose/pingtan-2025.md', import.meta.url), 'utf8');
const prose = (md: string) =>
  check(md)
    .filter((f) => f.ruleId.startsWith('prose-'))
    .map((f) => `${f.position.line}:${f.position.column} ${f.severity} ${f.ruleId}`);

describe('prose rules on real reports', () => {
  it('pingtan-2020: the 2602 categories add up to 2603 (SOURCE.md)', () => {
    const md = real('pingtan-2020');
    const at = where(md, '2602条');
    expect(at.line).toBe(lineOf(md, '共公布政府信息2602条'));
    expect(prose(md)).toEqual([`${at.line}:${at.column} error prose-breakdown-sum`]);
    const f = check(md).find((x) => x.ruleId === 'prose-breakdown-sum')!;
    expect(f.message).toBe(
      '正文称“全年我区政府信息公开单位共公布政府信息2602条”，但其后所列各项之和为 82 + 80 + 21 + 40 + 390 + 69 + 143 + 208 + 246 + 271 + 1053 = 2603，与总数 2602 不符',
    );
    // 共受理政府信息公开申请21件 agrees with 一 (21); 办结率100% is about 问政 诉求, not the table.
  });

  it('pingtan-2024 (全年办理…申请218件, 制发行政规范性文件62件), haitan-2024 (受理6件 while 总计 cells say 0; 复议1件) and scj-2023 agree', () => {
    expect(prose(real('pingtan-2024'))).toEqual([]);
    expect(prose(real('pingtan-haitan-2024'))).toEqual([]);
    expect(prose(real('pingtan-scj-2023'))).toEqual([]);
  });

  it('pingtan-2025: 收到154件, 办结148件, 结转至2026年6件, 复议36起, 诉讼9起 (6 + 3) all agree', () => {
    expect(prose(PINGTAN_2025)).toEqual([]);
    const md = edit(edit(PINGTAN_2025, '结转至2026年6件', '结转至2026年5件'), '行政诉讼9起', '行政诉讼6起');
    const line = lineOf(md, '共收到政府信息公开申请154件');
    expect(prose(md)).toEqual([
      `${line}:${where(md, '5件', '结转至2026年').column} error prose-carry-over`,
      `${line}:${where(md, '6起', '行政诉讼6起').column} error prose-review-litigation`,
    ]);
    const f = check(md).find((x) => x.ruleId === 'prose-review-litigation')!;
    expect(f.message).toBe('正文称“行政诉讼6起”，但表四“未经复议直接起诉·总计”与“复议后起诉·总计”之和为 9');
  });

  it('the seed and the clean fixtures have no prose finding', () => {
    expect(prose(SEED)).toEqual([]);
    expect(prose(CLEAN_2019)).toEqual([]);
    expect(prose(CLEAN_2021)).toEqual([]);
  });

  it('no prose finding from dates, phone numbers, postcodes, document numbers, changes, ordinals, money or 主动公开 counts', () => {
    const md = in2021(
      '本报告所列数据统计期限自2024年1月1日起至2024年12月31日止，新版网站于3月31日上线。',
      '联系电话：023—68211133，邮编：400711。依据国办公开办函〔2021〕30号、国务院令第711号第二十条。',
      '全年共收到政府信息公开申请218件，同比增长8.6%，较上年增加17件；主动公开信息3000 余条、92条，规范性文件22件。',
      '本年度收取信息处理费0元，采购金额764.8万元，处理群众诉求348件，办结率100%，12345热线30分钟内响应。',
      '全年主动公开信息1200条，其中政策解读35条，图解10条；共公开信息100条（其中规范性文件5件，其他95条）。',
    );
    expect(check(md).filter((f) => f.ruleId.startsWith('prose-'))).toEqual([]);
  });
});
