/** Fonts: embedded (31-009), ToUnicode (31-027), no Type 3 for CJK, no radicals or U+FFFD in ToUnicode. */
import { PDFDict, PDFName, PDFRef } from 'pdf-lib';
import { fail, outcome } from './checks.js';
import { type PdfFile, asDict, get, getArray, getDict, getName, inherited, resolve, streamBytes, textOf } from './pdf-objects.js';
import { usedCodes } from './font-usage.js';
import { hexCp, isCjk, isRadical, parseToUnicode } from './tounicode.js';
import type { VerifyItem } from './types.js';

interface FontUse {
  dict: PDFDict;
  label: string;
  /** 1-based pages that list it. */
  pages: number[];
}

/** Every font in the page resources (and in Form XObjects they paint), once each. */
function collectFonts(pdf: PdfFile): FontUse[] {
  const { ctx } = pdf;
  const fonts = new Map<PDFDict, FontUse>();
  const visitResources = (resources: PDFDict | undefined, page: number, seen: Set<PDFDict>): void => {
    if (!resources || seen.has(resources)) return;
    seen.add(resources);
    const fontDict = getDict(ctx, resources, 'Font');
    for (const [name, raw] of fontDict?.entries() ?? []) {
      const dict = asDict(resolve(ctx, raw));
      if (!dict) continue;
      const use = fonts.get(dict) ?? { dict, label: fontLabel(pdf, dict, name, raw), pages: [] };
      if (!use.pages.includes(page)) use.pages.push(page);
      fonts.set(dict, use);
    }
    const xobjects = getDict(ctx, resources, 'XObject');
    for (const [, raw] of xobjects?.entries() ?? []) {
      const form = asDict(resolve(ctx, raw));
      if (getName(ctx, form, 'Subtype') === 'Form') visitResources(getDict(ctx, form, 'Resources'), page, seen);
    }
  };
  for (const page of pdf.pages) visitResources(asDict(inherited(ctx, page.dict, 'Resources')), page.index + 1, new Set());
  return [...fonts.values()];
}

function fontLabel(pdf: PdfFile, dict: PDFDict, name: PDFName, raw: unknown): string {
  const base = getName(pdf.ctx, dict, 'BaseFont');
  const subtype = getName(pdf.ctx, dict, 'Subtype') ?? '?';
  const obj = raw instanceof PDFRef ? `, obj ${raw.objectNumber}` : '';
  return `${base ?? name.decodeText()} (${subtype}${obj})`;
}

function isEmbedded(pdf: PdfFile, font: PDFDict): boolean {
  const { ctx } = pdf;
  const subtype = getName(ctx, font, 'Subtype');
  if (subtype === 'Type3') return true;
  const target = subtype === 'Type0' ? asDict(resolve(ctx, getArray(ctx, font, 'DescendantFonts')?.get(0))) : font;
  const descriptor = getDict(ctx, target, 'FontDescriptor');
  return ['FontFile', 'FontFile2', 'FontFile3'].some((key) => get(ctx, descriptor, key) !== undefined);
}

const STANDARD_ENCODINGS = new Set(['WinAnsiEncoding', 'MacRomanEncoding', 'StandardEncoding']);
const PREDEFINED_ORDERINGS = new Set(['GB1', 'CNS1', 'Japan1', 'Korea1']);

/** True when text in this font maps to Unicode without a ToUnicode map (ISO 32000-1 §9.10.2). */
function mappableWithout(pdf: PdfFile, font: PDFDict): boolean {
  const { ctx } = pdf;
  const subtype = getName(ctx, font, 'Subtype');
  const encoding = get(ctx, font, 'Encoding');
  if (subtype === 'Type0') {
    const descendant = asDict(resolve(ctx, getArray(ctx, font, 'DescendantFonts')?.get(0)));
    const orderingText = textOf(get(ctx, getDict(ctx, descendant, 'CIDSystemInfo'), 'Ordering')) ?? '';
    return encoding instanceof PDFName && !encoding.decodeText().startsWith('Identity') && PREDEFINED_ORDERINGS.has(orderingText);
  }
  if (subtype === 'Type3') return false;
  const name = encoding instanceof PDFName ? encoding.decodeText() : getName(ctx, asDict(encoding), 'BaseEncoding');
  const differences = asDict(encoding) ? get(ctx, asDict(encoding), 'Differences') : undefined;
  return name !== undefined && STANDARD_ENCODINGS.has(name) && differences === undefined;
}

