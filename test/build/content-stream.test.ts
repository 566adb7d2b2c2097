/** The content-stream lexer and the artifact wrapper, on hand-written streams (no browser). */
import { describe, expect, it } from 'vitest';
import { ContentSyntaxError, lexContent, operandSource } from '../../src/pdf/content-lexer.js';
import { ARTIFACT_PROPERTIES, wrapUntaggedContent } from '../../src/pdf/artifacts.js';
import { postProcessPdf } from '../../src/pdf/postprocess.js';
import { PDFDocument, PDFName } from 'pdf-lib';
import { readFileSync } from 'node:fs';
import { roundTrip, verifyPdf } from '../../src/verify/index.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const str = (b: Uint8Array) => new TextDecoder('latin1').decode(b);

describe('lexContent', () => {
  it('splits operators and keeps operands whole', () => {
    const input = bytes('q 1 0 0 1 5 6 cm /P <</MCID 0 /X [1 (a)]>> BDC BT (a\\) (b)) Tj [<00c4> -3 (x)] TJ ET EMC Q');
    const ops = lexContent(input);
    expect(ops.map((o) => o.operator)).toEqual(['q', 'cm', 'BDC', 'BT', 'Tj', 'TJ', 'ET', 'EMC', 'Q']);
    expect(ops[2]!.operands).toHaveLength(2);
    expect(operandSource(input, ops[2]!)).toBe('/P <</MCID 0 /X [1 (a)]>>');
    expect(operandSource(input, ops[4]!)).toBe('(a\\) (b))');
  });

  it('reads an inline image as one operation, even when its data contains "EI"', () => {
    const ops = lexContent(bytes('q BI /W 2 /H 1 /BPC 8 /CS /G ID \x00EIx\xff EI Q'));
    expect(ops.map((o) => o.operator)).toEqual(['q', 'BI', 'Q']);
  });

  it('skips comments and rejects broken syntax', () => {
    expect(lexContent(bytes('% note\nq Q')).map((o) => o.operator)).toEqual(['q', 'Q']);
    expect(() => lexContent(bytes('BT (open Tj ET'))).toThrow(ContentSyntaxError);
    expect(() => lexContent(bytes('1 2'))).toThrow(ContentSyntaxError);
  });
});

describe('wrapUntaggedContent', () => {
  const footer = ARTIFACT_PROPERTIES.Footer;

  it('wraps untagged text in the bottom margin as a pagination footer and leaves tagged content alone', () => {
    const input =
      'q BT /F1 12 Tf 1 0 0 1 500 30 Tm <01> Tj ET BT 1 0 0 1 520 30 Tm <02> Tj ET Q\n' +
      '/P <</MCID 0>> BDC BT 1 0 0 1 90 700 Tm <03> Tj ET EMC';
    const { bytes: out, wrapped } = wrapUntaggedContent(bytes(input), 842);
    expect(wrapped).toEqual({ Footer: 1, Header: 0, Layout: 0 });
    expect(str(out)).toBe(
      `q ${footer}\nBT /F1 12 Tf 1 0 0 1 500 30 Tm <01> Tj ET BT 1 0 0 1 520 30 Tm <02> Tj ET\nEMC Q\n` +
        '/P <</MCID 0>> BDC BT 1 0 0 1 90 700 Tm <03> Tj ET EMC',
    );
  });

  it('follows the CTM (Chromium flips the page) and classifies header, footer and layout', () => {
    const flip = '1 0 0 -1 0 842 cm ';
    const top = wrapUntaggedContent(bytes(`${flip}BT 1 0 0 -1 50 20 Tm <01> Tj ET`), 842);
    expect(top.wrapped.Header).toBe(1);
    const bottom = wrapUntaggedContent(bytes(`${flip}BT 1 0 0 -1 50 820 Tm <01> Tj ET`), 842);
    expect(bottom.wrapped.Footer).toBe(1);
    const middle = wrapUntaggedContent(bytes(`${flip}0 0 1 rg 10 400 100 20 re f`), 842);
    expect(middle.wrapped.Layout).toBe(1);
    expect(str(middle.bytes)).toContain(`${ARTIFACT_PROPERTIES.Layout}\n10 400 100 20 re f\nEMC`);
  });

  it('never lets a wrap cross a q/Q boundary', () => {
    const input = 'q BT 1 0 0 1 5 5 Tm <01> Tj ET Q q BT 1 0 0 1 9 5 Tm <02> Tj ET Q';
    const { bytes: out, wrapped } = wrapUntaggedContent(bytes(input), 842);
    expect(wrapped.Footer).toBe(2);
    const text = str(out);
    // Each q … Q pair holds its own BDC … EMC.
    expect(text.match(/q [^Q]*BDC[^Q]*EMC Q/g)).toHaveLength(2);
  });

  it('wraps single text operators when a text object holds marked content itself', () => {
    const input = 'BT 1 0 0 1 500 20 Tm (1) Tj /Span <</MCID 0>> BDC (x) Tj EMC (2) Tj ET BT 1 0 0 1 9 20 Tm (3) Tj ET';
    const { bytes: out, wrapped } = wrapUntaggedContent(bytes(input), 842);
    expect(wrapped.Footer).toBe(3);
    expect(str(out)).toBe(
      `BT 1 0 0 1 500 20 Tm ${footer}\n(1) Tj\nEMC /Span <</MCID 0>> BDC (x) Tj EMC ${footer}\n(2) Tj\nEMC ET ${footer}\nBT 1 0 0 1 9 20 Tm (3) Tj ET\nEMC`,
    );
  });

  it('leaves clipping paths and fully tagged streams unchanged', () => {
    const input = bytes('q 0 0 100 100 re W* n /P <</MCID 0>> BDC BT <01> Tj ET EMC Q');
    const result = wrapUntaggedContent(input, 842);
    expect(result.bytes).toBe(input);
  });

  it('only inserts operators: removing them gives the original bytes', () => {
    const input = 'q 1 0 0 1 0 0 cm 0 g 5 5 m 50 5 l S BT 1 0 0 1 5 5 Tm (x) Tj ET 1 0 0 1 0 0 cm /Im0 Do Q';
    const out = str(wrapUntaggedContent(bytes(input), 842).bytes);
    expect(out.replace(`${footer}\n`, '').replace('\nEMC', '')).toBe(input);
  });
});

