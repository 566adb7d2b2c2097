/** 表三 row labels: one to three label cells, groups inherited from rows above (FORMAT.md §3, §7). */
import { TABLE3 } from '../formats/index.js';
import type { RowDef } from '../formats/types.js';
import { closestLabel, matchKey, normalizeLabel, stripPrefix, type LabelCandidate } from './normalize.js';
import { typoAcceptable } from './table-builder.js';
import type { GridCell } from './grid.js';

const RESULTS = TABLE3.rowGroups.find((g) => g.id === 'results');
const RESULTS_PREFIXES = RESULTS ? [RESULTS.label, RESULTS.label.replace(/^[一二三四五六七八九十]+、/, '')] : [];
const SUB_GROUPS = TABLE3.rowGroups.filter((g) => g.parent === 'results');
const ORDINAL = /^\(([一二三四五六七八九十])\)/;

/** Rows that are not leaves of a sub-group: 一、二、（一）（二）（六 2019）（七）四. */
const TOP_ROWS: RowDef[] = TABLE3.rows.filter((r) => !SUB_GROUPS.some((g) => g.id === r.group));
const ALL_ROWS: LabelCandidate[] = TABLE3.rows;
const GROUP_CANDIDATES: LabelCandidate[] = [
  ...(RESULTS ? [{ id: RESULTS.id, label: RESULTS.label }] : []),
  ...SUB_GROUPS.map((g) => ({ id: g.id, label: g.label })),
];

export interface RowContext {
  group: string | null;
}

export interface RowResolution {
  row: RowDef | null;
  /** The cell that carries the row's own label (for LabelMatch). */
  cell: GridCell | null;
  alias: boolean;
  /** A group label or result prefix was stripped from the label cell. */
  prefixed: boolean;
  /** Label texts that matched nothing, with their closest official label. */
  unmatched: { cell: GridCell; closest: string | null }[];
  /** Set when a typo was accepted: the row is read under `row`, but reported too. */
  typo: boolean;
}

function groupOf(key: string): { id: string; rest: string } | null {
  for (const g of SUB_GROUPS) {
    const bare = g.label.replace(ORDINAL, '').replace(/^（[一二三四五六七八九十]）/, '');
    const rest = stripPrefix(key, [g.label, bare]);
    if (rest !== null) return { id: g.id, rest };
  }
  // `（三）1.属于国家秘密` with the group name left out.
  const m = ORDINAL.exec(key);
  if (m && (key === m[0] || /^\d/.test(key.slice(m[0].length)))) {
    const g = SUB_GROUPS.find((x) => normalizeLabel(x.label).startsWith(m[0]));
    if (g) return { id: g.id, rest: normalizeLabel(key.slice(m[0].length)) };
  }
  return null;
}

const leafNumber = (label: string): string | null => /^(\d{1,2})\./.exec(normalizeLabel(label))?.[1] ?? null;
const withoutNumber = (label: string): string => normalizeLabel(label).replace(/^\d{1,2}\./, '');

/** Find the leaf under `group` for a rest key: the full label, the number alone, or the text without number. */
function leafIn(group: string, rest: string): { row: RowDef; alias: boolean; normalized: boolean } | null {
  const leaves = TABLE3.rows.filter((r) => r.group === group);
  const hit = matchKey(rest, leaves);
  if (hit) return { row: leaves.find((r) => r.id === hit.id)!, alias: hit.alias, normalized: false };
  const num = /^(\d{1,2})\.?$/.exec(rest)?.[1];
  const byNumber = num ? leaves.find((r) => leafNumber(r.label) === num) : undefined;
  if (byNumber) return { row: byNumber, alias: false, normalized: true };
  const byText = leaves.find((r) => withoutNumber(r.label) === rest);
  return byText ? { row: byText, alias: false, normalized: true } : null;
}

