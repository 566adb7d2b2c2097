/**
 * Live-number references: `表三 一 总计`, `表三 （三）1 自然人`, `表三 （三） 总计` (a group),
 * `表三 （一）+（二） 总计`, `表四 行政复议 总计`, `表二 行政规范性文件 现行有效件数`.
 * Words are separated by spaces; labels are matched after the same normalisation as table labels,
 * and may be given in full, without their ordinal, or by their ordinal alone.
 */
import { TABLE2, TABLE3, TABLE4, type OfficialTableDef } from '../formats/index.js';
import { normalizeLabel } from '../reader/normalize.js';

export interface CellsReference {
  table: OfficialTableDef;
  /** Row ids whose cells are read (one for `num`; several for a group or a `+` list). */
  rows: string[];
  column: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const TABLES: Record<string, OfficialTableDef> = { 表二: TABLE2, 表三: TABLE3, 表四: TABLE4 };

const ORDINAL_PREFIX = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+\.)/;

/** Every key a row answers to: full label, label without ordinal, ordinal alone, with its group's ordinal. */
function rowKeys(def: OfficialTableDef, rowId: string): string[] {
  const row = def.rows.find((r) => r.id === rowId)!;
  const label = normalizeLabel(row.label);
  const ordinal = label.match(ORDINAL_PREFIX)?.[0] ?? '';
  const bare = label.slice(ordinal.length);
  const keys = [label, bare, ordinal, ordinal.replace(/、$/, '')];
  const group = def.rowGroups.find((g) => g.id === row.group && g.parent);
  if (group) {
    const groupLabel = normalizeLabel(group.label);
    const groupOrdinal = groupLabel.match(ORDINAL_PREFIX)?.[0] ?? '';
    keys.push(groupLabel + label, groupOrdinal + label, groupOrdinal + ordinal, groupOrdinal + ordinal.replace(/\.$/, ''));
  }
  // A leaf's bare ordinal (`1.`) is ambiguous across groups: only the group-qualified forms count.
  return keys.filter((k) => k !== '' && !(group && /^\d+\.?$/.test(k)));
}

/** Row ids of a group (`（三）`, `不予公开`, `三、本年度办理结果`), leaves only, totals excluded. */
function groupRows(def: OfficialTableDef, key: string): string[] | null {
  const group = def.rowGroups.find((g) => {
    const label = normalizeLabel(g.label);
    const ordinal = label.match(ORDINAL_PREFIX)?.[0] ?? '';
    return [label, label.slice(ordinal.length), ordinal, ordinal.replace(/、$/, '')].includes(key);
  });
  if (!group) return null;
  const inGroup = (groupId: string | undefined): boolean => {
    if (!groupId) return false;
    if (groupId === group.id) return true;
    return inGroup(def.rowGroups.find((g) => g.id === groupId)?.parent);
  };
  return def.rows.filter((r) => inGroup(r.group) && r.id !== 'r7').map((r) => r.id);
}

function findRows(def: OfficialTableDef, typed: string, allowGroups: boolean): Parsed<string[]> {
  const key = normalizeLabel(typed);
  const hits = def.rows.filter((r) => rowKeys(def, r.id).includes(key)).map((r) => r.id);
  // Rows of both format versions may answer (2019's single （六）其他处理 row, 2021's （六） group):
  // the model has only one of them, and rows absent from the model are skipped when reading values.
  const group = allowGroups ? (groupRows(def, key) ?? []) : [];
  const rows = [...new Set([...hits, ...group])];
  if (rows.length > 0 && (hits.length <= 1 || group.length > 0)) return { ok: true, value: rows };
  if (hits.length > 1) return { ok: false, problem: `「${typed}」可指多行（${hits.map((id) => def.rows.find((r) => r.id === id)!.label).join('、')}），请写完整` };
  return { ok: false, problem: `${def.name}中没有「${typed}」这一行` };
}

function findColumn(def: OfficialTableDef, words: string[]): Parsed<string> {
  const key = normalizeLabel(words.join(''));
  const matches = def.columns.filter((c) => {
    const own = [c.label, ...(c.aliases ?? [])].map(normalizeLabel);
    if (own.includes(key)) return def.id !== 'table4';
    // 表四's leaves repeat under each group: the group (or its short form) must come first.
    const group = def.columnGroups.find((g) => g.id === c.group);
    const parent = def.columnGroups.find((g) => g.id === group?.parent);
    const prefixes = [group?.label, parent && group ? parent.label + group.label : undefined, group?.label.replace(/^行政/, '')].filter(Boolean) as string[];
    return prefixes.some((p) => own.some((o) => normalizeLabel(p) + o === key));
  });
  if (matches.length === 1) return { ok: true, value: matches[0]!.id };
  return { ok: false, problem: `${def.name}中没有「${words.join(' ')}」这一列` };
}

/**
 * Parse `表三 <row> <column>`. 表四 has a single data row, so its reference is `表四 <group> <leaf>`.
 * With `allowGroups`, the row may name a group or be a `+` list.
 */
export function parseReference(text: string, allowGroups: boolean): Parsed<CellsReference> {
  const words = text.trim().split(/[\s\u3000]+/u).filter(Boolean);
  const table = TABLES[normalizeLabel(words[0] ?? '')];
  if (!table) return { ok: false, problem: `引用应以「表二」「表三」或「表四」开头，例如 :num[表三 一 总计]` };
  if (table.id === 'table4') {
    const column = findColumn(table, words.slice(1));
    return column.ok ? { ok: true, value: { table, rows: ['cases'], column: column.value } } : column;
  }
  if (words.length < 3) return { ok: false, problem: `引用应写明表、行和列，例如 :num[${table.name} 一 总计]` };
  const column = findColumn(table, words.slice(-1));
  if (!column.ok) return column;
  const rowText = words.slice(1, -1).join('');
  const parts = allowGroups ? rowText.split('+').filter(Boolean) : [rowText];
  const rows: string[] = [];
  for (const part of parts) {
    const found = findRows(table, part, allowGroups);
    if (!found.ok) return found;
    rows.push(...found.value);
  }
  return { ok: true, value: { table, rows: [...new Set(rows)], column: column.value } };
}
