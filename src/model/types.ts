/** The report model: what the reader makes of a Markdown report, with source positions for every finding. */
import type { FormatVersion } from '../formats/types.js';

/** 1-based line and column, end exclusive (as in unist). */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Located<T> {
  value: T;
  position: Position;
}

export interface DateValue {
  year: number;
  month: number;
  day: number;
}

export type CellState = 'blank' | 'number' | 'invalid';

export interface ModelCell {
  /** Text as typed, trimmed (U+3000 and other spaces removed at both ends). */
  raw: string;
  state: CellState;
  /** Numeric value as typed (in the cell's own unit when one is typed). Null when blank or invalid. */
  value: number | null;
  /** Unit typed in the cell (`万元`, `元`, `件`), or null. */
  unit: string | null;
  /** Digits after the decimal point. */
  decimals: number;
  position: Position;
}

/** How a typed label relates to the official text. */
export interface LabelMatch {
  typed: string;
  /** The official text it was matched to. */
  official: string;
  /** 'exact': identical; 'normalized': equal after normalising (warn); 'alias': a known variant (warn). */
  quality: 'exact' | 'normalized' | 'alias';
  position: Position;
}

export interface ModelRow {
  /** Official row id (formats/table*.ts). */
  rowId: string;
  label: LabelMatch;
  /** Cells by official column id. A column absent from the source table has no key. */
  cells: Record<string, ModelCell>;
  /** Which format versions contain this row. */
  versions: FormatVersion[];
  position: Position;
}

export interface ModelColumn {
  columnId: string;
  label: LabelMatch;
  versions: FormatVersion[];
}

/** A row or column header that matches no official label. */
export interface UnmatchedLabel {
  kind: 'row' | 'column' | 'block';
  typed: string;
  /** Closest official label, if any is reasonably close. */
  closest: string | null;
  position: Position;
}

export interface ModelTable {
  id: 'table2' | 'table3' | 'table4';
  /** The version its labels say; 'mixed' when rows/columns of both versions occur. */
  version: FormatVersion | 'mixed' | null;
  /** Rows in source order. 表二 rows from several Markdown tables are merged here. */
  rows: ModelRow[];
  columns: ModelColumn[];
  unmatched: UnmatchedLabel[];
  /** Position of the (first) Markdown table. */
  position: Position;
  /** For version findings: the label that shows each version, first seen. */
  versionEvidence: Partial<Record<FormatVersion, LabelMatch>>;
}

export type SectionMatch = 'exact' | 'normalized' | 'variant' | 'near';

export interface ModelSection {
  /** 1..6 */
  number: number;
  typed: string;
  official: string;
  match: SectionMatch;
  /** Markdown heading depth, or 0 when the heading is a plain paragraph line. */
  depth: number;
  position: Position;
}

/** A heading-like line that is not one of the six sections (kept for diagnostics). */
export interface ModelHeading {
  text: string;
  depth: number;
  position: Position;
}

export interface PeriodStatement {
  text: string;
  start: DateValue | null;
  end: DateValue | null;
  position: Position;
}

export type AgencyKind = 'department' | 'government';

export interface ReportModel {
  /** Front matter as parsed (YAML), empty when none. */
  frontMatter: Record<string, unknown>;
  title: Located<string> | null;
  agency: Located<string> | null;
  year: Located<number> | null;
  /** From front matter `kind`, else inferred from the agency name, else 'department'. */
  agencyKind: AgencyKind;
  agencyKindSource: 'front-matter' | 'agency-name' | 'default';
  sections: ModelSection[];
  headings: ModelHeading[];
  table2: ModelTable | null;
  table3: ModelTable | null;
  table4: ModelTable | null;
  /** Markdown tables that are none of the official tables. */
  otherTables: Position[];
  signOff: {
    agency: Located<string> | null;
    date: Located<DateValue> | null;
  };
  /** Publication date from the front matter (`date:`), if any. */
  publicationDate: Located<DateValue> | null;
  periodStatements: PeriodStatement[];
  /** Rule ids disabled by `<!-- nianbao-disable … -->` comments, with the range they cover. */
  suppressions: Suppression[];
  /**
   * The prose outside the tables: every paragraph, heading and list-item paragraph in source order, with
   * the section it sits in and a map from its text back to the source (see ProseParagraph). Filled by
   * src/reader/prose.ts; the prose rules (src/rules/prose-*.ts) read claims about the tables from it.
   */
  prose: ProseParagraph[];
  /** Live numbers in the prose (`:num[…]`, `:sum[…]`, `:pct[…]`), set by remark-nianbao-live-numbers. */
  liveNumbers?: LiveNumber[];
}

/**
 * One block of prose: a paragraph, a heading, or a paragraph inside a list item or block quote. Table
 * cells and HTML blocks are not prose.
 *
 * `text` is the visible text: inline markup (emphasis, links) removed, hard breaks and soft line breaks
 * as `\n`, inline HTML dropped, and each live number (`:num[…]`) replaced by one U+FFFC character (its
 * value comes from the tables, so it can never contradict them). `runs` map character offsets in `text`
 * back to the source: each run is a stretch of `text` typed verbatim on one source line (escapes, entity
 * references and continuation indents end a run). Use `proseOffsetPosition` (src/prose/position.ts) to
 * turn an offset range into a Position.
 */
export interface ProseParagraph {
  kind: 'paragraph' | 'heading' | 'listItem';
  text: string;
  /** Section number 1–6 of the last section heading at or before the block; 0 before the first one. */
  section: number;
  position: Position;
  runs: ProseRun[];
}

/** `text.slice(offset, offset + length)` is typed verbatim at `line`:`column` onward. */
export interface ProseRun {
  offset: number;
  length: number;
  line: number;
  column: number;
}

/** A table value or derived figure written into the prose by reference, so prose and tables cannot drift. */
export interface LiveNumber {
  kind: 'num' | 'sum' | 'pct';
  /** The reference as typed: `表三 一 总计`. */
  reference: string;
  /** The text that replaces it, or null when it could not be resolved. */
  text: string | null;
  /** Why it could not be resolved (Chinese), or null. */
  problem: string | null;
  position: Position;
}

export interface Suppression {
  /** Rule ids; empty means all rules. */
  ruleIds: string[];
  /** First and last line covered (inclusive). */
  fromLine: number;
  toLine: number;
}
