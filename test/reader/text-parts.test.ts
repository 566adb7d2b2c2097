import { describe, expect, it } from 'vitest';
import { matchSection } from '../../src/reader/sections.js';
import { findDates, parseDateOnly } from '../../src/reader/dates.js';
import { read, readFixture } from './helpers.js';

describe('two-line title, paragraph sections, no front matter', () => {
  const m = readFixture('reader/two-line-title.md');

  it('takes the agency from the line above the title line', () => {
    expect(m.frontMatter).toEqual({});
    expect(m.title).toEqual({ value: '示例县人民政府2020年政府信息公开工作年度报告', position: { line: 1, column: 1, endLine: 2, endColumn: 18 } });
    expect(m.agency).toEqual({ value: '示例县人民政府', position: { line: 1, column: 1, endLine: 1, endColumn: 8 } });
    expect(m.year).toEqual({ value: 2020, position: { line: 2, column: 1, endLine: 2, endColumn: 5 } });
    expect(m.agencyKind).toBe('government');
    expect(m.agencyKindSource).toBe('agency-name');
  });

  it('finds sections in paragraphs, with normalized, variant and near matches', () => {
    expect(m.sections.map((s) => [s.number, s.match, s.depth, s.position.line, s.typed])).toEqual([
      [1, 'exact', 0, 6, '一、总体情况'],
      [2, 'normalized', 0, 9, '二．主动公开政府信息情况'],
      [3, 'exact', 0, 11, '三、收到和处理政府信息公开申请情况'],
      [4, 'variant', 0, 13, '四、政府信息公开行政复议和行政诉讼情况'],
      [5, 'near', 0, 15, '五、存在的主要问题及其改进情况'],
      [6, 'exact', 0, 17, '六、其他需要报告的事项'],
    ]);
    expect(m.sections[0]!.position).toEqual({ line: 6, column: 1, endLine: 6, endColumn: 7 });
  });

  it('reads a sign-off paragraph holding agency and date, and a period whose end inherits the year', () => {
    expect(m.signOff.agency).toEqual({ value: '示例县人民政府办公室', position: { line: 21, column: 1, endLine: 21, endColumn: 11 } });
    expect(m.signOff.date).toEqual({ value: { year: 2021, month: 1, day: 15 }, position: { line: 22, column: 1, endLine: 22, endColumn: 11 } });
    expect(m.periodStatements).toEqual([
      {
        text: '统计时间为2020年1月1日—12月31日。',
        start: { year: 2020, month: 1, day: 1 },
        end: { year: 2020, month: 12, day: 31 },
        position: { line: 4, column: 46, endLine: 4, endColumn: 68 },
      },
    ]);
  });
});

describe('title variants', () => {
  it('agency in the paragraph before the title paragraph', () => {
    const m = read('某市生态环境局\n\n2022年度政府信息公开工作年度报告\n\n## 一、总体情况\n');
    expect(m.title?.value).toBe('某市生态环境局2022年度政府信息公开工作年度报告');
    expect(m.agency).toMatchObject({ value: '某市生态环境局', position: { line: 1 } });
    expect(m.year).toMatchObject({ value: 2022, position: { line: 3 } });
    expect(m.agencyKindSource).toBe('agency-name');
  });

  it('does not take a preamble sentence for the title', () => {
    const m = read('现将本局2021年政府信息公开工作年度报告公布如下。\n\n## 一、总体情况\n');
    expect(m.title).toBeNull();
    expect(m.agency).toBeNull();
    expect(m.year).toBeNull();
    expect(m.agencyKind).toBe('department');
    expect(m.agencyKindSource).toBe('default');
  });

  it('front matter overrides title, agency, year; kind and date formats', () => {
    const m = read('---\nagency: 某新区管理委员会\nyear: 2023\nkind: government\ndate: 2024年3月5日\n---\n\n# 别的标题2019年政府信息公开工作年度报告\n');
    expect(m.title?.value).toBe('别的标题2019年政府信息公开工作年度报告');
    expect(m.agency).toEqual({ value: '某新区管理委员会', position: { line: 2, column: 1, endLine: 2, endColumn: 17 } });
    expect(m.year?.value).toBe(2023);
    expect(m.agencyKind).toBe('government');
    expect(m.agencyKindSource).toBe('front-matter');
    expect(m.publicationDate?.value).toEqual({ year: 2024, month: 3, day: 5 });
    expect(read('---\nkind: 政府\n---\n').agencyKind).toBe('government');
    expect(read('---\nkind: department\nagency: 某县人民政府\n---\n').agencyKindSource).toBe('front-matter');
  });

  it.each([
    ['某县人民政府', 'government', 'agency-name'],
    ['某开发区管委会', 'government', 'agency-name'],
    ['某经济实验区', 'government', 'agency-name'],
    ['某市发展和改革委员会', 'department', 'agency-name'],
    ['某省人力资源和社会保障厅', 'department', 'agency-name'],
    ['某市政务服务中心', 'department', 'agency-name'],
    ['某某', 'department', 'default'],
  ])('agency %s → %s (%s)', (agency, kind, source) => {
    const m = read(`# ${agency}2021年政府信息公开工作年度报告\n`);
    expect([m.agency?.value, m.agencyKind, m.agencyKindSource]).toEqual([agency, kind, source]);
  });

  it('broken front matter is ignored', () => {
    const m = read('---\ntitle: [unclosed\n---\n\n# 某局2021年政府信息公开工作年度报告\n');
    expect(m.frontMatter).toEqual({});
    expect(m.agency?.value).toBe('某局');
  });
});

