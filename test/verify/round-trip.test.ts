import { beforeAll, describe, expect, it } from 'vitest';
import { roundTrip } from '../../src/verify/round-trip.js';
import type { VerifyItem } from '../../src/verify/types.js';
import { buildTaggedPdf, SOURCE_HTML } from './tagged-pdf-builder.js';

const failures = (items: VerifyItem[], check: string): VerifyItem[] => items.filter((i) => i.check === check && i.status === 'fail');

describe('round trip against the source HTML', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await buildTaggedPdf();
  });

  it('passes when the PDF matches its HTML', async () => {
    const items = await roundTrip(good, SOURCE_HTML);
    expect(items.filter((i) => i.status === 'fail')).toEqual([]);
    expect(items.map((i) => i.checkpoint)).toEqual([
      'round-trip:headings',
      'round-trip:tables',
      'round-trip:headers',
      'round-trip:outline',
      'round-trip:characters',
    ]);
  });

  it('reports a heading whose text or level differs', async () => {
    const items = await roundTrip(good, SOURCE_HTML.replace('<h2>Section</h2>', '<h3>Section 2</h3>'));
    const [heading] = failures(items, 'rt-headings');
    expect(heading?.message.en).toBe('heading 2 differs: HTML h3 "Section 2", PDF H2 "Section"');
    expect(failures(items, 'rt-outline').map((f) => f.message.en)).toEqual(['outline entry "Section" is not a heading of the HTML']);
  });

  it('reports a missing heading', async () => {
    const items = await roundTrip(good, SOURCE_HTML.replace('<h2>Section</h2>', '<h2>Section</h2><h2>Annex</h2>'));
    expect(failures(items, 'rt-headings').map((f) => f.message.en)).toEqual(['the PDF lacks heading 3 "Annex"']);
    expect(failures(items, 'rt-outline').map((f) => f.message.en)).toEqual(['heading "Annex" has no outline entry']);
  });

  it('reports a cell whose text differs, in grid position', async () => {
    const items = await roundTrip(good, SOURCE_HTML.replace('<td>1</td>', '<td>2</td>'));
    const [cell] = failures(items, 'rt-tables');
    expect(cell?.detail).toBe('table 1, row 2, column 2');
    expect(cell?.message.zh).toContain('网页 TD「2」，PDF TD「1」');
    expect(cell?.message.en).toBe('table 1, row 2, column 2 differs: HTML TD "2", PDF TD "1"');
  });

  it('reports a spanning difference and a missing table', async () => {
    const spanned = await roundTrip(good, SOURCE_HTML.replace('<th scope="col">A</th><th scope="col">B</th>', '<th scope="col" colspan="2">A</th>'));
    expect(failures(spanned, 'rt-tables').length).toBeGreaterThan(0);
    const noTable = await roundTrip(good, SOURCE_HTML.replace(/<table>[\s\S]*<\/table>/, ''));
    expect(failures(noTable, 'rt-tables').map((f) => f.message.en)).toEqual(['the HTML has 0 tables, the PDF 1']);
  });

  it('reports headers the HTML assigns that the PDF /Headers does not', async () => {
    const html = SOURCE_HTML.replace('<th scope="row">r1</th>', '<td>r1</td>');
    const items = await roundTrip(good, html);
    expect(failures(items, 'rt-tables')[0]?.message.en).toMatch(/row 2, column 1 differs: HTML TD/);
    const headers = SOURCE_HTML.replace('<th scope="col">A</th><th scope="col">B</th>', '<th scope="col" id="ha">A</th><th scope="col">B</th>').replace('<td>1</td>', '<td headers="ha">1</td>');
    const [finding] = failures(await roundTrip(good, headers), 'rt-headers');
    expect(finding?.message.en).toBe('table 1, row 2, column 2 "1" headers: HTML [A], PDF [B | r1]');
  });

  it('finds Kangxi radicals that pdf.js extracts', async () => {
    const items = await roundTrip(await buildTaggedPdf({ toUnicode: 'radical' }), SOURCE_HTML);
    expect(failures(items, 'rt-characters')[0]?.message.en).toBe('page 1: 1 Kangxi radicals or U+FFFD in the extracted text: ⼈ U+2F08');
    expect(failures(items, 'rt-headings')[0]?.message.en).toContain('PDF H1 "⼈itle"');
  });
});
