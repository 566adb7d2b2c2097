/** verify on real Chromium prints (made by scripts/make-pdf-fixtures.ts) and on the well-formed fixture. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyPdf } from '../../src/verify/index.js';
import { roundTrip } from '../../src/verify/round-trip.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url)));

async function statusByCheck(name: string): Promise<Map<string, 'pass' | 'fail'>> {
  const result = await verifyPdf(fixture(name));
  const out = new Map<string, 'pass' | 'fail'>();
  for (const item of result.items) if (out.get(item.check) !== 'fail') out.set(item.check, item.status);
  return out;
}

describe('raw Chromium print', () => {
  it('fails what Chromium gets wrong and passes what it gets right', async () => {
    const status = await statusByCheck('chromium-raw.pdf');
    for (const id of ['xmp-present', 'xmp-pdfuaid', 'xmp-title', 'untagged-content', 'list-structure', 'link-contents', 'outline', 'container-content']) {
      expect([id, status.get(id)]).toEqual([id, 'fail']);
    }
    for (const id of ['catalog-lang', 'mark-info', 'struct-tree-root', 'parent-tree', 'display-doc-title-true', 'tabs-structure', 'link-tagged', 'table-structure', 'table-headers', 'heading-skip', 'font-embedded', 'font-tounicode', 'tounicode-complete', 'no-type3-cjk', 'table-regular', 'role-map-unmapped']) {
      expect([id, status.get(id)]).toEqual([id, 'pass']);
    }
  });

  it('names the NonStruct inside each LI', async () => {
    const result = await verifyPdf(fixture('chromium-raw.pdf'));
    const details = result.items.filter((i) => i.check === 'list-structure').map((i) => i.detail);
    expect(details).toEqual([expect.stringMatching(/LI\[1\]\/NonStruct/), expect.stringMatching(/LI\[2\]\/NonStruct/)]);
  });
});

describe('Chromium prints with one known defect each', () => {
  it('Noto Serif CJK SC (CFF) becomes Type 3 fonts with Kangxi radicals in ToUnicode', async () => {
    const status = await statusByCheck('type3-cjk.pdf');
    expect(status.get('no-type3-cjk')).toBe('fail');
    expect(status.get('tounicode-clean')).toBe('fail');
    const findings = await roundTrip(fixture('type3-cjk.pdf'), readFileSync(new URL('../fixtures/pdf/type3-cjk.html', import.meta.url), 'utf8'));
    const characters = findings.find((f) => f.check === 'rt-characters');
    expect(characters?.status).toBe('fail');
    expect(characters?.message.en).toContain('U+2F08');
  });

  it('a CSS @page page number is untagged content', async () => {
    const result = await verifyPdf(fixture('untagged-page-number.pdf'));
    const untagged = result.items.filter((i) => i.check === 'untagged-content' && i.status === 'fail');
    expect(untagged).toHaveLength(1);
    expect(untagged[0]?.detail).toMatch(/^page 1/);
  });

  it('h1 followed by h3 skips a level', async () => {
    const status = await statusByCheck('skipped-heading.pdf');
    expect(status.get('heading-first')).toBe('pass');
    expect(status.get('heading-skip')).toBe('fail');
  });

  it('TH without Scope and TD without Headers fails 15-003', async () => {
    const result = await verifyPdf(fixture('th-no-scope.pdf'));
    expect(result.items.filter((i) => i.checkpoint === '15-003' && i.status === 'fail')).toHaveLength(3);
  });
});

describe('a table over three pages', () => {
  it('has every repeated <thead> copy inside the same TH', async () => {
    const result = await verifyPdf(fixture('repeated-thead.pdf'));
    const repeated = result.items.filter((i) => i.check === 'th-repeated' && i.status === 'fail');
    expect(repeated.map((i) => i.message.en)).toEqual([
      'TH "Item" is repeated on pages 1, 2, 3, all inside one TH (the copies should be Artifacts)',
      'TH "Count" is repeated on pages 1, 2, 3, all inside one TH (the copies should be Artifacts)',
    ]);
    const findings = await roundTrip(fixture('repeated-thead.pdf'), readFileSync(new URL('../fixtures/pdf/repeated-thead.html', import.meta.url), 'utf8'));
    expect(findings.find((f) => f.check === 'rt-tables')?.message.en).toBe('table 1, row 1, column 1 differs: HTML TH "Item", PDF TH "ItemItemItem"');
  });
});

describe('well-formed fixture', () => {
  it('passes every check and the round trip', async () => {
    const result = await verifyPdf(fixture('well-formed.pdf'));
    expect(result.items.filter((i) => i.status === 'fail')).toEqual([]);
    const findings = await roundTrip(fixture('well-formed.pdf'), readFileSync(new URL('../fixtures/pdf/well-formed.html', import.meta.url), 'utf8'));
    expect(findings.filter((f) => f.status === 'fail')).toEqual([]);
  });
});

describe('round trip on a Chromium-printed table with spans and group headers', () => {
  const html = readFileSync(new URL('../fixtures/pdf/complex-table.html', import.meta.url), 'utf8');
  const check = async (source: string, id: string) => (await roundTrip(fixture('complex-table.pdf'), source)).filter((f) => f.check === id);

  it('agrees with the /Headers Chromium computes (colgroup, rowgroup, spans)', async () => {
    expect((await check(html, 'rt-tables')).map((f) => f.status)).toEqual(['pass']);
    expect((await check(html, 'rt-headers')).map((f) => f.status)).toEqual(['pass']);
  });

  it('notices headers given in the HTML that the PDF does not carry', async () => {
    const source = html.replace('<th scope="col">Person</th>', '<th scope="col" id="p">Person</th>').replace('<td>7</td>', '<td headers="p">7</td>');
    const [finding] = await check(source, 'rt-headers');
    expect(finding?.message.en).toBe('table 1, row 5, column 4 "7" headers: HTML [Person], PDF [Applicant | Person | Refused | Result | Secret]');
  });

  it('notices a header cell that became a data cell', async () => {
    const [finding] = await check(html.replace('<th scope="row">Secret</th>', '<td>Secret</td>'), 'rt-tables');
    expect(finding?.message.en).toBe('table 1, row 5, column 3 differs: HTML TD "Secret", PDF TH "Secret"');
  });
});