describe('sections', () => {
  it.each([
    ['一、总体情况', 1, 'exact'],
    [' 一、 总体情况 ', 1, 'normalized'],
    ['一.总体情况', 1, 'normalized'],
    ['五、政府信息公开工作存在的主要问题及改进情况', 5, 'variant'],
    ['五、存在的主要问题及改进措施', 5, 'variant'],
    ['六、其它需要报告的事项', 6, 'near'],
    ['三、收到和处理政府信息公开申请情况情况', 3, 'near'],
    ['总体情况', 1, 'near'],
    ['其他需要报告的事项', 6, 'near'],
    ['三、主动公开政府信息情况', 2, 'near'],
    ['二、总体情况', 1, 'near'],
  ])('%j → %i %s', (typed, number, match) => {
    expect(matchSection(typed)).toMatchObject({ def: { number }, match });
  });

  it.each(['（一）总体情况', '一、加强组织领导', '1.总体情况', '二、主动公开', ''])('%j is no section', (typed) => {
    expect(matchSection(typed)).toBeNull();
  });

  it('does not take 一、 lines inside long paragraphs, tables or sub-items for sections', () => {
    const m = read([
      '## 一、总体情况',
      '',
      '（一）主动公开',
      '',
      '一、总体情况方面，本年度我局进一步加强了政务公开工作，取得了显著成效，群众满意度持续提升，各项工作稳步推进。',
      '',
      '| 一、本年新收政府信息公开申请数量 | 1 |',
      '|---|---|',
      '',
      '### 二、主动公开政府信息情况',
    ].join('\n'));
    expect(m.sections.map((s) => [s.number, s.depth, s.position.line])).toEqual([[1, 2, 1], [2, 3, 10]]);
    expect(m.headings).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['2021年1月25日', { year: 2021, month: 1, day: 25 }],
    ['二〇二一年一月二十五日', { year: 2021, month: 1, day: 25 }],
    ['二〇二〇年十二月三十一日', { year: 2020, month: 12, day: 31 }],
    ['二零二二年十月十日', { year: 2022, month: 10, day: 10 }],
    ['2021-01-25', { year: 2021, month: 1, day: 25 }],
    ['2021.1.25', { year: 2021, month: 1, day: 25 }],
    ['2021/1/5', { year: 2021, month: 1, day: 5 }],
    ['２０２１年１月２５日', { year: 2021, month: 1, day: 25 }],
    [' 2021 年 1 月 25 日 ', { year: 2021, month: 1, day: 25 }],
  ])('%j', (text, value) => expect(parseDateOnly(text)).toEqual(value));

  it.each(['2021年2月30日', '2021年13月1日', '今天', '2021年1月25日发布', ''])('%j is no date', (text) => {
    expect(parseDateOnly(text)).toBeNull();
  });

  it('finds start and end in period sentences', () => {
    const dates = (s: string) => findDates(s, true).map((d) => d.value);
    expect(dates('自2020年1月1日起至2020年12月31日止')).toEqual([{ year: 2020, month: 1, day: 1 }, { year: 2020, month: 12, day: 31 }]);
    expect(dates('为2019年9月1日—12月31日')).toEqual([{ year: 2019, month: 9, day: 1 }, { year: 2019, month: 12, day: 31 }]);
    expect(dates('2020.1.1-2020.12.31')).toEqual([{ year: 2020, month: 1, day: 1 }, { year: 2020, month: 12, day: 31 }]);
  });
});

