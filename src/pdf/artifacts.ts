/**
 * Marks untagged painting as artifacts. Chromium leaves CSS page-margin boxes (page numbers)
 * and a few other paintings outside any marked-content sequence; PDF/UA (Matterhorn 01-003)
 * wants every piece of content tagged or an Artifact. Each run of visible graphics objects that
 * sits outside marked content is wrapped in `/Artifact <<…>> BDC … EMC`. Runs never cross a
 * `q`/`Q` boundary, so the rendering stays byte-identical. Runs in the bottom or top margin
 * become Pagination Footer/Header artifacts, others Layout artifacts.
 */
import { lexContent, numericOperands, TEXT_SHOWING, type Operation } from './content-lexer.js';

export type ArtifactClass = 'Footer' | 'Header' | 'Layout';

export const ARTIFACT_PROPERTIES: Record<ArtifactClass, string> = {
  Footer: '/Artifact <</Type /Pagination /Subtype /Footer>> BDC',
  Header: '/Artifact <</Type /Pagination /Subtype /Header>> BDC',
  Layout: '/Artifact <</Type /Layout>> BDC',
};

/** Share of the page height at top and bottom treated as header/footer margin. */
const MARGIN_SHARE = 0.1;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

interface Unit {
  /** 'boundary': BT/ET of a text object that holds marked content itself (no wrap crosses it). */
  kind: 'mark-begin' | 'mark-end' | 'q' | 'Q' | 'state' | 'object' | 'boundary';
  first: Operation;
  last: Operation;
  visible: boolean;
  /** Page-space y of the object's first drawing point. */
  y: number;
}

const PATH_CONSTRUCTION = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're', 'W', 'W*']);
const PATH_PAINTING = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);

export interface WrapResult {
  bytes: Uint8Array;
  wrapped: Record<ArtifactClass, number>;
}

/** Wraps every untagged visible run of one content stream. `pageHeight` in user-space units. */
export function wrapUntaggedContent(content: Uint8Array, pageHeight: number): WrapResult {
  const units = toUnits(lexContent(content));
  const classify = (y: number): ArtifactClass =>
    y < pageHeight * MARGIN_SHARE ? 'Footer' : y > pageHeight * (1 - MARGIN_SHARE) ? 'Header' : 'Layout';
  const wraps: Array<{ start: number; end: number; cls: ArtifactClass }> = [];
  let group: { first: Unit; last: Unit; depth: number; cls: ArtifactClass } | null = null;
  const flush = () => {
    if (group) wraps.push({ start: group.first.first.start, end: group.last.last.end, cls: group.cls });
    group = null;
  };
  let marked = 0;
  let depth = 0;
  for (const unit of units) {
    if (unit.kind === 'mark-begin') {
      flush();
      marked++;
    } else if (unit.kind === 'mark-end') {
      marked = Math.max(0, marked - 1);
    } else if (unit.kind === 'boundary') {
      flush();
    } else if (unit.kind === 'q') {
      depth++;
    } else if (unit.kind === 'Q') {
      depth--;
      if (group && depth < group.depth) flush();
    } else if (unit.kind === 'object' && unit.visible && marked === 0) {
      const cls = classify(unit.y);
      const current = group as { first: Unit; last: Unit; depth: number; cls: ArtifactClass } | null;
      if (current && current.depth === depth && current.cls === cls) current.last = unit;
      else {
        flush();
        group = { first: unit, last: unit, depth, cls };
      }
    }
  }
  flush();
  const wrapped: Record<ArtifactClass, number> = { Footer: 0, Header: 0, Layout: 0 };
  if (wraps.length === 0) return { bytes: content, wrapped };
  const parts: Uint8Array[] = [];
  let at = 0;
  const ascii = (s: string) => new TextEncoder().encode(s);
  for (const wrap of wraps) {
    wrapped[wrap.cls]++;
    parts.push(content.subarray(at, wrap.start), ascii(`${ARTIFACT_PROPERTIES[wrap.cls]}\n`));
    parts.push(content.subarray(wrap.start, wrap.end), ascii('\nEMC'));
    at = wrap.end;
  }
  parts.push(content.subarray(at));
  return { bytes: concat(parts), wrapped };
}

