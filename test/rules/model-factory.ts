/** Hand-built models for unit tests of rule helpers (end-to-end tests go through checkReport). */
import type { ModelCell, ModelRow, ModelTable, Position, ReportModel } from '../../src/model/types.js';
import { emptyModel as readerEmptyModel } from '../../src/reader/index.js';

export const pos = (line: number, column = 1, width = 1): Position => ({ line, column, endLine: line, endColumn: column + width });

export function cell(raw: string, line: number, column: number): ModelCell {
  const m = /^(-?\d+(?:\.(\d+))?)(万元|元)?$/.exec(raw);
  if (raw === '') return { raw, state: 'blank', value: null, unit: null, decimals: 0, position: pos(line, column) };
  if (!m) return { raw, state: 'invalid', value: null, unit: null, decimals: 0, position: pos(line, column) };
  return { raw, state: 'number', value: Number(m[1]), unit: m[3] ?? null, decimals: m[2]?.length ?? 0, position: pos(line, column, raw.length) };
}

/** A row whose cells are given as `{ columnId: raw }`, placed on `line`, columns 10, 20, 30… */
export function row(rowId: string, line: number, cells: Record<string, string>, versions: ModelRow['versions'] = ['2019', '2021']): ModelRow {
  const entries = Object.entries(cells).map(([id, raw], i) => [id, cell(raw, line, 10 * (i + 1))] as const);
  return {
    rowId,
    label: { typed: rowId, official: rowId, quality: 'exact', position: pos(line, 3) },
    cells: Object.fromEntries(entries),
    versions,
    position: { line, column: 1, endLine: line, endColumn: 200 },
  };
}

export function table(id: ModelTable['id'], rows: ModelRow[], columnIds: string[], version: ModelTable['version']): ModelTable {
  return {
    id,
    version,
    rows,
    columns: columnIds.map((columnId) => ({ columnId, label: { typed: columnId, official: columnId, quality: 'exact', position: pos(1) }, versions: ['2019', '2021'] })),
    unmatched: [],
    position: pos(rows[0]?.position.line ?? 1),
    versionEvidence: {},
  };
}

export function emptyModel(overrides: Partial<ReportModel> = {}): ReportModel {
  return { ...readerEmptyModel(), ...overrides };
}
