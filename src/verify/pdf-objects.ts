/** Loading a PDF with pdf-lib and small typed accessors over its low-level objects. */
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { VerifyInputError } from './types.js';

export interface PageInfo {
  /** 0-based. */
  index: number;
  ref: PDFRef;
  dict: PDFDict;
}

export interface PdfFile {
  doc: PDFDocument;
  ctx: PDFContext;
  catalog: PDFDict;
  pages: PageInfo[];
  /** `refKey(page ref)` → 0-based page index. */
  pageIndexByRef: Map<string, number>;
}

export async function loadPdf(bytes: Uint8Array): Promise<PdfFile> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    throw new VerifyInputError('not a PDF file (no %PDF- header)', '不是 PDF 文件（缺少 %PDF- 文件头）');
  }
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? '';
    throw new VerifyInputError(`cannot parse the PDF: ${reason}`, `无法解析 PDF：${reason}`);
  }
  if (doc.isEncrypted) {
    throw new VerifyInputError('the PDF is encrypted', 'PDF 已加密，无法检查');
  }
  let pages: PageInfo[];
  try {
    pages = doc.getPages().map((page, index) => ({ index, ref: page.ref, dict: page.node as PDFDict }));
  } catch {
    throw new VerifyInputError('the PDF has no readable catalog or page tree (truncated or damaged?)', 'PDF 没有可读的目录或页面树（文件不完整或已损坏？）');
  }
  if (pages.length === 0) throw new VerifyInputError('the PDF has no pages', 'PDF 没有页面');
  return {
    doc,
    ctx: doc.context,
    catalog: doc.catalog,
    pages,
    pageIndexByRef: new Map(pages.map((p) => [refKey(p.ref), p.index])),
  };
}

export function refKey(ref: PDFRef): string {
  return `${ref.objectNumber} ${ref.generationNumber}`;
}

/** `obj 12` style label for details. */
export function refLabel(ref: PDFRef | undefined): string {
  return ref ? `obj ${ref.objectNumber}` : 'direct object';
}

export function resolve(ctx: PDFContext, obj: PDFObject | undefined): PDFObject | undefined {
  let current = obj;
  for (let i = 0; i < 32 && current instanceof PDFRef; i++) current = ctx.lookup(current);
  return current instanceof PDFRef ? undefined : current;
}

export function get(ctx: PDFContext, dict: PDFDict | undefined, key: string): PDFObject | undefined {
  return dict ? resolve(ctx, dict.get(PDFName.of(key))) : undefined;
}

export function asDict(obj: PDFObject | undefined): PDFDict | undefined {
  if (obj instanceof PDFDict) return obj;
  if (obj instanceof PDFStream) return obj.dict;
  return undefined;
}

export function getDict(ctx: PDFContext, dict: PDFDict | undefined, key: string): PDFDict | undefined {
  return asDict(get(ctx, dict, key));
}

export function getArray(ctx: PDFContext, dict: PDFDict | undefined, key: string): PDFArray | undefined {
  const value = get(ctx, dict, key);
  return value instanceof PDFArray ? value : undefined;
}

export function getName(ctx: PDFContext, dict: PDFDict | undefined, key: string): string | undefined {
  const value = get(ctx, dict, key);
  return value instanceof PDFName ? value.decodeText() : undefined;
}

export function getNumber(ctx: PDFContext, dict: PDFDict | undefined, key: string): number | undefined {
  const value = get(ctx, dict, key);
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

export function getBool(ctx: PDFContext, dict: PDFDict | undefined, key: string): boolean | undefined {
  const value = get(ctx, dict, key);
  return value instanceof PDFBool ? value.asBoolean() : undefined;
}

export function textOf(obj: PDFObject | undefined): string | undefined {
  if (obj instanceof PDFString || obj instanceof PDFHexString) return obj.decodeText();
  return undefined;
}

export function getText(ctx: PDFContext, dict: PDFDict | undefined, key: string): string | undefined {
  return textOf(get(ctx, dict, key));
}

/** The elements of an array, resolved; a single non-array value counts as a one-element array. */
export function items(ctx: PDFContext, obj: PDFObject | undefined): PDFObject[] {
  const value = resolve(ctx, obj);
  if (value === undefined) return [];
  if (value instanceof PDFArray) return value.asArray().map((v) => resolve(ctx, v)).filter((v): v is PDFObject => v !== undefined);
  return [value];
}

/** Decoded bytes of a stream; undefined when it uses a filter pdf-lib cannot decode. */
export function streamBytes(stream: PDFObject | undefined): Uint8Array | undefined {
  if (!(stream instanceof PDFRawStream)) return undefined;
  try {
    return decodePDFRawStream(stream).decode();
  } catch {
    return undefined;
  }
}

/** Page attribute with inheritance through /Parent (Resources, MediaBox…). */
export function inherited(ctx: PDFContext, page: PDFDict, key: string): PDFObject | undefined {
  let node: PDFDict | undefined = page;
  for (let depth = 0; node && depth < 64; depth++) {
    const value = get(ctx, node, key);
    if (value !== undefined) return value;
    node = getDict(ctx, node, 'Parent');
  }
  return undefined;
}

/** How many of a page's content streams cannot be decoded here (an unknown filter). */
export function undecodableContent(ctx: PDFContext, page: PDFDict): number {
  return items(ctx, page.get(PDFName.of('Contents'))).filter((s) => streamBytes(s) === undefined).length;
}

/** The concatenated, decoded content streams of a page. */
export function pageContent(ctx: PDFContext, page: PDFDict): Uint8Array {
  const parts = items(ctx, page.get(PDFName.of('Contents')))
    .map((s) => streamBytes(s))
    .filter((b): b is Uint8Array => b !== undefined);
  const total = parts.reduce((n, p) => n + p.length + 1, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    out[offset + part.length] = 0x0a;
    offset += part.length + 1;
  }
  return out;
}
