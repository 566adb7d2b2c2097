/**
 * A small tokenizer for PDF content streams (ISO 32000-1 §7.2, §8.9.7): yields each operator
 * with its operands. Strings are kept as raw bytes; inline image data (BI … ID … EI) is skipped.
 */

export type Operand =
  | { kind: 'number'; value: number }
  | { kind: 'name'; value: string }
  | { kind: 'string'; bytes: Uint8Array }
  | { kind: 'array'; items: Operand[] }
  | { kind: 'dict'; entries: Map<string, Operand> }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' };

export interface Operation {
  operator: string;
  operands: Operand[];
  /** Byte offset of the operator in the stream. */
  offset: number;
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

function isRegular(byte: number): boolean {
  return !WHITESPACE.has(byte) && !DELIMITERS.has(byte);
}

type Frame = { kind: 'array' | 'dict'; items: Operand[] };

export function* operations(bytes: Uint8Array): Generator<Operation> {
  const latin1 = new TextDecoder('latin1');
  let pos = 0;
  let operands: Operand[] = [];
  const frames: Frame[] = [];
  const push = (operand: Operand): void => {
    const top = frames[frames.length - 1];
    if (top) top.items.push(operand);
    else operands.push(operand);
  };

  while (pos < bytes.length) {
    const byte = bytes[pos]!;
    if (WHITESPACE.has(byte)) {
      pos++;
    } else if (byte === 0x25 /* % */) {
      while (pos < bytes.length && bytes[pos] !== 0x0a && bytes[pos] !== 0x0d) pos++;
    } else if (byte === 0x28 /* ( */) {
      const [value, end] = readLiteralString(bytes, pos);
      push({ kind: 'string', bytes: value });
      pos = end;
    } else if (byte === 0x3c /* < */ && bytes[pos + 1] === 0x3c) {
      frames.push({ kind: 'dict', items: [] });
      pos += 2;
    } else if (byte === 0x3e /* > */ && bytes[pos + 1] === 0x3e) {
      const frame = frames.pop();
      pos += 2;
      if (frame) push(frame.kind === 'dict' ? toDict(frame.items) : { kind: 'array', items: frame.items });
    } else if (byte === 0x3c) {
      const end = bytes.indexOf(0x3e, pos + 1);
      const stop = end < 0 ? bytes.length : end;
      push({ kind: 'string', bytes: hexBytes(latin1.decode(bytes.subarray(pos + 1, stop))) });
      pos = stop + 1;
    } else if (byte === 0x5b /* [ */) {
      frames.push({ kind: 'array', items: [] });
      pos++;
    } else if (byte === 0x5d /* ] */) {
      const frame = frames.pop();
      pos++;
      if (frame) push(frame.kind === 'array' ? { kind: 'array', items: frame.items } : toDict(frame.items));
    } else if (byte === 0x2f /* / */) {
      let end = pos + 1;
      while (end < bytes.length && isRegular(bytes[end]!)) end++;
      push({ kind: 'name', value: decodeName(latin1.decode(bytes.subarray(pos + 1, end))) });
      pos = end;
    } else if (!isRegular(byte)) {
      pos++; // stray delimiter such as ) > { }
    } else {
      let end = pos;
      while (end < bytes.length && isRegular(bytes[end]!)) end++;
      const word = latin1.decode(bytes.subarray(pos, end));
      const start = pos;
      pos = end;
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) push({ kind: 'number', value: Number(word) });
      else if (word === 'true' || word === 'false') push({ kind: 'bool', value: word === 'true' });
      else if (word === 'null') push({ kind: 'null' });
      else {
        frames.length = 0;
        if (word === 'BI') pos = skipInlineImage(bytes, pos);
        yield { operator: word, operands, offset: start };
        operands = [];
      }
    }
  }
}

function toDict(items: Operand[]): Operand {
  const entries = new Map<string, Operand>();
  for (let i = 0; i + 1 < items.length; i += 2) {
    const key = items[i]!;
    if (key.kind === 'name') entries.set(key.value, items[i + 1]!);
  }
  return { kind: 'dict', entries };
}

function readLiteralString(bytes: Uint8Array, start: number): [Uint8Array, number] {
  const out: number[] = [];
  let depth = 1;
  let pos = start + 1;
  while (pos < bytes.length) {
    const byte = bytes[pos]!;
    if (byte === 0x5c /* \ */) {
      const next = bytes[pos + 1];
      pos += 2;
      if (next === undefined) break;
      const escaped = ESCAPES[next];
      if (escaped !== undefined) out.push(escaped);
      else if (next >= 0x30 && next <= 0x37) {
        let code = next - 0x30;
        for (let k = 0; k < 2 && bytes[pos]! >= 0x30 && bytes[pos]! <= 0x37; k++) code = code * 8 + (bytes[pos++]! - 0x30);
        out.push(code & 0xff);
      } else if (next === 0x0d) {
        if (bytes[pos] === 0x0a) pos++;
      } else if (next !== 0x0a) out.push(next);
      continue;
    }
    if (byte === 0x28) depth++;
    if (byte === 0x29 && --depth === 0) return [Uint8Array.from(out), pos + 1];
    out.push(byte);
    pos++;
  }
  return [Uint8Array.from(out), bytes.length];
}

const ESCAPES: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };

function hexBytes(text: string): Uint8Array {
  const digits = text.replace(/[^0-9a-fA-F]/g, '');
  const padded = digits.length % 2 === 1 ? `${digits}0` : digits;
  const out = new Uint8Array(padded.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(padded.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function decodeName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** From just after `BI`: skip the image dictionary and data; return the offset after `EI`. */
function skipInlineImage(bytes: Uint8Array, from: number): number {
  let pos = from;
  // Find the ID keyword (a whitespace-delimited "ID").
  while (pos + 1 < bytes.length) {
    if (bytes[pos] === 0x49 && bytes[pos + 1] === 0x44 && WHITESPACE.has(bytes[pos - 1] ?? 0x20) && WHITESPACE.has(bytes[pos + 2] ?? 0x20)) {
      pos += 3;
      break;
    }
    pos++;
  }
  // Find "EI" with whitespace on both sides.
  while (pos + 1 < bytes.length) {
    if (bytes[pos] === 0x45 && bytes[pos + 1] === 0x49 && WHITESPACE.has(bytes[pos - 1] ?? 0x20) && (pos + 2 >= bytes.length || WHITESPACE.has(bytes[pos + 2]!))) {
      return pos + 2;
    }
    pos++;
  }
  return bytes.length;
}

/** Operators that put marks on the page (text show, path paint, XObject, shading, inline image). */
export const PAINTING_OPERATORS: ReadonlySet<string> = new Set([
  'Tj', 'TJ', "'", '"',
  'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*',
  'sh', 'Do', 'BI',
]);
