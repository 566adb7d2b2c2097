import type { ColumnDef, FormatVersion, OfficialTableDef } from './types.js';

/** 表四 政府信息公开行政复议、行政诉讼情况 (FORMAT.md §4), identical in both versions. */
const BOTH: FormatVersion[] = ['2019', '2021'];
const OUTCOMES = [
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['pending', '尚未审结'],
  ['total', '总计'],
] as const;
const GROUPS = [
  ['review', '行政复议'],
  ['direct', '未经复议直接起诉'],
  ['afterReview', '复议后起诉'],
] as const;

const columns: ColumnDef[] = GROUPS.flatMap(([group]) =>
  OUTCOMES.map(([outcome, label]) => ({
    id: `${group}.${outcome}`,
    label,
    kind: 'count' as const,
    group,
    versions: BOTH,
  })),
);

export const TABLE4: OfficialTableDef = {
  id: 'table4',
  name: '表四',
  caption: '政府信息公开行政复议、行政诉讼情况',
  columns,
  columnGroups: [
    { id: 'review', label: '行政复议' },
    { id: 'litigation', label: '行政诉讼' },
    { id: 'direct', label: '未经复议直接起诉', parent: 'litigation' },
    { id: 'afterReview', label: '复议后起诉', parent: 'litigation' },
  ],
  rows: [{ id: 'cases', label: '数量', versions: BOTH }],
  rowGroups: [],
  identities: GROUPS.map(([group, name]) => ({
    id: 'table4-group-total',
    axis: 'row' as const,
    left: [`${group}.total`],
    right: [`${group}.upheld`, `${group}.corrected`, `${group}.other`, `${group}.pending`],
    name: `${name}：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`,
    versions: BOTH,
  })),
};
