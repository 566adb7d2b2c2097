/**
 * The golden structure snapshot: `pdfinfo -struct-text` of a built PDF, normalised, compared
 * with a checked-in file. Run with `UPDATE_GOLDEN=1` to rewrite the file after a deliberate
 * change (a new Chromium, a layout change), then review the diff in git before committing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { run } from './helpers.js';

/**
 * Object numbers of OBJR kids (`Object 33 0`) are pdf-lib's numbering, not structure: they
 * shift when anything adds an object, so they are blanked. Nothing else is machine-dependent
 * (structure IDs are renumbered by the post-processor; dates do not appear).
 */
export function normaliseStructText(text: string): string {
  return text.replace(/^(\s*)Object \d+ \d+$/gm, '$1Object').replace(/\s+$/, '') + '\n';
}

export function structText(pdfPath: string): string {
  return normaliseStructText(run('pdfinfo', ['-struct-text', pdfPath]));
}

/** A short line diff: the first differing lines with a little context, `-` golden, `+` actual. */
export function lineDiff(expected: string, actual: string, maxLines = 40): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out = [`@@ line ${start + 1}: ${endA - start} golden line(s) → ${endB - start} actual line(s) @@`];
  for (let i = Math.max(0, start - 3); i < start; i++) out.push(`  ${a[i]}`);
  for (const line of a.slice(start, endA).slice(0, maxLines)) out.push(`- ${line}`);
  for (const line of b.slice(start, endB).slice(0, maxLines)) out.push(`+ ${line}`);
  return out.join('\n');
}

/** Compares with the golden file (or rewrites it under UPDATE_GOLDEN=1); returns null or a diff. */
export async function compareGolden(goldenPath: string, actual: string): Promise<string | null> {
  if (process.env.UPDATE_GOLDEN === '1') {
    await writeFile(goldenPath, actual);
    return null;
  }
  const expected = await readFile(goldenPath, 'utf8').catch(() => '');
  if (expected === actual) return null;
  return (
    `${goldenPath} differs from the structure tree of the PDF just built ` +
    `(Chromium's tagging, the layout or the post-processing changed). If the change is intended, ` +
    `run UPDATE_GOLDEN=1 npx vitest run test/build/pdf.test.ts and review the diff.\n${lineDiff(expected, actual)}`
  );
}
