/**
 * Makes the PDF fixtures of `test/verify` under `test/fixtures/pdf/`:
 *   chromium-raw.pdf          a raw headless-Chromium print (no post-processing) of a small tagged page
 *   type3-cjk.pdf             CJK text in Debian's CFF-based Noto Serif CJK SC → Type 3 fonts, radicals
 *   untagged-page-number.pdf  a page number from a CSS @page margin box (untagged content)
 *   skipped-heading.pdf       h1 followed by h3
 *   repeated-thead.pdf        a table over three pages: Chromium adds each repeated <thead> copy to the same TH
 *   th-no-scope.pdf           a Chromium table whose TH /Scope and TD /Headers were removed with pdf-lib
 *   complex-table.pdf         a 表三-like table (colspan/rowspan, colgroup and rowgroup headers): Chromium's
 *                             /Headers must agree with the HTML header algorithm of the round trip
 *   well-formed.pdf           built from scratch (test/verify/tagged-pdf-builder.ts); passes every check
 *   well-formed.html          the HTML the well-formed PDF stands for (round trip)
 * Usage: node --import tsx scripts/make-pdf-fixtures.ts [name…]   (needs /usr/bin/chromium; fonts-noto-cjk for type3-cjk)
 * With names (e.g. `well-formed`), only those fixtures are rewritten.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { buildTaggedPdf, SOURCE_HTML } from '../test/verify/tagged-pdf-builder.js';

const run = promisify(execFile);
const OUT = new URL('../test/fixtures/pdf/', import.meta.url);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const page = (body: string, style = ''): string => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>Fixture</title><style>body { font-family: "DejaVu Sans"; font-size: 12pt } table { border-collapse: collapse }
td, th { border: 1px solid #000; padding: 2px 6px } ${style}</style></head><body>${body}</body></html>`;

export const FIXTURE_HTML: Record<string, string> = {
  'chromium-raw': page(
    `<h1>Annual report</h1><h2>Overview</h2><p>See the <a href="https://example.org/">portal</a>.</p>
<table><caption>Requests</caption><thead><tr><th>Item</th><th>Count</th></tr></thead>
<tbody><tr><th>New</th><td>12</td></tr><tr><th>Closed</th><td>10</td></tr></tbody></table>
<ul><li>first</li><li>second</li></ul>`,
    '@page { margin: 20mm; @bottom-center { content: counter(page) } }',
  ),
  'type3-cjk': page('<h1 style="font-family: \'Noto Serif CJK SC\'; font-weight: normal">人民政府信息公开</h1><p style="font-family: \'Noto Serif CJK SC\'">一、总体情况</p>'),
  'untagged-page-number': page('<h1>Page numbers</h1><p>Body text.</p>', '@page { margin: 20mm; @bottom-center { content: "— " counter(page) " —" } }'),
  'skipped-heading': page('<h1>Report</h1><h3>Straight to level three</h3><p>Text.</p>'),
  'complex-table': page(`<h1>Requests</h1>
<table><caption>Table 3</caption><colgroup span="3"></colgroup><colgroup span="3"></colgroup><colgroup></colgroup>
<thead>
<tr><th colspan="3" rowspan="2" scope="colgroup">Item</th><th colspan="3" scope="colgroup">Applicant</th><th rowspan="2" scope="col">Total</th></tr>
<tr><th scope="col">Person</th><th scope="col">Firm</th><th scope="col">Other</th></tr>
</thead>
<tbody>
<tr><th colspan="3" scope="row">New</th><td>1</td><td>2</td><td>3</td><td>6</td></tr>
<tr><th rowspan="3" scope="rowgroup">Result</th><th colspan="2" scope="row">Open</th><td>4</td><td>5</td><td>6</td><td>15</td></tr>
<tr><th rowspan="2" scope="rowgroup">Refused</th><th scope="row">Secret</th><td>7</td><td>8</td><td>9</td><td>24</td></tr>
<tr><th scope="row">Third party</th><td>10</td><td>11</td><td>12</td><td>33</td></tr>
</tbody></table>`),
  'repeated-thead': page(
    `<h1>Long table</h1><table><thead><tr><th scope="col">Item</th><th scope="col">Count</th></tr></thead><tbody>
${Array.from({ length: 80 }, (_, i) => `<tr><th scope="row">row ${i + 1}</th><td>${i + 1}</td></tr>`).join('\n')}
</tbody></table>`,
  ),
  'th-no-scope': page('<h1>Table</h1><table><tr><th>Item</th><th>Count</th></tr><tr><th>New</th><td>12</td></tr></table>'),
};

async function print(html: string, dir: string, name: string): Promise<Uint8Array> {
  const input = join(dir, `${name}.html`);
  const output = join(dir, `${name}.pdf`);
  await writeFile(input, html);
  await run(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${output}`, input]);
  return new Uint8Array(await readFile(output));
}

/** Removes every /Scope and /Headers from the structure attributes: a table that relies on neither. */
async function stripScopes(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type'))?.toString() !== '/StructElem') continue;
    const attributes = doc.context.lookup(object.get(PDFName.of('A')));
    const dicts = attributes instanceof PDFArray ? attributes.asArray().map((a) => doc.context.lookup(a)) : [attributes];
    for (const dict of dicts) {
      if (dict instanceof PDFDict) {
        dict.delete(PDFName.of('Scope'));
        dict.delete(PDFName.of('Headers'));
      }
    }
  }
  return doc.save({ useObjectStreams: false });
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const wanted = (name: string): boolean => only.length === 0 || only.includes(name);
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-fixtures-'));
  try {
    for (const [name, html] of Object.entries(FIXTURE_HTML).filter(([name]) => wanted(name))) {
      let bytes = await print(html, dir, name);
      if (name === 'th-no-scope') bytes = await stripScopes(bytes);
      await writeFile(new URL(`${name}.pdf`, OUT), bytes);
      await writeFile(new URL(`${name}.html`, OUT), html);
      console.log(`${name}.pdf  ${bytes.length} bytes`);
    }
    if (wanted('well-formed')) {
      await writeFile(new URL('well-formed.pdf', OUT), await buildTaggedPdf());
      await writeFile(new URL('well-formed.html', OUT), SOURCE_HTML);
      console.log('well-formed.pdf');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
