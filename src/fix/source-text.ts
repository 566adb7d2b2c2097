/**
 * The parts of a GFM table cell's source (the model's cell positions cover the leading pipe, the
 * padding and, for the last cell of a row, the trailing pipe). Line/column ↔ offset mapping is the
 * reader's `Source`, re-exported under the name the fix modules use.
 */
import type { Position } from '../model/types.js';
import type { Source as SourceText } from '../reader/text.js';

export { Source as SourceText } from '../reader/text.js';

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
