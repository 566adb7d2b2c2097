/** Applies planned edits to the Markdown, from the end so earlier offsets stay valid. */
import type { TextEdit } from './types.js';

/** Whether two edits touch the same text (two insertions at one point count as overlapping too). */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  if (a.start === b.start) return true;
  return a.start < b.end && b.start < a.end;
}

/** Throws on overlapping or out-of-range edits: a plan that could garble the file is a bug, never applied. */
export function applyEdits(markdown: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < sorted.length; i++) {
    const edit = sorted[i]!;
    if (edit.start < 0 || edit.end < edit.start || edit.end > markdown.length) {
      throw new Error(`edit out of range: ${edit.start}-${edit.end}`);
    }
    const next = sorted[i + 1];
    if (next && editsOverlap(edit, next)) throw new Error(`overlapping edits at ${edit.start} and ${next.start}`);
  }
  let out = markdown;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const edit = sorted[i]!;
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}
