/**
 * Line/column positions of the report model → offsets into the Markdown, and the parts of a GFM
 * table cell's source (the model's cell positions cover the leading pipe, the padding and, for the
 * last cell of a row, the trailing pipe).
 */
import type { Position } from '../model/types.js';

export class SourceText {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  /** Offset of a 1-based line and column (columns count UTF-16 code units, as micromark does). */
  offset(line: number, column: number): number | null {
    const start = this.lineStarts[line - 1];
    if (start === undefined || column < 1) return null;
    const next = this.lineStarts[line];
    const lineEnd = next === undefined ? this.text.length : next - 1;
    const at = start + column - 1;
    return at <= lineEnd ? at : null;
  }

  /** Start and end offsets of a position, or null when it does not fit the text. */
  range(position: Position): { start: number; end: number } | null {
    const start = this.offset(position.line, position.column);
    const end = this.offset(position.endLine, position.endColumn);
    if (start === null || end === null || end < start) return null;
    return { start, end };
  }

  /** The 1-based point of an offset. */
  point(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }

  /** The position of an offset range. */
  position(start: number, end: number): Position {
    const a = this.point(start);
    const b = this.point(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

/** Padding around a cell value: ASCII blanks only (U+3000 and NBSP count as part of what was typed). */
const PAD = /[ \t]/;

/** The source of one table cell: the range between its pipes, and the typed content without padding. */
export interface CellSource {
  /** Between the pipes. */
  innerStart: number;
  innerEnd: number;
  /** The content without ASCII padding (empty range for a blank cell). */
  contentStart: number;
  contentEnd: number;
  content: string;
}

/**
 * Splits a cell's source range into pipes, padding and content. Null when the range is empty (a cell
 * missing from the row) or spans lines (never a GFM cell).
 */
export function cellSource(source: SourceText, position: Position): CellSource | null {
  const range = source.range(position);
  if (!range || range.end <= range.start || position.line !== position.endLine) return null;
  const text = source.text;
  let innerStart = range.start;
  let innerEnd = range.end;
  if (text[innerStart] === '|') innerStart++;
  if (innerEnd > innerStart && text[innerEnd - 1] === '|' && text[innerEnd - 2] !== '\\') innerEnd--;
  let contentStart = innerStart;
  let contentEnd = innerEnd;
  while (contentStart < contentEnd && PAD.test(text[contentStart]!)) contentStart++;
  while (contentEnd > contentStart && PAD.test(text[contentEnd - 1]!)) contentEnd--;
  return { innerStart, innerEnd, contentStart, contentEnd, content: text.slice(contentStart, contentEnd) };
}
