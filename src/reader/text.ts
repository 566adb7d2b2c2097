/** Plain text and source positions of mdast nodes. */
import type { Nodes } from 'mdast';
import type { Position } from '../model/types.js';

/** A position-like value from unist (or nothing). */
interface UnistPosition {
  start: { line: number; column: number; offset?: number };
  end: { line: number; column: number; offset?: number };
}

export const NO_POSITION: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function toPosition(pos: UnistPosition | undefined | null): Position {
  if (!pos) return { ...NO_POSITION };
  return { line: pos.start.line, column: pos.start.column, endLine: pos.end.line, endColumn: pos.end.column };
}

export function nodePosition(node: { position?: UnistPosition } | undefined | null): Position {
  return toPosition(node?.position);
}

/**
 * Text of a node: `<br>` and hard breaks become `\n`, other HTML tags are dropped,
 * HTML comments are dropped entirely.
 */
export function nodeText(node: Nodes | undefined | null): string {
  if (!node) return '';
  const out: string[] = [];
  const walk = (n: Nodes): void => {
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        out.push(n.value);
        return;
      case 'html':
        out.push(htmlText(n.value));
        return;
      case 'break':
        out.push('\n');
        return;
      case 'image':
        out.push(n.alt ?? '');
        return;
      default:
        if ('children' in n && Array.isArray(n.children)) for (const c of n.children) walk(c as Nodes);
    }
  };
  walk(node);
  return out.join('');
}

export function htmlText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/gi, '\u00a0')
    .replace(/&amp;/gi, '&');
}

/** Source text access, for exact spans (sentences, agency names) inside a node. */
export class Source {
  private readonly lineStarts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  get lineCount(): number {
    return this.lineStarts.length;
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

  line(n: number): string {
    const start = this.lineStarts[n - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[n];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }

  pointAt(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }

  spanAt(offset: number, length: number): Position {
    const a = this.pointAt(offset);
    const b = this.pointAt(offset + length);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** Position of `needle` inside `node`'s source range, or null when it is not there verbatim. */
  locate(node: { position?: UnistPosition } | undefined | null, needle: string, from = 0): Position | null {
    const start = node?.position?.start.offset;
    const end = node?.position?.end.offset;
    if (start === undefined || end === undefined || !needle) return null;
    const at = this.text.slice(start, end).indexOf(needle, from);
    return at < 0 ? null : this.spanAt(start + at, needle.length);
  }
}
