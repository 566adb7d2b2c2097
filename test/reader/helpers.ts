/** Test helpers: parse Markdown with the real processor and read the model. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { VFile } from 'vfile';
import { readReport } from '../../src/reader/index.js';
import type { ModelTable, ReportModel } from '../../src/model/types.js';

export function read(markdown: string): ReportModel {
  const file = new VFile({ value: markdown });
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
  const tree = processor.parse(file);
  return readReport(tree, file);
}

export function fixture(relative: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${relative}`, import.meta.url)), 'utf8');
}

export function readFixture(relative: string): ReportModel {
  return read(fixture(relative));
}

/** `{ rowId: { columnId: value } }` for compact assertions. */
export function values(table: ModelTable | null): Record<string, Record<string, number | null>> {
  const out: Record<string, Record<string, number | null>> = {};
  for (const row of table?.rows ?? []) {
    out[row.rowId] = Object.fromEntries(Object.entries(row.cells).map(([k, c]) => [k, c.value]));
  }
  return out;
}

export const rowIds = (table: ModelTable | null): string[] => (table?.rows ?? []).map((r) => r.rowId);
export const columnIds = (table: ModelTable | null): string[] => (table?.columns ?? []).map((c) => c.columnId);