/** Resolve the label cells of one row. Updates `ctx.group`. */
export function resolveRow(labelCells: GridCell[], ctx: RowContext): RowResolution {
  const res: RowResolution = { row: null, cell: null, alias: false, prefixed: false, unmatched: [], typo: false };
  const cells = labelCells.filter((c) => c.key !== '');
  let group: string | null = null;
  let explicitGroup = false;
  let rowText: { cell: GridCell; key: string } | null = null;
  for (const cell of cells) {
    let key = cell.key;
    const afterResults = stripPrefix(key, RESULTS_PREFIXES);
    if (afterResults !== null) {
      group = null;
      explicitGroup = true;
      key = afterResults;
      if (!key) continue;
      res.prefixed = true;
    }
    // A whole top row (（六）其他处理 in 2019 is both a row and, in 2021, a group).
    const top = matchKey(key, TOP_ROWS);
    if (top) {
      // 2021: `（六）其他处理 | 1.…` is the group of the next cell; 2019: the row itself.
      if (top.id === 'r6') {
        group = 'r6';
        explicitGroup = true;
      }
      rowText = { cell, key };
      continue;
    }
    const g = groupOf(key);
    if (g) {
      group = g.id;
      explicitGroup = true;
      if (!g.rest) continue;
      key = g.rest;
      res.prefixed = true;
    }
    rowText = { cell, key };
  }
  // Earlier label cells that were not understood: a typo'd group (`三三、本年度办理结果`) or junk.
  for (const cell of cells) {
    if (cell === rowText?.cell) continue;
    if (stripPrefix(cell.key, RESULTS_PREFIXES) !== null || groupOf(cell.key) || matchKey(cell.key, TOP_ROWS)) continue;
    const near = closestLabel(cell.key, GROUP_CANDIDATES);
    res.unmatched.push({ cell, closest: near?.label ?? closestLabel(cell.key, ALL_ROWS)?.label ?? null });
    if (near && typoAcceptable(near.distance, cell.key.length) && near.id !== 'results') {
      group = near.id;
      explicitGroup = true;
    }
  }
  if (explicitGroup) ctx.group = group;
  if (!rowText) {
    // Only a group label: the 2019 single row （六）其他处理 is read by the caller via TOP_ROWS; others set context.
    return res;
  }
  res.cell = rowText.cell;
  const top = matchKey(rowText.key, TOP_ROWS);
  if (top) {
    res.row = TOP_ROWS.find((r) => r.id === top.id) ?? null;
    res.alias = top.alias;
    ctx.group = null;
    return res;
  }
  const scope = explicitGroup ? group : ctx.group;
  const inScope = scope ? leafIn(scope, rowText.key) : null;
  const anywhere = inScope ?? leafAnywhere(rowText.key);
  if (anywhere) {
    res.row = anywhere.row;
    res.alias = anywhere.alias;
    if (anywhere.normalized) res.prefixed = false;
    ctx.group = anywhere.row.group ?? null;
    return res;
  }
  const near = closestLabel(rowText.key, scope ? TABLE3.rows.filter((r) => r.group === scope || r.group === 'results' || !r.group) : ALL_ROWS);
  const nearGroup = closestLabel(rowText.key, GROUP_CANDIDATES);
  if (nearGroup && (!near || nearGroup.distance < near.distance)) {
    // A typo'd group label on a row of its own: report it, and still use it as context.
    res.unmatched.push({ cell: rowText.cell, closest: nearGroup.label });
    res.cell = null;
    if (typoAcceptable(nearGroup.distance, rowText.key.length)) ctx.group = nearGroup.id === 'results' ? null : nearGroup.id;
    return res;
  }
  res.unmatched.push({ cell: rowText.cell, closest: near?.label ?? null });
  if (near && typoAcceptable(near.distance, rowText.key.length)) {
    res.row = TABLE3.rows.find((r) => r.id === near.id) ?? null;
    res.typo = true;
    if (res.row?.group && res.row.group !== 'results') ctx.group = res.row.group;
  } else {
    res.cell = null;
  }
  return res;
}

/** A leaf typed without (or with a mismatching) group context: unique full labels only. */
function leafAnywhere(key: string): { row: RowDef; alias: boolean; normalized: boolean } | null {
  const hit = matchKey(key, TABLE3.rows);
  if (hit) return { row: TABLE3.rows.find((r) => r.id === hit.id)!, alias: hit.alias, normalized: false };
  const byText = TABLE3.rows.filter((r) => r.group !== 'results' && r.group && withoutNumber(r.label) === key);
  return byText.length === 1 && byText[0] ? { row: byText[0], alias: false, normalized: true } : null;
}

/** Whether a key is (or starts with) a 表三 row or group label: marks where the data rows begin. */
export function looksLikeRowLabel(key: string): boolean {
  return matchKey(key, ALL_ROWS) !== null || stripPrefix(key, RESULTS_PREFIXES) !== null || groupOf(key) !== null;
}
