import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkReport } from '../../src/pipeline.js';
import { renderReportHtml } from '../../src/layout/index.js';

const CLEAN_2021 = readFileSync('test/fixtures/rules/clean-2021.md', 'utf8');
const SEED = readFileSync('test/fixtures/beibei-2020-as-published.md', 'utf8');
const ANCHOR = '2024年，平潭综合实验区认真落实政务公开工作有关决策部署。';

/** The clean 2021 report with `sentence` as the paragraph of 一、总体情况. */
function withSentence(sentence: string, base = CLEAN_2021, anchor = ANCHOR): string {
  if (!base.includes(anchor)) throw new Error('anchor not found');
  return base.replace(anchor, sentence);
}

const lineOf = (md: string, text: string) => md.split('\n').findIndex((l) => l.includes(text)) + 1;

function liveFindings(md: string) {
  return checkReport(md).messages.filter((m) => m.ruleId === 'live-number');
}

function rendered(md: string): string {
  return renderReportHtml(md, { model: checkReport(md).model }).fragment;
}

describe('live numbers in prose', () => {
  it('fills in cells, sums and percentages of （七）总计 as plain text', () => {
    const md = withSentence(
      '全年新收申请:num[表三 一 总计]件，予以公开:num[表三 （一） 总计]件，占:pct[表三 （一） 总计]；' +
        '不予公开:sum[表三 （三） 总计]件，其中保护第三方合法权益:num[表三 （三）4 总计]件；' +
        '行政复议:num[表四 行政复议 总计]件，复议后起诉:num[表四 复议后起诉 总计]件；' +
        '现行有效行政规范性文件:num[表二 行政规范性文件 现行有效件数]件，收费:num[表二 行政事业性收费 本年收费金额（单位：万元）]。',
    );
    expect(liveFindings(md)).toEqual([]);
    const { model } = checkReport(md);
    expect(model.liveNumbers?.map((n) => n.text)).toEqual(['218', '71', '32.6%', '39', '3', '7', '19', '440', '18651.06万元']);
    const html = rendered(md);
    expect(html).toContain('全年新收申请218件，予以公开71件，占32.6%；不予公开39件，其中保护第三方合法权益3件；');
    expect(html).not.toContain(':num');
  });

  it('accepts another base for a percentage, a + list and a digits option', () => {
    const md = withSentence('公开和部分公开共:sum[表三 （一）+（二） 总计]件，占新收的:pct[表三 （一）+（二） 总计]{of="一" digits=2}。');
    expect(liveFindings(md)).toEqual([]);
    expect(checkReport(md).model.liveNumbers?.map((n) => n.text)).toEqual(['100', '45.87%']);
  });

  it('reports a reference that names no cell, at the directive, with what is wrong', () => {
    const md = withSentence('全年新收申请:num[表三 八 总计]件，:num[表五 一 总计]，:num[表三 一 合计人数]，:pct[表二 规章 本年制发件数]。');
    const line = lineOf(md, '全年新收申请');
    const column = (text: string) => md.split('\n')[line - 1]!.indexOf(text) + 1;
    const found = liveFindings(md);
    expect(found.map((f) => [f.severity, f.position.line, f.position.column])).toEqual([
      ['error', line, column(':num[表三 八')],
      ['error', line, column(':num[表五')],
      ['error', line, column(':num[表三 一 合计人数')],
      ['error', line, column(':pct[表二')],
    ]);
    expect(found[0]!.message).toContain('表三中没有「八」这一行');
    expect(found[1]!.message).toContain('应以「表二」「表三」或「表四」开头');
    expect(found[2]!.message).toContain('没有「合计人数」这一列');
    expect(found[3]!.message).toContain('{of="…"}');
    expect(rendered(md)).toContain('【表三 八 总计？】');
  });

  it('reports a reference to a blank cell and a zero base', () => {
    const blank = withSentence('重复申请:num[表三 （五）2 总计]件。', SEED, '我办暂无其他需要报告的事项。');
    expect(liveFindings(blank).map((f) => f.message)).toEqual(['无法填入 :num[表三 （五）2 总计]：表三「2.重复申请」行「总计」列为空白']);
    const zero = withSentence('占比:pct[表三 （一） 科研机构]。');
    expect(liveFindings(zero).map((f) => f.message)).toEqual(['无法填入 :pct[表三 （一） 科研机构]：百分比的基数为 0，无法计算']);
  });

  it('sums （六）其他处理 in either format: the 2021 group of three rows, the 2019 single row', () => {
    const md2021 = withSentence('其他处理:sum[表三 （六） 总计]件。');
    expect(checkReport(md2021).model.liveNumbers?.map((n) => [n.text, n.problem])).toEqual([['3', null]]);
    const md2019 = withSentence('其他处理:sum[表三 （六） 总计]件。', SEED, '我办暂无其他需要报告的事项。');
    expect(checkReport(md2019).model.liveNumbers?.map((n) => [n.text, n.problem])).toEqual([['2', null]]);
    const leaf2019 = withSentence(':num[表三 （六）3 总计]', SEED, '我办暂无其他需要报告的事项。');
    expect(liveFindings(leaf2019)[0]?.message).toContain('另一版本');
  });

  it('leaves colons in ordinary text alone (网址:www…, 10:30)', () => {
    const md = withSentence('详见网址:www.pingtan.gov.cn，咨询时间9:30至17:30，a:b。');
    expect(liveFindings(md)).toEqual([]);
    expect(rendered(md)).toContain('网址:www.pingtan.gov.cn，咨询时间9:30至17:30，a:b。');
    const block = withSentence('说明如下。\n\n::note\n\n结束。');
    expect(rendered(block)).toContain('::note');
  });
});
