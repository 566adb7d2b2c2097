/**
 * A small PDF content-stream lexer: splits a decoded stream into operations (operands +
 * operator) with byte offsets, so edits can splice new operators between operations and keep
 * every original byte as it was.
 */

export interface Operation {
  /** The operator (`BT`, `Tj`, `BDC`…). Inline images are one operation `BI` spanning `BI … EI`. */
  op: string;
  /** Operand tokens as text (numbers, names, strings, `[`…`]` and `<<`…`>>` runs kept whole). */
  operands: string[];
  /** Offset of the first operand (or the operator when there are none). */
  start: number;
  /** Offset just after the operator. */
  end: number;
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const KEYWORD_OPERANDS = new Set(['true', 'false', 'null']);

export class ContentSyntaxError extends Error {
  override name = 'ContentSyntaxError';
}

export function lexContent(bytes: Uint8Array): Operation[] {
  const ops: Operation[] = [];
  const text = (from: number, to: number) => latin1(bytes, from, to);
  let pos = 0;
  let operands: string[] = [];
  let operandStart = -1;
  const n = bytes.length;

  const skipSpace = () => {
    for (;;) {
      while (pos < n && WHITESPACE.has(bytes[pos]!)) pos++;
      if (pos < n && bytes[pos] === 0x25) {
        while (pos < n && bytes[pos] !== 0x0a && bytes[pos] !== 0x0d) pos++;
      } else return;
    }
  };

  while (true) {
    skipSpace();
    if (pos >= n) break;
    const tokenStart = pos;
    const end = skipObject(bytes, pos);
    const isWord = !DELIMITERS.has(bytes[pos]!) && !isNumberStart(bytes[pos]!);
    pos = end;
    const token = text(tokenStart, end);
    if (isWord && !KEYWORD_OPERANDS.has(token)) {
      const start = operandStart >= 0 ? operandStart : tokenStart;
      if (token === 'BI') {
        pos = skipInlineImage(bytes, pos);
        ops.push({ op: 'BI', operands: [], start, end: pos });
      } else {
        ops.push({ op: token, operands, start, end });
      }
      operands = [];
      operandStart = -1;
    } else {
      if (operandStart < 0) operandStart = tokenStart;
      operands.push(token);
    }
  }
  if (operands.length > 0) throw new ContentSyntaxError('内容流结尾有多余的操作数');
  return ops;
}

function isNumberStart(byte: number): boolean {
  return (byte >= 0x30 && byte <= 0x39) || byte === 0x2b || byte === 0x2d || byte === 0x2e;
}

/** Returns the offset just after the object that starts at `pos`. */
function skipObject(bytes: Uint8Array, pos: number): number {
  const n = bytes.length;
  const c = bytes[pos]!;
  if (c === 0x28) return skipLiteralString(bytes, pos);
  if (c === 0x3c && bytes[pos + 1] === 0x3c) return skipContainer(bytes, pos + 2, 0x3e, true);
  if (c === 0x3c) {
    const close = bytes.indexOf(0x3e, pos);
    if (close < 0) throw new ContentSyntaxError('十六进制字符串未结束');
    return close + 1;
  }
  if (c === 0x5b) return skipContainer(bytes, pos + 1, 0x5d, false);
  if (c === 0x5d || c === 0x3e || c === 0x29 || c === 0x7b || c === 0x7d) {
    throw new ContentSyntaxError(`内容流中有多余的分隔符（位置 ${pos}）`);
  }
  let end = pos + 1;
  while (end < n && !WHITESPACE.has(bytes[end]!) && !DELIMITERS.has(bytes[end]!)) end++;
  return end;
}

function skipLiteralString(bytes: Uint8Array, pos: number): number {
  let depth = 0;
  for (let i = pos; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0x5c) i++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  throw new ContentSyntaxError('字符串未结束');
}

/** Skips `[ … ]` or `<< … >>` (after the opening delimiter), nested objects included. */
function skipContainer(bytes: Uint8Array, pos: number, close: number, dict: boolean): number {
  const n = bytes.length;
  while (pos < n) {
    const c = bytes[pos]!;
    if (WHITESPACE.has(c)) pos++;
    else if (c === 0x25) while (pos < n && bytes[pos] !== 0x0a && bytes[pos] !== 0x0d) pos++;
    else if (c === close && (!dict || bytes[pos + 1] === 0x3e)) return pos + (dict ? 2 : 1);
    else if (c === 0x2f) {
      pos++;
      while (pos < n && !WHITESPACE.has(bytes[pos]!) && !DELIMITERS.has(bytes[pos]!)) pos++;
    } else pos = skipObject(bytes, pos);
  }
  throw new ContentSyntaxError(dict ? '字典未结束' : '数组未结束');
}

/** After `BI`: skips the image dictionary, `ID`, the data and `EI`. */
function skipInlineImage(bytes: Uint8Array, pos: number): number {
  const id = findKeyword(bytes, pos, 'ID');
  const ei = findKeyword(bytes, id + 3, 'EI');
  return ei + 2;
}

/** Finds `word` standing alone (whitespace before, whitespace or end after). */
function findKeyword(bytes: Uint8Array, from: number, word: string): number {
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  for (let i = from; i + 1 < bytes.length; i++) {
    if (bytes[i] !== a || bytes[i + 1] !== b) continue;
    const before = i === 0 || WHITESPACE.has(bytes[i - 1]!);
    const after = i + 2 >= bytes.length || WHITESPACE.has(bytes[i + 2]!);
    if (before && after) return i;
  }
  throw new ContentSyntaxError(`内嵌图像缺少 ${word}`);
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}
