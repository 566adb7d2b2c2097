import { describe, expect, it } from 'vitest';
import { readReportModel } from '../../src/pipeline.js';
import { proseBreakdowns, proseClaims, proseOffsetPosition } from '../../src/prose/index.js';

/** `kind[detail]=value` for every claim of the Markdown, with its source line:column. */
function claims(md: string): string[] {
  return proseClaims(readReportModel(md)).map((c) => {
    const p = proseOffsetPosition(c.paragraph, c.start, c.end);
    // The source text at the claim's position: proves the mapping back to line and column.
    const typed = (md.split('\n')[p.line - 1] ?? '').slice(p.column - 1, p.endColumn - 1);
    const detail = c.category ?? c.applicant ?? c.normative ?? c.groups?.join('+');
    return `${p.line}:${p.column} ${typed} ${c.kind}${detail ? `[${detail}]` : ''}${c.value === null ? '' : `=${c.value}`}${c.approximate ? '~' : ''}${c.share ? ` ${c.share.value}%` : ''}`;
  });
}

describe('claims read from the prose', () => {
  it('reads the statements of a real 2025 report (pingtan-2025)', () => {
    const md = '2025年，全区共收到政府信息公开申请154件，共办结148件，结转至2026年6件。全年办理因政府信息公开申请引发的行政复议36起，行政诉讼9起。';
    expect(claims(md)).toEqual(['1:20 154件 received=154', '1:28 148件 concluded=148', '1:41 6件 carryOver=6', '1:64 36起 review=36', '1:72 9起 litigation=9']);
  });

  it('reads result categories with their percentages, applicants and carried-in applications', () => {
    const md =
      '共收到政府信息公开申请18 件，其中自然人17件、商业企业1件。予以公开12件，占66.7%；部分公开1件，不予公开两件，无法提供3件，不予处理0件，其他处理2件。\n\n' +
      '结转上年度政府信息公开申请1件，因申请人逾期不补正，不再处理。';
    expect(claims(md)).toEqual([
      '1:12 18 件 received=18',
      '1:22 17件 applicant[natural]=17',
      '1:30 1件 applicant[business]=1',
      '1:37 12件 result[r1]=12 66.7%',
      '1:52 1件 result[r2]=1',
      '1:59 两件 result[r3]=2',
      '1:66 3件 result[r4]=3',
      '1:73 0件 result[r5]=0',
      '1:80 2件 result[r6]=2',
      '3:14 1件 carriedIn=1',
    ]);
  });

  it('reads 规范性文件, 均获维持, 均已审结, 办结率100%', () => {
    const md =
      '本年度制发行政规范性文件62件，现行有效行政规范性文件440件，废止行政规范性文件33件。\n\n' +
      '因政府信息公开引发的行政复议案件均获维持，均已审结。\n\n收到政府信息公开申请5件，办结率100%，均已办结。';
    expect(claims(md)).toEqual([
      '1:13 62件 normative[issued]=62',
      '1:28 440件 normative[inForce]=440',
      '1:42 33件 normative[repealed]=33',
      '3:17 均获维持 allUpheld[review]',
      '3:22 均已审结 allClosed[review]',
      '5:22 均已办结 allConcluded',
      '5:11 5件 received=5',
      '5:17 100% fullCompletion=100',
    ]);
  });

  it('keeps approximate numbers flagged', () => {
    expect(claims('全年共收到政府信息公开申请200余件，约50件予以公开。')).toEqual(['1:14 200余件 received=200~']);
  });

  it('does not take unrelated numbers for table figures', () => {
    const md = [
      '2020年，我办通过区政府门户网站主动公开区政府及办公室信息92条，发布政策解读材料22份。其中，公开的规范性文件22件。',
      '规范政府信息公开申请处理文书格式模板19个，答复率为100%。',
      '组织开展19期《问政平潭之有事你说》，收到群众诉求348件，现场解决162件，办结率100%。',
      '2019年制作、获取政府信息总数330条，其中主动公开政府信息90条，作为依申请公开信息数161条，不予公开信息数79。',
      '联系电话：023—68211133，邮编：400711。依据国办公开办函〔2021〕30号、国务院令第711号第二十条，同比增长8.6%。',
      '全年办理行政复议案件120件。',
      '公开政府信息共计128条，财政预算、决算信息1条，国土资源、环境保护、城乡建设类信息5条。',
    ].join('\n\n');
    expect(claims(md)).toEqual([]);
    expect(proseBreakdowns(readReportModel(md)).map((b) => b.total.value)).toEqual([]);
  });

  it('finds breakdowns in parentheses and 其中 lists closed by 其他', () => {
    const md =
      '共公布政府信息2602条(其中机构职能类信息82条，规划计划类信息21条，其他应主动公开政府信息1053条)。\n\n' +
      '主动公开政府信息43条，其中重大建设项目信息1条，社会保障类10条，其他应主动公开的政府信息22条。\n\n' +
      '全年主动公开信息1200条，其中政策解读35条，图解10条。';
    const found = proseBreakdowns(readReportModel(md)).map((b) => `${b.total.value}=${b.parts.map((p) => p.value).join('+')} ${b.form}${b.closed ? ' closed' : ''}`);
    expect(found).toEqual(['2602=82+21+1053 parentheses closed', '43=1+10+22 other-part closed']);
  });
});
