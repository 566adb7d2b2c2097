/**
 * Which character codes each font shows: walks page content streams, tracking the font set by
 * Tf across q/Q, and splits the strings of Tj, TJ, ' and " into codes (1 byte for simple fonts,
 * 2 bytes for Type0 fonts with an Identity CMap). Fonts with other CMaps are left out.
 */
import { PDFName, type PDFDict } from 'pdf-lib';
import { operations, type Operand } from '../pdf/content-lexer.js';
import { type PdfFile, asDict, get, getDict, getName, inherited, pageContent, resolve } from './pdf-objects.js';

/** Code width in bytes, or undefined when the encoding cannot be split here. */
export function codeWidth(pdf: PdfFile, font: PDFDict): 1 | 2 | undefined {
  if (getName(pdf.ctx, font, 'Subtype') !== 'Type0') return 1;
  const encoding = get(pdf.ctx, font, 'Encoding');
  return encoding instanceof PDFName && encoding.decodeText().startsWith('Identity-') ? 2 : undefined;
}

/** Font dictionary → the codes shown with it anywhere in the document. */
export function usedCodes(pdf: PdfFile): Map<PDFDict, Set<number>> {
  const out = new Map<PDFDict, Set<number>>();
  for (const page of pdf.pages) {
    const fonts = getDict(pdf.ctx, asDict(inherited(pdf.ctx, page.dict, 'Resources')), 'Font');
    let current: PDFDict | undefined;
    const saved: (PDFDict | undefined)[] = [];
    const record = (operand: Operand | undefined): void => {
      if (!current || !operand) return;
      if (operand.kind === 'array') {
        for (const item of operand.items) record(item);
        return;
      }
      if (operand.kind !== 'string') return;
      const width = codeWidth(pdf, current);
      if (width === undefined) return;
      const codes = out.get(current) ?? new Set<number>();
      out.set(current, codes);
      for (let i = 0; i + width <= operand.bytes.length; i += width) {
        codes.add(width === 1 ? operand.bytes[i]! : (operand.bytes[i]! << 8) | operand.bytes[i + 1]!);
      }
    };
    for (const op of operations(pageContent(pdf.ctx, page.dict))) {
      switch (op.operator) {
        case 'q':
          saved.push(current);
          break;
        case 'Q':
          current = saved.pop();
          break;
        case 'Tf': {
          const name = op.operands[0];
          current = name?.kind === 'name' ? asDict(resolve(pdf.ctx, fonts?.get(PDFName.of(name.value)))) : undefined;
          break;
        }
        case 'Tj':
        case "'":
          record(op.operands[0]);
          break;
        case '"':
          record(op.operands[2]);
          break;
        case 'TJ':
          record(op.operands[0]);
          break;
      }
    }
  }
  return out;
}
