/** Types of the official-format declarations (FORMAT.md). Data only: read by the reader, the rules and the layout. */

export type FormatVersion = '2019' | '2021';
export const FORMAT_VERSIONS: readonly FormatVersion[] = ['2019', '2021'];

/**
 * How a cell's value is read and checked.
 * - count: non-negative integer (件)
 * - signed: integer that may be negative (本年增/减)
 * - amount-wan: decimal in 万元, unit given by the header; at most 2 decimals is plausible
 * - amount-unit: decimal whose unit must be typed in the cell (2019 采购总金额: `764.8万元`, `147230元`)
 */
export type CellKind = 'count' | 'signed' | 'amount-wan' | 'amount-unit';

export interface ColumnDef {
  /** Stable id, unique within its table. */
  id: string;
  /** Official leaf header text. */
  label: string;
  /** Other texts users type for this header (matched after normalisation). */
  aliases?: string[];
  kind: CellKind;
  /** Id of the header group this column sits under (a ColumnGroupDef id). */
  group?: string;
  versions: FormatVersion[];
}

export interface ColumnGroupDef {
  id: string;
  label: string;
  /** Parent group id, for three-level headers (表四 行政诉讼 › 复议后起诉). */
  parent?: string;
}

export interface RowGroupDef {
  id: string;
  label: string;
  /** Parent group id (表三 （三）不予公开 sits under 三、本年度办理结果). */
  parent?: string;
  versions: FormatVersion[];
}

export interface RowDef {
  id: string;
  /** Official label of the row's own cell (the leaf: `1.属于国家秘密`). */
  label: string;
  aliases?: string[];
  /** Row group id (a RowGroupDef id). */
  group?: string;
  versions: FormatVersion[];
}

/** `left` and `right` are ids; the identity says Σleft = Σright. */
export interface IdentityDef {
  id: string;
  /**
   * 'row': the ids are column ids and the identity holds within every row of `rows` (or all rows).
   * 'column': the ids are row ids and the identity holds within every column of `columns` (or all columns).
   */
  axis: 'row' | 'column';
  left: string[];
  right: string[];
  /** Chinese name of the identity, used in messages. */
  name: string;
  /** Restrict to these rows / columns (ids); default: all. */
  rows?: string[];
  columns?: string[];
  versions: FormatVersion[];
}

export interface OfficialTableDef {
  id: 'table2' | 'table3' | 'table4';
  /** 表二 / 表三 / 表四 */
  name: string;
  caption: string;
  columns: ColumnDef[];
  columnGroups: ColumnGroupDef[];
  rows: RowDef[];
  rowGroups: RowGroupDef[];
  identities: IdentityDef[];
  /** The header corner cell text (表三's 勾稽关系 note), if any. */
  corner?: string;
}

/** 表二 is a stack of blocks, one per 第二十条 item, each with its own rows and columns. */
export interface Table2BlockDef {
  id: string;
  /** Item number within 第二十条 (1, 5, 6, 8, 9). */
  item: number;
  /** Official block title: 第二十条第（一）项 */
  title: string;
  rows: string[];
  columns: string[];
  versions: FormatVersion[];
}

export interface Table2Def extends OfficialTableDef {
  id: 'table2';
  blocks: Table2BlockDef[];
}

export interface SectionDef {
  number: number;
  /** Official heading with its ordinal: `一、总体情况`. */
  title: string;
  /** Longer variants seen in real reports: accepted with a warning. */
  variants: string[];
}