describe('sign-off and period edge cases', () => {
  it('no sign-off when the report ends with prose, or has no sections', () => {
    expect(read('## 六、其他需要报告的事项\n\n无。\n').signOff).toEqual({ agency: null, date: null });
    expect(read('2021年1月1日\n').signOff.date?.value).toEqual({ year: 2021, month: 1, day: 1 });
  });

  it('sign-off on one line, agency then date; a trailing comment and blank paragraphs are skipped', () => {
    const m = read('## 六、其他需要报告的事项\n\n无。\n\n某市统计局　2022年1月20日\n\n<!-- end -->\n\n&nbsp;\n');
    expect(m.signOff.agency?.value).toBe('某市统计局');
    expect(m.signOff.date).toEqual({ value: { year: 2022, month: 1, day: 20 }, position: { line: 5, column: 7, endLine: 5, endColumn: 17 } });
  });

  it('a date alone: no agency; the section heading itself is never the sign-off', () => {
    const m = read('## 六、其他需要报告的事项\n\n本年度无其他事项，详见说明。\n\n2022.1.20\n');
    expect(m.signOff.agency).toBeNull();
    expect(m.signOff.date?.value).toEqual({ year: 2022, month: 1, day: 20 });
  });

  it('period keywords: 统计期限/统计区间/统计周期, in lists too; several sentences', () => {
    const m = read('- 统计区间为2021年1月1日至2021年12月31日；统计周期：全年。\n\n本报告统计期限为2021年度。\n');
    expect(m.periodStatements.map((p) => [p.text, p.start, p.end])).toEqual([
      ['统计区间为2021年1月1日至2021年12月31日；', { year: 2021, month: 1, day: 1 }, { year: 2021, month: 12, day: 31 }],
      ['统计周期：全年。', null, null],
      ['本报告统计期限为2021年度。', null, null],
    ]);
    expect(m.periodStatements[1]!.position).toEqual({ line: 1, column: 30, endLine: 1, endColumn: 38 });
  });
});

describe('more title, section and sign-off forms', () => {
  it('sign-off typed as right-aligned HTML paragraphs', () => {
    const m = read('## 六、其他需要报告的事项\n\n无。\n\n<p align="right">某市统计局</p>\n\n<p align="right">2022年1月20日</p>\n');
    expect(m.signOff.agency).toEqual({ value: '某市统计局', position: { line: 5, column: 18, endLine: 5, endColumn: 23 } });
    expect(m.signOff.date).toEqual({ value: { year: 2022, month: 1, day: 20 }, position: { line: 7, column: 18, endLine: 7, endColumn: 28 } });
  });

  it('bold run-in section headings and a trailing colon', () => {
    const m = read('**一、总体情况**2021年，我局加强政务公开。\n\n## 二、主动公开政府信息情况：\n');
    expect(m.sections.map((s) => [s.number, s.match, s.position.line, s.position.column, s.position.endColumn])).toEqual([
      [1, 'exact', 1, 1, 11],
      [2, 'normalized', 3, 1, 17],
    ]);
  });

  it('a title that strays from the convention, and a year typed as 2021年 in the front matter', () => {
    expect(read('某局2021年度信息公开工作年度报告\n\n一、总体情况\n').agency?.value).toBe('某局');
    expect(read('---\nyear: 2021年\n---\n').year?.value).toBe(2021);
    expect(read('# 年度报告\n').year).toBeNull();
  });
});
