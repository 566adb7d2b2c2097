/** From offsets in a prose paragraph's text back to source positions (see ProseParagraph.runs). */
import type { Position, ProseParagraph } from '../model/types.js';

/** Source line/column of the character at `offset`, or of the nearest mapped character before it. */
function pointOf(p: ProseParagraph, offset: number, end: boolean): { line: number; column: number } {
  let best: { line: number; column: number } | null = null;
  for (const run of p.runs) {
    if (run.offset > offset) break;
    const within = offset - run.offset;
    if (within < run.length || (end && within === run.length)) return { line: run.line, column: run.column + within };
    best = { line: run.line, column: run.column + run.length };
  }
  return best ?? { line: p.position.line, column: p.position.column };
}

/** The source range of `text.slice(start, end)`; falls back on the paragraph's start. */
export function proseOffsetPosition(p: ProseParagraph, start: number, end: number): Position {
  const a = pointOf(p, start, false);
  const b = end > start ? pointOf(p, end, true) : a;
  return b.line < a.line || (b.line === a.line && b.column < a.column)
    ? { line: a.line, column: a.column, endLine: a.line, endColumn: a.column }
    : { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
