/** Accumulates one ModelTable: rows, columns, unmatched labels and version evidence. */
import type { FormatVersion } from '../formats/types.js';
import type { LabelMatch, ModelCell, ModelColumn, ModelRow, ModelTable, Position, UnmatchedLabel } from '../model/types.js';

export class TableBuilder {
  readonly rows: ModelRow[] = [];
  readonly columns: ModelColumn[] = [];
  readonly unmatched: UnmatchedLabel[] = [];
  private readonly evidence: Partial<Record<FormatVersion, LabelMatch>> = {};

  constructor(
    readonly id: ModelTable['id'],
    readonly position: Position,
  ) {}

  /** Labels that exist in one version only are evidence of that version. */
  note(versions: readonly FormatVersion[], label: LabelMatch): void {
    const only = versions.length === 1 ? versions[0] : undefined;
    if (only && !this.evidence[only]) this.evidence[only] = label;
  }

  hasColumn(columnId: string): boolean {
    return this.columns.some((c) => c.columnId === columnId);
  }

  addColumn(columnId: string, label: LabelMatch, versions: readonly FormatVersion[]): void {
    if (!this.hasColumn(columnId)) this.columns.push({ columnId, label, versions: [...versions] });
    this.note(versions, label);
  }

  findRow(rowId: string): ModelRow | undefined {
    return this.rows.find((r) => r.rowId === rowId);
  }

  addRow(rowId: string, label: LabelMatch, versions: readonly FormatVersion[], cells: Record<string, ModelCell>, position: Position): void {
    this.rows.push({ rowId, label, cells, versions: [...versions], position });
    this.note(versions, label);
  }

  addUnmatched(kind: UnmatchedLabel['kind'], typed: string, closest: string | null, position: Position): void {
    this.unmatched.push({ kind, typed, closest, position });
  }

  finish(): ModelTable {
    const has2019 = Boolean(this.evidence['2019']);
    const has2021 = Boolean(this.evidence['2021']);
    const version = has2019 && has2021 ? 'mixed' : has2019 ? '2019' : has2021 ? '2021' : null;
    return {
      id: this.id,
      version,
      rows: this.rows,
      columns: this.columns,
      unmatched: this.unmatched,
      position: this.position,
      versionEvidence: { ...this.evidence },
    };
  }
}

export function labelMatch(typed: string, official: string, quality: LabelMatch['quality'], position: Position): LabelMatch {
  return { typed, official, quality, position };
}

/**
 * Typo policy (shared by all tables): a label that matches nothing exactly, after normalisation or
 * as an alias, is always reported in `unmatched` with its closest official label. When that label
 * is within 2 edits (and the key is long enough for 2 edits to be a typo, not a different word), the
 * values are still read under it, with LabelMatch quality 'normalized', so that the data is not lost;
 * the `unmatched` entry is what tells the rules it was a typo.
 */
export const TYPO_MAX_DISTANCE = 2;
export function typoAcceptable(distance: number, keyLength: number): boolean {
  return distance <= TYPO_MAX_DISTANCE && keyLength >= 4 && distance * 3 <= keyLength;
}