/** Groups operations into graphics objects and state changes, tracking where each object starts. */
function toUnits(ops: Operation[]): Unit[] {
  const units: Unit[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let i = 0;
  while (i < ops.length) {
    const op = ops[i]!;
    const single = (kind: Unit['kind']) => units.push({ kind, first: op, last: op, visible: false, y: 0 });
    if (op.operator === 'BDC' || op.operator === 'BMC') single('mark-begin');
    else if (op.operator === 'EMC') single('mark-end');
    else if (op.operator === 'q') {
      stack.push(ctm);
      single('q');
    } else if (op.operator === 'Q') {
      ctm = stack.pop() ?? IDENTITY;
      single('Q');
    } else if (op.operator === 'cm') {
      ctm = multiply(numbers(op), ctm);
      single('state');
    } else if (op.operator === 'BT') {
      let j = i;
      let visible = false;
      let point: [number, number] | null = null;
      let markedInside = false;
      while (j < ops.length && ops[j]!.operator !== 'ET') {
        const inner = ops[j]!;
        if (TEXT_SHOWING.has(inner.operator)) visible = true;
        if (inner.operator === 'Tm' && !point) point = [numbers(inner)[4], numbers(inner)[5]];
        if (inner.operator === 'BDC' || inner.operator === 'BMC' || inner.operator === 'EMC') markedInside = true;
        j++;
      }
      if (markedInside) {
        // Marked content inside the text object: wrap single text-showing operators instead.
        units.push(...textObjectUnits(ops.slice(i, j + 1), ctm));
      } else {
        const last = ops[Math.min(j, ops.length - 1)]!;
        units.push({ kind: 'object', first: op, last, visible, y: apply(ctm, point ?? [0, 0])[1] });
      }
      i = j;
    } else if (PATH_CONSTRUCTION.has(op.operator)) {
      let j = i;
      while (j < ops.length && PATH_CONSTRUCTION.has(ops[j]!.operator)) j++;
      const painter = ops[j];
      const last = painter && PATH_PAINTING.has(painter.operator) ? painter : ops[j - 1]!;
      const n = numbers(op);
      units.push({ kind: 'object', first: op, last, visible: last.operator !== 'n' && PATH_PAINTING.has(last.operator), y: apply(ctm, [n[0], n[1]])[1] });
      i = last === painter ? j : j - 1;
    } else if (op.operator === 'sh' || op.operator === 'Do' || op.operator === 'BI') {
      units.push({ kind: 'object', first: op, last: op, visible: true, y: apply(ctm, [0, 0])[1] });
    } else single('state');
    i++;
  }
  return units;
}

function textObjectUnits(ops: Operation[], ctm: Matrix): Unit[] {
  let point: [number, number] = [0, 0];
  return ops.map((op): Unit => {
    const unit = (kind: Unit['kind'], visible = false): Unit => ({ kind, first: op, last: op, visible, y: apply(ctm, point)[1] });
    if (op.operator === 'BT' || op.operator === 'ET') return unit('boundary');
    if (op.operator === 'BDC' || op.operator === 'BMC') return unit('mark-begin');
    if (op.operator === 'EMC') return unit('mark-end');
    if (op.operator === 'Tm') point = [numbers(op)[4], numbers(op)[5]];
    return unit(TEXT_SHOWING.has(op.operator) ? 'object' : 'state', TEXT_SHOWING.has(op.operator));
  });
}

function numbers(op: Operation): Matrix {
  return numericOperands(op, 6) as Matrix;
}

/** m × n for PDF row-vector matrices ([a b c d e f]). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, [x, y]: [number, number]): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
