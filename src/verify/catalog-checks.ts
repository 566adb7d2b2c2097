/** Document-level checks on the catalog: XMP (06-*), DisplayDocTitle (07-*), /Lang (11-001), MarkInfo, StructTreeRoot. */
import { fail, outcome, pass } from './checks.js';
import { type PdfFile, get, getBool, getDict, getText, streamBytes } from './pdf-objects.js';
import type { VerifyItem } from './types.js';

const PDFUAID_NS = 'http://www.aiim.org/pdfua/ns/id/';

export interface XmpFacts {
  present: boolean;
  part: string | undefined;
  partNamespaceOk: boolean;
  title: string | undefined;
}

/** Reads the few XMP facts we need with regular expressions (RDF allows both element and attribute forms). */
export function readXmp(xml: string): Omit<XmpFacts, 'present'> {
  const prefixes = [...xml.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)];
  const uaPrefix = prefixes.find((m) => m[2] === PDFUAID_NS)?.[1];
  const part =
    /<pdfuaid:part>\s*([^<]*?)\s*<\/pdfuaid:part>/.exec(xml)?.[1] ?? /pdfuaid:part\s*=\s*["']\s*([^"']*?)\s*["']/.exec(xml)?.[1];
  const titleBlock = /<dc:title>([\s\S]*?)<\/dc:title>/.exec(xml)?.[1];
  const title = titleBlock === undefined ? undefined : decodeXml(/<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/.exec(titleBlock)?.[1] ?? '').trim();
  return { part, partNamespaceOk: uaPrefix === 'pdfuaid', title };
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

export function catalogChecks(pdf: PdfFile): VerifyItem[] {
  const { ctx, catalog } = pdf;
  const out: VerifyItem[] = [];

  // 06-001/002/003: XMP metadata.
  const metadataBytes = streamBytes(get(ctx, catalog, 'Metadata'));
  let xmpTitle: string | undefined;
  if (!metadataBytes) {
    out.push(fail('xmp-present', { zh: '目录中没有 XMP 元数据流 (/Metadata)', en: 'the catalog has no XMP metadata stream (/Metadata)' }));
    out.push(fail('xmp-pdfuaid', { zh: '没有 XMP，因而没有 pdfuaid:part', en: 'no XMP, so no pdfuaid:part' }));
    out.push(fail('xmp-title', { zh: '没有 XMP，因而没有 dc:title', en: 'no XMP, so no dc:title' }));
  } else {
    const xmp = readXmp(new TextDecoder('utf-8').decode(metadataBytes));
    xmpTitle = xmp.title;
    out.push(pass('xmp-present'));
    if (xmp.part === undefined) {
      out.push(fail('xmp-pdfuaid', { zh: 'XMP 中没有 pdfuaid:part', en: 'XMP has no pdfuaid:part' }));
    } else if (xmp.part !== '1') {
      out.push(fail('xmp-pdfuaid', { zh: `pdfuaid:part 为 ${xmp.part}，应为 1`, en: `pdfuaid:part is ${xmp.part}, expected 1` }));
    } else if (!xmp.partNamespaceOk) {
      out.push(fail('xmp-pdfuaid', { zh: `前缀 pdfuaid 未绑定到 ${PDFUAID_NS}`, en: `prefix pdfuaid is not bound to ${PDFUAID_NS}` }));
    } else {
      out.push(pass('xmp-pdfuaid'));
    }
    out.push(
      xmp.title ? pass('xmp-title', xmp.title) : fail('xmp-title', { zh: 'XMP 中没有非空的 dc:title', en: 'XMP has no non-empty dc:title' }),
    );
  }

  // 07-001/002: DisplayDocTitle, and a title for it to display.
  const prefs = getDict(ctx, catalog, 'ViewerPreferences');
  const display = getBool(ctx, prefs, 'DisplayDocTitle');
  if (display === undefined) {
    out.push(fail('display-doc-title-entry', { zh: 'ViewerPreferences 中没有 DisplayDocTitle', en: 'ViewerPreferences has no DisplayDocTitle entry' }));
  } else {
    out.push(pass('display-doc-title-entry'));
  }
  const title = pdf.doc.getTitle()?.trim() || xmpTitle;
  if (display === false) {
    out.push(fail('display-doc-title-true', { zh: 'DisplayDocTitle 为 false', en: 'DisplayDocTitle is false' }));
  } else if (display === true && !title) {
    out.push(fail('display-doc-title-true', { zh: '没有可显示的标题（文档信息 /Title 与 dc:title 均为空）', en: 'no title to display (both Info /Title and dc:title are empty)' }));
  } else if (display === true) {
    out.push(pass('display-doc-title-true', title));
  } else {
    out.push(fail('display-doc-title-true', { zh: '没有 DisplayDocTitle true', en: 'DisplayDocTitle is not set to true' }));
  }

  // 11-001: natural language.
  const lang = getText(ctx, catalog, 'Lang')?.trim();
  if (!lang) out.push(fail('catalog-lang', { zh: '目录中没有 /Lang', en: 'the catalog has no /Lang' }));
  else if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(lang)) {
    out.push(fail('catalog-lang', { zh: `/Lang「${lang}」不是有效的语言标记（如 zh-CN）`, en: `/Lang "${lang}" is not a valid language tag (e.g. zh-CN)` }));
  } else out.push(pass('catalog-lang', lang));

  // Tagged PDF.
  const markInfo = getDict(ctx, catalog, 'MarkInfo');
  const marked = getBool(ctx, markInfo, 'Marked');
  out.push(
    marked === true
      ? pass('mark-info')
      : fail('mark-info', { zh: '目录中没有 /MarkInfo << /Marked true >>', en: 'the catalog has no /MarkInfo << /Marked true >>' }),
  );
  out.push(
    getBool(ctx, markInfo, 'Suspects') === true
      ? fail('suspects', { zh: 'MarkInfo 中 Suspects 为 true（标签可能不可靠）', en: 'MarkInfo /Suspects is true (the tags may be unreliable)' })
      : pass('suspects'),
  );
  const root = getDict(ctx, catalog, 'StructTreeRoot');
  out.push(...outcome('struct-tree-root', root ? [] : [fail('struct-tree-root', { zh: '目录中没有 StructTreeRoot', en: 'the catalog has no StructTreeRoot' })]));
  return out;
}
