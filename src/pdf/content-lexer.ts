/**
 * The one tokenizer of PDF content streams (ISO 32000-1 §7.2, §8.9.7), shared by the
 * post-processor (which splices new operators between operations and must keep every other
 * byte) and the verifier (which reads operands). Each operation carries its typed operands and
 * byte offsets. Two modes: strict (the default for editing: any syntax error throws
 * `ContentSyntaxError`, so a stream we do not fully understand is never rewritten) and lenient
 * (for checking damaged files: stray delimiters are skipped, unterminated objects run to the end).
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
  /** The operator (`BT`, `Tj`, `BDC`…). An inline image is one operation `BI` spanning `BI … EI`. */
  operator: string;
  operands: Operand[];
  /** Offset of the first operand (or of the operator when there are none). */
  start: number;
  /** Offset of the operator. */
  offset: number;
  /** Offset just after the operator (after `EI` for an inline image). */
  end: number;
}

export interface LexOptions {
  /** Throw `ContentSyntaxError` on any syntax error instead of reading on. Default false. */
  strict?: boolean;
}

export class ContentSyntaxError extends Error {
  override name = 'ContentSyntaxError';
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

function isRegular(byte: number): boolean {
  return !WHITESPACE.has(byte) && !DELIMITERS.has(byte);
}

type Frame = { kind: 'array' | 'dict'; items: Operand[] };

/** Every operation of a stream, strictly: the form the post-processor edits. */
export function lexContent(bytes: Uint8Array): Operation[] {
  return [...operations(bytes, { strict: true })];
}

export function* operations(bytes: Uint8Array, options: LexOptions = {}): Generator<Operation> {
  const strict = options.strict ?? false;
  const problem = (zh: string): void => {
    if (strict) throw new ContentSyntaxError(zh);
  };
  const latin1 = new TextDecoder('latin1');
  const n = bytes.length;
  let pos = 0;
  let operands: Operand[] = [];
  let operandStart = -1;
  const frames: Frame[] = [];
  const push = (operand: Operand, at: number): void => {
    const top = frames[frames.length - 1];
    if (top) top.items.push(operand);
    else {
      if (operandStart < 0) operandStart = at;
      operands.push(operand);
    }
  };
  const open = (kind: Frame['kind'], at: number): void => {
    if (frames.length === 0 && operandStart < 0) operandStart = at;
    frames.push({ kind, items: [] });
  };
  const close = (kind: Frame['kind'], at: number): void => {
    const frame = frames.pop();
    if (!frame) return problem(`内容流中有多余的分隔符（位置 ${at}）`);
    if (frame.kind !== kind) problem(kind === 'dict' ? '数组未结束' : '字典未结束');
    push(frame.kind === 'dict' ? toDict(frame.items) : { kind: 'array', items: frame.items }, at);
  };

  while (pos < n) {
    const byte = bytes[pos]!;
    if (WHITESPACE.has(byte)) {
      pos++;
    } else if (byte === 0x25 /* % */) {
      while (pos < n && bytes[pos] !== 0x0a && bytes[pos] !== 0x0d) pos++;
    } else if (byte === 0x28 /* ( */) {
      const [value, end, closed] = readLiteralString(bytes, pos);
      if (!closed) problem('字符串未结束');
      push({ kind: 'string', bytes: value }, pos);
      pos = end;
    } else if (byte === 0x3c /* < */ && bytes[pos + 1] === 0x3c) {
      open('dict', pos);
      pos += 2;
    } else if (byte === 0x3e /* > */ && bytes[pos + 1] === 0x3e) {
      close('dict', pos);
      pos += 2;
    } else if (byte === 0x3c) {
      const end = bytes.indexOf(0x3e, pos + 1);
      if (end < 0) problem('十六进制字符串未结束');
      const stop = end < 0 ? n : end;
      push({ kind: 'string', bytes: hexBytes(latin1.decode(bytes.subarray(pos + 1, stop))) }, pos);
      pos = stop + 1;
    } else if (byte === 0x5b /* [ */) {
      open('array', pos);
      pos++;
    } else if (byte === 0x5d /* ] */) {
      close('array', pos);
      pos++;
    } else if (byte === 0x2f /* / */) {
      let end = pos + 1;
      while (end < n && isRegular(bytes[end]!)) end++;
      push({ kind: 'name', value: decodeName(latin1.decode(bytes.subarray(pos + 1, end))) }, pos);
      pos = end;
    } else if (!isRegular(byte)) {
      problem(`内容流中有多余的分隔符（位置 ${pos}）`);
      pos++; // lenient: a stray ) > { }
    } else {
      let end = pos;
      while (end < n && isRegular(bytes[end]!)) end++;
      const word = latin1.decode(bytes.subarray(pos, end));
      const at = pos;
      pos = end;
      if (NUMBER.test(word)) push({ kind: 'number', value: Number(word) }, at);
      else if (word === 'true' || word === 'false') push({ kind: 'bool', value: word === 'true' }, at);
      else if (word === 'null') push({ kind: 'null' }, at);
      else {
        if (frames.length > 0) {
          problem(`数组或字典中出现操作符 ${word}`);
          frames.length = 0;
        }
        if (word === 'BI') pos = skipInlineImage(bytes, pos, problem);
        yield { operator: word, operands, start: operandStart >= 0 ? operandStart : at, offset: at, end: pos };
        operands = [];
        operandStart = -1;
      }
    }
  }
  if (frames.length > 0) problem(frames[frames.length - 1]!.kind === 'dict' ? '字典未结束' : '数组未结束');
  if (operands.length > 0) problem('内容流结尾有多余的操作数');
}

/** The operands of `op` as they are written in `bytes` (for messages and tests). */
export function operandSource(bytes: Uint8Array, op: Operation): string {
  return new TextDecoder('latin1').decode(bytes.subarray(op.start, op.offset)).trim();
}

/** The numeric operands of `op` (0 where an operand is not a number), e.g. a `cm` or `Tm` matrix. */
export function numericOperands(op: Operation, count: number): number[] {
  return Array.from({ length: count }, (_, k) => {
    const operand = op.operands[k];
    return operand?.kind === 'number' && Number.isFinite(operand.value) ? operand.value : 0;
  });
}

/** The MCID in a BDC's inline property list, if any (named property lists are resolved by the caller). */
export function inlineMcid(op: Operation): number | undefined {
  const props = op.operands[1];
  if (props?.kind !== 'dict') return undefined;
  const mcid = props.entries.get('MCID');
  return mcid?.kind === 'number' ? mcid.value : undefined;
}

function toDict(items: Operand[]): Operand {
  const entries = new Map<string, Operand>();
  for (let i = 0; i + 1 < items.length; i += 2) {
    const key = items[i]!;
    if (key.kind === 'name') entries.set(key.value, items[i + 1]!);
  }
  return { kind: 'dict', entries };
}

/** Reads `( … )`; returns the decoded bytes, the offset after it, and whether it was closed. */
function readLiteralString(bytes: Uint8Array, start: number): [Uint8Array, number, boolean] {
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
    if (byte === 0x29 && --depth === 0) return [Uint8Array.from(out), pos + 1, true];
    out.push(byte);
    pos++;
  }
  return [Uint8Array.from(out), bytes.length, false];
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

/** From just after `BI`: skips the image dictionary, `ID`, the data and `EI`; returns the offset after `EI`. */
function skipInlineImage(bytes: Uint8Array, from: number, problem: (zh: string) => void): number {
  const id = findKeyword(bytes, from, 0x49, 0x44);
  if (id < 0) {
    problem('内嵌图像缺少 ID');
    return bytes.length;
  }
  const ei = findKeyword(bytes, id + 3, 0x45, 0x49);
  if (ei < 0) {
    problem('内嵌图像缺少 EI');
    return bytes.length;
  }
  return ei + 2;
}

/** The offset of a two-letter keyword standing alone (whitespace before, whitespace or the end after); -1 if none. */
function findKeyword(bytes: Uint8Array, from: number, a: number, b: number): number {
  for (let i = from; i + 1 < bytes.length; i++) {
    if (bytes[i] !== a || bytes[i + 1] !== b) continue;
    const before = i === 0 || WHITESPACE.has(bytes[i - 1]!);
    const after = i + 2 >= bytes.length || WHITESPACE.has(bytes[i + 2]!);
    if (before && after) return i;
  }
  return -1;
}

/** Operators that put marks on the page (text show, path paint, XObject, shading, inline image). */
export const PAINTING_OPERATORS: ReadonlySet<string> = new Set([
  'Tj', 'TJ', "'", '"',
  'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*',
  'sh', 'Do', 'BI',
]);

/** Text-showing operators. */
export const TEXT_SHOWING: ReadonlySet<string> = new Set(['Tj', 'TJ', "'", '"']);
