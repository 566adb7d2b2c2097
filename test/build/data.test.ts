/** Dates, XMP and the data files, without a browser. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataCsv, reportData } from '../../src/build/data.js';
import { FIXED_EPOCH, reportDate } from '../../src/pdf/dates.js';
import { buildXmp } from '../../src/pdf/xmp.js';
import { checkReport } from '../../src/pipeline.js';
import { minimalModel } from './helpers.js';

const at = { line: 1, column: 1, endLine: 1, endColumn: 1 };

describe('reportDate', () => {
  const model = minimalModel('# 报告');
  it('prefers the sign-off date, then the publication date', () => {
    const signed = { ...model, signOff: { agency: null, date: { value: { year: 2021, month: 1, day: 25 }, position: at } } };
    expect(reportDate(signed, {})).toEqual({ date: new Date(Date.UTC(2021, 0, 25)), source: 'sign-off' });
    const published = { ...model, publicationDate: { value: { year: 2021, month: 2, day: 3 }, position: at } };
    expect(reportDate(published, {}).source).toBe('publication');
  });

  it('skips impossible dates, then uses SOURCE_DATE_EPOCH, then a fixed epoch — never the clock', () => {
    const bad = { ...model, signOff: { agency: null, date: { value: { year: 2021, month: 2, day: 30 }, position: at } } };
    expect(reportDate(bad, { SOURCE_DATE_EPOCH: '1700000000' })).toEqual({ date: new Date(1700000000 * 1000), source: 'SOURCE_DATE_EPOCH' });
    expect(reportDate(model, { SOURCE_DATE_EPOCH: 'soon' })).toEqual({ date: FIXED_EPOCH, source: 'fixed' });
    expect(reportDate(null, {})).toEqual({ date: FIXED_EPOCH, source: 'fixed' });
  });
});

describe('buildXmp', () => {
  it('is UTF-8 bytes with escaped text and pdfuaid:part 1', () => {
    const xmp = buildXmp({
      title: '报告 <草稿> & 附件',
      author: '某某局',
      subject: '主题',
      keywords: ['政府信息公开'],
      lang: 'zh-CN',
      creator: 'nianbao',
      producer: 'nianbao',
      date: new Date(Date.UTC(2021, 0, 25)),
    });
    const text = new TextDecoder('utf-8', { fatal: true }).decode(xmp);
    expect(text).toContain('<rdf:li xml:lang="x-default">报告 &lt;草稿&gt; &amp; 附件</rdf:li>');
    expect(text).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(text).toContain('<xmp:ModifyDate>2021-01-25T00:00:00Z</xmp:ModifyDate>');
    expect(xmp.length).toBeGreaterThan(text.length); // multi-byte characters survived as UTF-8
  });
});

describe('data files', () => {
  const file = 'content/beibei-2020.md';
  const { model } = checkReport(readFileSync(file, 'utf8'), { path: file });
  const data = reportData(model, 'beibei-2020.md');

  it('holds every cell of 表二, 表三 and 表四 with official labels', () => {
    expect(data.tables.map((t) => t.id)).toEqual(['table2', 'table3', 'table4']);
    const table3 = data.tables[1]!;
    const cellCount = model.table3!.rows.reduce((n, row) => n + Object.keys(row.cells).length, 0);
    expect(table3.cells).toHaveLength(cellCount);
    expect(table3.cells.find((c) => c.rowId === 'r3.1' && c.columnId === 'business')).toMatchObject({
      group: '三、本年度办理结果 / （三）不予公开',
      rowLabel: '1.属于国家秘密',
      columnLabel: '商业企业',
      value: 0,
    });
    expect(data.signOffDate).toBe('2021-01-25');
  });

  it('writes CSV with a BOM, CRLF, quoting and no formula injection', () => {
    const tricky = {
      ...data,
      tables: [{ ...data.tables[0]!, cells: [{ ...data.tables[0]!.cells[0]!, rowLabel: '含,逗号"引号"', raw: '=1+1', value: null, unit: null }] }],
    };
    const csv = dataCsv(tricky);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const line = csv.split('\r\n')[1]!;
    expect(line).toContain('"含,逗号""引号"""');
    expect(line).toContain(",'=1+1,,");
  });
});
