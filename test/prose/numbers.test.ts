import { describe, expect, it } from 'vitest';
import { chineseNumber, findNumbers } from '../../src/prose/numbers.js';

const values = (text: string) => findNumbers(text).map((t) => `${t.value}${t.unit}${t.approximate ? '~' : ''}`);

describe('numbers in prose', () => {
  it('reads Arabic, full-width and spaced numbers with their unit', () => {
    expect(values('共收到申请18件')).toEqual(['18件']);
    expect(values('共收到申请 18 件')).toEqual(['18件']);
    expect(values('共收到申请１８件')).toEqual(['18件']);
    expect(values('行政复议36起，行政诉讼9起')).toEqual(['36起', '9起']);
    expect(values('占32.6%，占 13.3 ％')).toEqual(['32.6%', '13.3%']);
    expect(values('全年主动公开政府信息1,024条，申请1,5件')).toEqual(['1024条']);
  });

  it('reads Chinese numerals for small counts', () => {
    expect(values('商业企业两件、科研机构十二件、其他一百零五件')).toEqual(['2件', '12件', '105件']);
    expect(chineseNumber('二十')).toBe(20);
    expect(chineseNumber('二〇二一')).toBeNull();
    expect(values('办结率百分之百，占百分之三十')).toEqual(['100%', '30%']);
  });

  it('marks approximate numbers', () => {
    expect(values('公布信息3000 余条')).toEqual(['3000条~']);
    expect(values('累计7700余条，近200件，约20件，50件左右，2000多条')).toEqual(['7700条~', '200件~', '20件~', '50件~', '2000条~']);
    expect(values('数十件，上百件，申请数18件')).toEqual(['10件~', '100件~', '18件']);
  });

  it('ignores dates, years, phone numbers, postcodes, document numbers and ordinals', () => {
    expect(values('统计期限自2020年1月1日起至2020年12月31日止，今年3月31日上线')).toEqual([]);
    expect(values('电话：023—68211133；邮编：400711；邮编 350400')).toEqual([]);
    expect(values('国办公开办函〔2021〕30号、国务院令第711号')).toEqual([]);
    expect(values('依据《条例》第二十条、第四十九条')).toEqual([]);
    expect(values('网址 www.beibei.gov.cn，12345热线，30分钟内办结')).toEqual([]);
  });

  it('gives exact offsets of the number', () => {
    const [t] = findNumbers('共收到申请 18 件。');
    expect(t).toMatchObject({ start: 6, end: 8, unitEnd: 10 });
  });
});
