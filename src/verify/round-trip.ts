/**
 * The round trip: compares a PDF (as pdf.js reads it, ignoring /ActualText) with the HTML it was
 * printed from — headings, every table cell in grid order, each data cell's headers, the outline,
 * and characters that betray a broken ToUnicode map (Kangxi radicals, U+FFFD).
 */
import { readHtml } from './html-model.js';
import { readOutline } from './outline.js';
import { loadPdf } from './pdf-objects.js';
import { extractText } from './pdfjs-text.js';
import { compareTables } from './round-trip-tables.js';
import { compact, nodeText, tidy } from './struct-text.js';
import { readStructTree } from './struct-tree.js';
import { isRadical, hexCp } from './tounicode.js';
import { rtFail, rtOutcome } from './round-trip-checks.js';
import type { VerifyItem } from './types.js';

export async function roundTrip(pdfBytes: Uint8Array, html: string): Promise<VerifyItem[]> {
  const pdf = await loadPdf(pdfBytes);
  const text = await extractText(pdfBytes);
  const tree = readStructTree(pdf);
  const source = await readHtml(html);
  const all = tree?.all ?? [];

  // Headings: text, level, order.
  const pdfHeadings = all.filter((n) => /^H[1-6]$/.test(n.type)).map((n) => ({ level: Number(n.type.slice(1)), text: nodeText(n, text) }));
  const headingFailures: VerifyItem[] = [];
  const count = Math.max(pdfHeadings.length, source.headings.length);
  for (let i = 0; i < count; i++) {
    const want = source.headings[i];
    const got = pdfHeadings[i];
    if (!want || !got) {
      headingFailures.push(
        rtFail(
          'rt-headings',
          want
            ? { zh: `PDF 缺少第 ${i + 1} 个标题「${tidy(want.text)}」`, en: `the PDF lacks heading ${i + 1} "${tidy(want.text)}"` }
            : { zh: `PDF 多出标题「${tidy(got!.text)}」`, en: `extra heading in the PDF: "${tidy(got!.text)}"` },
          `heading ${i + 1}`,
        ),
      );
      continue;
    }
    if (want.level !== got.level || compact(want.text) !== compact(got.text)) {
      headingFailures.push(
        rtFail(
          'rt-headings',
          {
            zh: `第 ${i + 1} 个标题不一致：网页 h${want.level}「${tidy(want.text)}」，PDF H${got.level}「${tidy(got.text)}」`,
            en: `heading ${i + 1} differs: HTML h${want.level} "${tidy(want.text)}", PDF H${got.level} "${tidy(got.text)}"`,
          },
          `heading ${i + 1}`,
        ),
      );
    }
  }

  const tables = compareTables(pdf, all.filter((n) => n.type === 'Table'), source.tables, text);

  // Outline: every entry is a heading text, and every h1/h2 has an entry.
  const outlineFailures: VerifyItem[] = [];
  const outline = readOutline(pdf);
  const headingTexts = new Set(source.headings.map((h) => compact(h.text)));
  for (const entry of outline) {
    if (!headingTexts.has(compact(entry.title))) {
      outlineFailures.push(rtFail('rt-outline', { zh: `书签「${tidy(entry.title)}」不是网页中的标题`, en: `outline entry "${tidy(entry.title)}" is not a heading of the HTML` }));
    }
  }
  const titles = new Set(outline.map((o) => compact(o.title)));
  for (const heading of source.headings.filter((h) => h.level <= 2)) {
    if (!titles.has(compact(heading.text))) {
      outlineFailures.push(rtFail('rt-outline', { zh: `标题「${tidy(heading.text)}」没有书签`, en: `heading "${tidy(heading.text)}" has no outline entry` }));
    }
  }

  // Characters from broken ToUnicode maps.
  const charFailures: VerifyItem[] = [];
  text.pages.forEach((pageText, index) => {
    const bad = [...pageText].filter((ch) => isRadical(ch.codePointAt(0)!) || ch === '\uFFFD');
    if (bad.length === 0) return;
    const kinds = [...new Set(bad)].slice(0, 8).map((ch) => `${ch} ${hexCp(ch.codePointAt(0)!)}`).join(', ');
    charFailures.push(
      rtFail(
        'rt-characters',
        { zh: `第 ${index + 1} 页提取出 ${bad.length} 个康熙部首或 U+FFFD：${kinds}`, en: `page ${index + 1}: ${bad.length} Kangxi radicals or U+FFFD in the extracted text: ${kinds}` },
        `page ${index + 1}`,
      ),
    );
  });

  return [
    ...rtOutcome('rt-headings', headingFailures),
    ...rtOutcome('rt-tables', tables.cells),
    ...rtOutcome('rt-headers', tables.headers),
    ...rtOutcome('rt-outline', outlineFailures),
    ...rtOutcome('rt-characters', charFailures),
  ];
}