describe('postProcessPdf on documents Chromium did not make', () => {
  const meta = { title: '标题', author: null, subject: '', keywords: [], lang: 'zh-CN', date: new Date(Date.UTC(2021, 0, 1)) };

  it('marks pdf-lib drawn text as artifacts by position', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    page.drawText('1', { x: 500, y: 30, size: 12 });
    page.drawText('body', { x: 90, y: 400, size: 12 });
    const result = await postProcessPdf(await doc.save(), meta);
    expect(result.artifacts).toMatchObject({ Footer: 1, Layout: 1, unreadable: 0 });
  });

  it('leaves a content stream it cannot read as it was, and says so', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream('BT (never closed Tj ET')));
    const result = await postProcessPdf(await doc.save(), meta);
    expect(result.artifacts.unreadable).toBe(1);
    expect(result.pages).toBe(1);
  });
});

describe('postProcessPdf on raw Chromium prints (test/fixtures/pdf, no browser)', () => {
  const meta = { title: '标题', author: null, subject: '', keywords: [], lang: 'zh-CN', date: new Date(Date.UTC(2021, 0, 1)) };
  const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url)));
  const failing = async (pdf: Uint8Array, html?: string) => {
    const items = [...(await verifyPdf(pdf.slice())).items, ...(html ? await roundTrip(pdf.slice(), html) : [])];
    return items.filter((i) => i.status === 'fail').map((i) => `${i.check}: ${i.message.en}`);
  };

  it('turns table borders owned by the Table into Layout artifacts', async () => {
    expect((await failing(fixture('chromium-raw.pdf'))).some((f) => f.startsWith('container-content'))).toBe(true);
    const result = await postProcessPdf(fixture('chromium-raw.pdf'), meta);
    expect(result.taggedArtifacts.container).toBeGreaterThan(0);
    // The raw print was made without an outline: that check stays the build's (Chromium's) job.
    expect((await failing(result.pdf)).filter((f) => !f.startsWith('outline'))).toEqual([]);
  });

  it('reads a header repeated on three pages once: the copies become Pagination artifacts', async () => {
    const html = readFileSync(new URL('../fixtures/pdf/repeated-thead.html', import.meta.url), 'utf8');
    expect(await failing(fixture('repeated-thead.pdf'), html)).toContain('th-repeated: TH "Item" is repeated on pages 1, 2, 3, all inside one TH (the copies should be Artifacts)');
    const result = await postProcessPdf(fixture('repeated-thead.pdf'), meta);
    expect(result.taggedArtifacts['repeated-header']).toBe(4);
    expect((await failing(result.pdf, html)).filter((f) => !f.startsWith('outline') && !f.startsWith('rt-outline'))).toEqual([]);
  });
});
