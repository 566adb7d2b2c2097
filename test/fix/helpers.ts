/** Shared helpers of the fix tests: fixtures, table-cell editing, cell snapshots, an in-memory CliIo. */
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIo } from '../../src/cli/io.js';
import type { ReportModel } from '../../src/model/types.js';

export const SEED_PATH = 'test/fixtures/beibei-2020-as-published.md';
export const fixture = (file: string) => readFileSync(file, 'utf8');
export const SEED = fixture(SEED_PATH);
export const CLEAN_2019 = fixture('test/fixtures/rules/clean-2019.md');
export const CLEAN_2021 = fixture('test/fixtures/rules/clean-2021.md');
export const BLANK_TOTALS_2021 = fixture('test/fixtures/fix/blank-totals-2021.md');

/** Replaces the content of cells (0-based, label columns included) in the first line containing `marker`. */
export function setCells(markdown: string, marker: string, cells: Record<number, string>): string {
  const lines = markdown.split('\n');
  const index = lines.findIndex((l) => l.includes(marker) && l.trimStart().startsWith('|'));
  if (index < 0) throw new Error(`no table line with ${marker}`);
  const parts = lines[index]!.split('|');
  for (const [cell, text] of Object.entries(cells)) parts[Number(cell) + 1] = ` ${text} `;
  lines[index] = parts.join('|');
  return lines.join('\n');
}

/** Every typed (non-blank) cell of the official tables: `table row column` → raw value read. */
export function typedCells(model: ReportModel): Map<string, { state: string; value: number | null }> {
  const out = new Map<string, { state: string; value: number | null }>();
  for (const table of [model.table2, model.table3, model.table4]) {
    for (const row of table?.rows ?? []) {
      for (const [columnId, cell] of Object.entries(row.cells)) {
        if (cell.state !== 'blank') out.set(`${table!.id} ${row.rowId} ${columnId}`, { state: cell.state, value: cell.value });
      }
    }
  }
  return out;
}

export function memoryIo(): CliIo & { out: () => string; err: () => string } {
  let stdout = '';
  let stderr = '';
  return {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    color: false,
    out: () => stdout,
    err: () => stderr,
  };
}

export async function tempReport(name: string, text: string | Uint8Array): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'nianbao-fix-'));
  const file = path.join(dir, name);
  await writeFile(file, text);
  return { dir, file };
}