export function fontChecks(pdf: PdfFile): VerifyItem[] {
  const notEmbedded: VerifyItem[] = [];
  const noToUnicode: VerifyItem[] = [];
  const type3Cjk: VerifyItem[] = [];
  const dirty: VerifyItem[] = [];
  const incomplete: VerifyItem[] = [];
  let type3CjkCount = 0;
  const used = usedCodes(pdf);
  for (const font of collectFonts(pdf)) {
    const where = `${font.label}, page ${font.pages.slice(0, 5).join(',')}${font.pages.length > 5 ? '…' : ''}`;
    if (!isEmbedded(pdf, font.dict)) {
      notEmbedded.push(fail('font-embedded', { zh: `字体未嵌入：${font.label}`, en: `font not embedded: ${font.label}` }, where));
    }
    const toUnicode = streamBytes(get(pdf.ctx, font.dict, 'ToUnicode'));
    if (!toUnicode) {
      if (!mappableWithout(pdf, font.dict)) {
        noToUnicode.push(fail('font-tounicode', { zh: `字体没有 ToUnicode 映射：${font.label}`, en: `font has no ToUnicode map: ${font.label}` }, where));
      }
      continue;
    }
    const map = parseToUnicode(new TextDecoder('latin1').decode(toUnicode));
    const targets = [...map.values()].flat();
    const unmapped = [...(used.get(font.dict) ?? [])].filter((code) => {
      const cps = map.get(code);
      return !cps || cps.length === 0 || cps.every((cp) => cp === 0);
    });
    if (unmapped.length > 0) {
      const sample = unmapped.slice(0, 6).map((code) => `<${code.toString(16).toUpperCase()}>`).join(' ');
      incomplete.push(
        fail(
          'tounicode-complete',
          { zh: `${unmapped.length} 个字符码不在 ToUnicode 中：${font.label}`, en: `${unmapped.length} character codes are not in the ToUnicode map: ${font.label}` },
          `${where}; codes ${sample}`,
        ),
      );
    }
    if (getName(pdf.ctx, font.dict, 'Subtype') === 'Type3' && targets.some(isCjk)) {
      type3CjkCount++;
      if (type3Cjk.length < 10) {
        const sample = String.fromCodePoint(...targets.filter(isCjk).slice(0, 8));
        type3Cjk.push(fail('no-type3-cjk', { zh: `中文使用了 Type 3 字体（${sample}…）`, en: `a Type 3 font is used for CJK text (${sample}…)` }, where));
      }
    }
    const bad = targets.filter((cp) => isRadical(cp) || cp === 0xfffd);
    if (bad.length > 0) {
      const list = [...new Set(bad)].slice(0, 6).map((cp) => `${String.fromCodePoint(cp)} ${hexCp(cp)}`).join(', ');
      dirty.push(
        fail('tounicode-clean', { zh: `ToUnicode 映射到康熙部首或 U+FFFD：${list}`, en: `ToUnicode maps to Kangxi radicals or U+FFFD: ${list}` }, where),
      );
    }
  }
  if (type3CjkCount > type3Cjk.length) {
    type3Cjk.push(
      fail('no-type3-cjk', { zh: `共有 ${type3CjkCount} 个 Type 3 字体用于中文`, en: `${type3CjkCount} Type 3 fonts in all are used for CJK text` }, 'summary'),
    );
  }
  return [
    ...outcome('font-embedded', notEmbedded),
    ...outcome('font-tounicode', noToUnicode),
    ...outcome('tounicode-complete', incomplete),
    ...outcome('no-type3-cjk', type3Cjk),
    ...outcome('tounicode-clean', dirty),
  ];
}
