import { describe, expect, it } from 'vitest';
import { readXmp } from '../../src/verify/catalog-checks.js';

const NS = 'xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/"';

describe('XMP reader', () => {
  it('reads pdfuaid:part in element and attribute form, and dc:title with entities', () => {
    expect(readXmp(`<rdf:Description ${NS}><pdfuaid:part>1</pdfuaid:part><dc:title><rdf:Alt><rdf:li xml:lang="x-default">A &amp; B</rdf:li></rdf:Alt></dc:title></rdf:Description>`)).toEqual({
      part: '1',
      partNamespaceOk: true,
      title: 'A & B',
    });
    expect(readXmp(`<rdf:Description ${NS} pdfuaid:part="1"/>`)).toEqual({ part: '1', partNamespaceOk: true, title: undefined });
  });

  it('requires the pdfuaid prefix bound to the PDF/UA namespace', () => {
    expect(readXmp('<rdf:Description xmlns:pdfuaid="http://example.org/"><pdfuaid:part>1</pdfuaid:part></rdf:Description>').partNamespaceOk).toBe(false);
    expect(readXmp('<rdf:Description xmlns:ua="http://www.aiim.org/pdfua/ns/id/"><ua:part>1</ua:part></rdf:Description>')).toMatchObject({ part: undefined });
  });

  it('treats an empty dc:title as missing', () => {
    expect(readXmp(`<rdf:Description ${NS}><dc:title><rdf:Alt><rdf:li xml:lang="x-default">  </rdf:li></rdf:Alt></dc:title></rdf:Description>`).title).toBe('');
  });
});
