/**
 * Row labels and column headers that matched an official label only after normalising, or through an
 * alias, are rewritten to the official text: only the label text inside the cell, and for a label that
 * carries a group prefix (`（三）1、属于国家秘密`) only the part after the prefix, so the user's way
 * of typing the group stays. Labels read as a typo guess are never rewritten: they become refusals.
 */
import type { OfficialTableDef } from '../formats/index.js';
import type { LabelMatch, ModelTable, ReportModel, UnmatchedLabel } from '../model/types.js';
import { normalizeLabel, type LabelCandidate } from '../reader/normalize.js';
import { presentTables } from '../rules/shared/tables.js';
import { isUnmatched } from '../rules/shared/unmatched.js';
import { cellSource, type SourceText } from './source-text.js';
import type { FixPlan, Refusal, TextEdit } from './types.js';

const KIND_NAMES = { row: '行标签', column: '列标题', block: '栏目标题' } as const;

/** Same rule as table-label-variant: a label wrapped over lines (`商业<br>企业`) is not a wording difference. */
const onlyWrapped = (label: LabelMatch) => label.typed.replace(/\s+/gu, '') === label.official.replace(/\s+/gu, '');

export function labelEdits(source: SourceText, model: ReportModel): FixPlan {
  const plan: FixPlan = { edits: [], refusals: [] };
  for (const { table, def } of presentTables(model)) {
    const labels = [
      ...table.columns.map((c) => ({ label: c.label, kind: 'column' as const, official: def.columns.find((d) => d.id === c.columnId) })),
      ...table.rows.map((r) => ({ label: r.label, kind: 'row' as const, official: def.rows.find((d) => d.id === r.rowId) })),
    ];
    for (const { label, kind, official } of labels) {
      if (label.quality === 'exact' || onlyWrapped(label) || isUnmatched(table, label.position)) continue;
      const outcome = labelEdit(source, def, label, kind, official);
      if (outcome && 'start' in outcome) plan.edits.push(outcome);
      else if (outcome) plan.refusals.push(outcome);
    }
    plan.refusals.push(...table.unmatched.map((u) => unmatchedRefusal(def, table, u)));
  }
  return plan;
}

function labelEdit(
  source: SourceText,
  def: OfficialTableDef,
  label: LabelMatch,
  kind: 'row' | 'column',
  candidate: LabelCandidate | undefined,
): TextEdit | Refusal | null {
  const name = `${def.name}的${KIND_NAMES[kind]}「${label.typed}」`;
  const cs = cellSource(source, label.position);
  const at = cs ? source.text.slice(cs.innerStart, cs.innerEnd).indexOf(label.typed) : -1;
  if (!cs || at < 0 || label.typed === '') {
    return {
      message: `${name}含有换行、格式标记或转义字符：nianbao 未改动，规定格式为「${label.official}」，请手工修改`,
      position: label.position,
    };
  }
  const start = cs.innerStart + at;
  const part = replaceablePart(label.typed, label.official, candidate?.aliases ?? []);
  if (part === null) {
    return {
      message: `${name}与规定格式「${label.official}」的差别不只是写法（可能带有分组前缀，或用了其他说法）：nianbao 未改动，请手工核对`,
      position: label.position,
    };
  }
  if (label.typed.slice(part) === label.official) return null;
  const from = start + part;
  const to = start + label.typed.length;
  return {
    start: from,
    end: to,
    text: label.official,
    position: source.spanAt(from, to - from),
    description:
      part === 0
        ? `${name}改为规定格式「${label.official}」`
        : `${name}中的「${label.typed.slice(part)}」改为规定格式「${label.official}」（保留前面的分组写法）`,
  };
}

/**
 * Where the label proper starts in the typed text: the longest suffix that is the official label or an
 * alias after normalising (a group prefix before it is kept), else the whole text when it is the official
 * label without its number or only the number (`属于国家秘密`, `1、`). Null when neither is safe.
 */
export function replaceablePart(typed: string, official: string, aliases: readonly string[]): number | null {
  const keys = new Set([official, ...aliases].map(normalizeLabel));
  for (let i = 0; i < typed.length; i++) {
    if (/\s/u.test(typed[i]!)) continue;
    if (keys.has(normalizeLabel(typed.slice(i)))) return i;
  }
  const key = normalizeLabel(typed);
  const officialKey = normalizeLabel(official);
  const number = /^(\d{1,2})\.?$/u.exec(key)?.[1];
  if (number !== undefined && officialKey.startsWith(`${number}.`)) return 0;
  const withoutNumber = officialKey.replace(/^\d{1,2}\./u, '');
  if (withoutNumber !== officialKey && key === withoutNumber) return 0;
  return null;
}

function unmatchedRefusal(def: OfficialTableDef, table: ModelTable, u: UnmatchedLabel): Refusal {
  const kind = KIND_NAMES[u.kind];
  if (u.typed === '') {
    return { message: `${def.name}有一行数据没有行标签：nianbao 无法判断它是哪一行，请手工补上标签`, position: u.position };
  }
  if (u.closest && normalizeLabel(u.closest) === normalizeLabel(u.typed)) {
    return { message: `${def.name}的${kind}「${u.typed}」重复出现：nianbao 不会删除或合并，请手工处理`, position: u.position };
  }
  if (u.closest) {
    const read = table.rows.some((r) => r.label.position.line === u.position.line && r.label.position.column === u.position.column) ||
      table.columns.some((c) => c.label.position.line === u.position.line && c.label.position.column === u.position.column);
    return {
      message:
        `${def.name}的${kind}「${u.typed}」与规定格式不符，最接近的是「${u.closest}」` +
        `${read ? '（校验时已按此读取数据）' : ''}：nianbao 不会按猜测改写标签，请核对后手工修改`,
      position: u.position,
    };
  }
  return { message: `${def.name}的${kind}「${u.typed}」不是规定格式中的标签：nianbao 无法修正，请核对后手工修改`, position: u.position };
}
