/** A small line-based unified diff for `fix --dry-run` (hunks with 2 lines of context). */

type Op = { kind: ' ' | '-' | '+'; text: string };

const CONTEXT = 2;
/** Above this many line pairs the changed middle is shown as removed then added, without alignment. */
const MAX_TABLE = 4_000_000;

function lines(text: string): string[] {
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

/** Edit script of two line lists: common prefix and suffix, LCS in between. */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const ops: Op[] = a.slice(0, head).map((text) => ({ kind: ' ', text }));
  ops.push(...middle(midA, midB));
  ops.push(...a.slice(a.length - tail).map((text) => ({ kind: ' ' as const, text })));
  return ops;
}

function middle(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_TABLE || n === 0 || m === 0) {
    return [...a.map((text) => ({ kind: '-' as const, text })), ...b.map((text) => ({ kind: '+' as const, text }))];
  }
  // lcs[i][j]: LCS length of a[i..] and b[j..], in one flat array.
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i]! });
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i * w + j + 1]! >= lcs[(i + 1) * w + j]!)) {
      ops.push({ kind: '+', text: b[j]! });
      j++;
    } else {
      ops.push({ kind: '-', text: a[i]! });
      i++;
    }
  }
  // Show a changed line as its removal followed by its replacement.
  return groupChanges(ops);
}

/** Within each run of changes, removals first, then additions (as diff(1) prints them). */
function groupChanges(ops: Op[]): Op[] {
  const out: Op[] = [];
  let run: Op[] = [];
  const flush = () => {
    out.push(...run.filter((o) => o.kind === '-'), ...run.filter((o) => o.kind === '+'));
    run = [];
  };
  for (const op of ops) {
    if (op.kind === ' ') {
      flush();
      out.push(op);
    } else run.push(op);
  }
  flush();
  return out;
}

/** `--- name` / `+++ name` headers and `@@ -l,n +l,n @@` hunks; empty string when nothing changed. */
export function unifiedDiff(before: string, after: string, name: string): string {
  if (before === after) return '';
  const ops = diffLines(lines(before), lines(after));
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  if (changed.length === 0) return '';
  // Hunk ranges over op indices: changes closer than 2 × context share one hunk.
  const ranges: [number, number][] = [];
  for (const index of changed) {
    const from = Math.max(0, index - CONTEXT);
    const to = Math.min(ops.length - 1, index + CONTEXT);
    const last = ranges[ranges.length - 1];
    if (last && from <= last[1] + 1) last[1] = to;
    else ranges.push([from, to]);
  }
  // Line numbers before each op.
  const aLine: number[] = [];
  const bLine: number[] = [];
  let x = 1;
  let y = 1;
  for (const op of ops) {
    aLine.push(x);
    bLine.push(y);
    if (op.kind !== '+') x++;
    if (op.kind !== '-') y++;
  }
  const out = [`--- ${name}`, `+++ ${name}`];
  for (const [from, to] of ranges) {
    const slice = ops.slice(from, to + 1);
    const aCount = slice.filter((o) => o.kind !== '+').length;
    const bCount = slice.filter((o) => o.kind !== '-').length;
    const aStart = aCount === 0 ? aLine[from]! - 1 : aLine[from]!;
    const bStart = bCount === 0 ? bLine[from]! - 1 : bLine[from]!;
    out.push(`@@ -${aStart},${aCount} +${bStart},${bCount} @@`);
    for (const op of slice) out.push(`${op.kind}${op.text}`);
  }
  return out.join('\n') + '\n';
}
