/**
 * Marked-content sequences on a page's content streams: what each MCID's sequence paints (glyphs,
 * images), and the byte-level splice that rewrites chosen BDC operators in place.
 */
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import { ContentSyntaxError, inlineMcid, lexContent, TEXT_SHOWING, type Operand, type Operation } from './content-lexer.js';
import type { PageContent } from './content-streams.js';
import { inheritedDict } from './struct-elements.js';

/** What one marked-content sequence paints. */
export interface Sequence {
  /** Font and character codes of every text-showing operator, in order. */
  glyphs: string[];
  images: string[];
  /** Opened inside another sequence, or holds one: never rewritten. */
  nested: boolean;
  stream: number;
  op: Operation;
}

/** MCID → what its sequence paints, for one page; empty when a stream cannot be read or is shared. */
export function scanSequences(doc: PDFDocument, content: PageContent): Map<number, Sequence> {
  const out = new Map<number, Sequence>();
  const resources = inheritedDict(doc, content.page.node, 'Resources');
  const fonts = resources?.lookupMaybe(PDFName.of('Font'), PDFDict);
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const properties = resources?.lookupMaybe(PDFName.of('Properties'), PDFDict);
  const fontKey = (name: string): string => {
    const value = fonts?.get(PDFName.of(name));
    return value instanceof PDFRef ? value.toString() : name;
  };
  const stack: Array<Sequence | null> = [];
  for (const [streamIndex, stream] of content.streams.entries()) {
    if (!stream.bytes || stream.shared) return new Map();
    let ops: Operation[];
    try {
      ops = lexContent(stream.bytes);
    } catch (error) {
      if (error instanceof ContentSyntaxError) return new Map();
      throw error;
    }
    let font = '';
    const fontStack: string[] = [];
    for (const op of ops) {
      const current = [...stack].reverse().find((s) => s !== null) ?? null;
      switch (op.operator) {
        case 'BDC':
        case 'BMC': {
          const mcid = op.operator === 'BDC' ? (inlineMcid(op) ?? namedMcid(op, properties)) : undefined;
          if (mcid === undefined) {
            stack.push(null);
            break;
          }
          const seq: Sequence = { glyphs: [], images: [], nested: stack.some((s) => s !== null), stream: streamIndex, op };
          if (current) current.nested = true;
          // A duplicate MCID is a broken page: leave both alone.
          if (out.has(mcid)) out.get(mcid)!.nested = seq.nested = true;
          else out.set(mcid, seq);
          stack.push(seq);
          break;
        }
        case 'EMC':
          stack.pop();
          break;
        case 'q':
          fontStack.push(font);
          break;
        case 'Q':
          font = fontStack.pop() ?? '';
          break;
        case 'Tf':
          font = op.operands[0]?.kind === 'name' ? fontKey(op.operands[0].value) : '';
          break;
        case 'Do':
        case 'BI':
        case 'sh':
          current?.images.push(op.operator === 'Do' ? xobjectKey(op.operands[0], xobjects) : op.operator);
          break;
        default:
          if (TEXT_SHOWING.has(op.operator) && current) current.glyphs.push(`${font} ${glyphCodes(op.operands)}`);
      }
    }
  }
  return out;
}

function namedMcid(op: Operation, properties: PDFDict | undefined): number | undefined {
  const name = op.operands[1];
  if (name?.kind !== 'name' || !properties) return undefined;
  const dict = properties.lookupMaybe(PDFName.of(name.value), PDFDict);
  const mcid = dict?.get(PDFName.of('MCID'));
  return mcid instanceof PDFNumber ? mcid.asNumber() : undefined;
}

function xobjectKey(operand: Operand | undefined, xobjects: PDFDict | undefined): string {
  if (operand?.kind !== 'name') return 'Do';
  const value = xobjects?.get(PDFName.of(operand.value));
  return `Do ${value instanceof PDFRef ? value.toString() : operand.value}`;
}

/** The string operands of a text-showing operator as hex (TJ kerning numbers do not count). */
function glyphCodes(operands: Operand[]): string {
  const hex = (o: Operand | undefined): string =>
    o?.kind === 'string' ? Array.from(o.bytes, (b) => b.toString(16).padStart(2, '0')).join('') : o?.kind === 'array' ? o.items.map(hex).join('') : '';
  return operands.map(hex).join('');
}

/** Replaces each listed BDC (operands and operator) by the artifact's (`bdc`); every other byte stays. */
export function splice(bytes: Uint8Array, edits: Array<{ op: Operation; bdc: string }>): Uint8Array {
  const sorted = [...edits].sort((a, b) => a.op.start - b.op.start);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const { op, bdc } of sorted) {
    parts.push(bytes.subarray(at, op.start), encoder.encode(bdc));
    at = op.end;
  }
  parts.push(bytes.subarray(at));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
