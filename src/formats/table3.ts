import type { ColumnDef, FormatVersion, OfficialTableDef, RowDef } from './types.js';

/** 表三 收到和处理政府信息公开申请情况 (FORMAT.md §3). */
const BOTH: FormatVersion[] = ['2019', '2021'];

const columns: ColumnDef[] = [
  { id: 'natural', label: '自然人', kind: 'count', versions: BOTH },
  { id: 'business', label: '商业企业', kind: 'count', group: 'legalPerson', versions: BOTH },
  { id: 'research', label: '科研机构', kind: 'count', group: 'legalPerson', versions: BOTH },
  { id: 'charity', label: '社会公益组织', kind: 'count', group: 'legalPerson', versions: BOTH },
  { id: 'legal', label: '法律服务机构', kind: 'count', group: 'legalPerson', versions: BOTH },
  { id: 'other', label: '其他', kind: 'count', group: 'legalPerson', versions: BOTH },
  { id: 'total', label: '总计', aliases: ['合计'], kind: 'count', versions: BOTH },
];

const row = (id: string, label: string, group?: string, versions = BOTH, aliases?: string[]): RowDef =>
  ({ id, label, group, versions, ...(aliases ? { aliases } : {}) });

const rows: RowDef[] = [
  row('new', '一、本年新收政府信息公开申请数量'),
  row('carried', '二、上年结转政府信息公开申请数量'),
  row('r1', '（一）予以公开', 'results'),
  row('r2', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'results', BOTH, ['（二）部分公开']),
  row('r3.1', '1.属于国家秘密', 'r3'),
  row('r3.2', '2.其他法律行政法规禁止公开', 'r3'),
  row('r3.3', '3.危及“三安全一稳定”', 'r3'),
  row('r3.4', '4.保护第三方合法权益', 'r3'),
  row('r3.5', '5.属于三类内部事务信息', 'r3'),
  row('r3.6', '6.属于四类过程性信息', 'r3'),
  row('r3.7', '7.属于行政执法案卷', 'r3'),
  row('r3.8', '8.属于行政查询事项', 'r3'),
  row('r4.1', '1.本机关不掌握相关政府信息', 'r4'),
  row('r4.2', '2.没有现成信息需要另行制作', 'r4'),
  row('r4.3', '3.补正后申请内容仍不明确', 'r4'),
  row('r5.1', '1.信访举报投诉类申请', 'r5'),
  row('r5.2', '2.重复申请', 'r5'),
  row('r5.3', '3.要求提供公开出版物', 'r5'),
  row('r5.4', '4.无正当理由大量反复申请', 'r5'),
  row('r5.5', '5.要求行政机关确认或重新出具已获取信息', 'r5'),
  row('r6', '（六）其他处理', 'results', ['2019']),
  row('r6.1', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'r6', ['2021']),
  row('r6.2', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'r6', ['2021']),
  row('r6.3', '3.其他', 'r6', ['2021']),
  row('r7', '（七）总计', 'results'),
  row('carryOver', '四、结转下年度继续办理'),
];

const APPLICANTS = ['natural', 'business', 'research', 'charity', 'legal', 'other'];
const RESULT_ROWS_2019 = ['r1', 'r2', 'r3.1', 'r3.2', 'r3.3', 'r3.4', 'r3.5', 'r3.6', 'r3.7', 'r3.8', 'r4.1', 'r4.2', 'r4.3', 'r5.1', 'r5.2', 'r5.3', 'r5.4', 'r5.5', 'r6'];
const RESULT_ROWS_2021 = [...RESULT_ROWS_2019.slice(0, -1), 'r6.1', 'r6.2', 'r6.3'];

export const TABLE3: OfficialTableDef = {
  id: 'table3',
  name: '表三',
  caption: '收到和处理政府信息公开申请情况',
  corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  columns,
  columnGroups: [
    { id: 'applicants', label: '申请人情况' },
    { id: 'legalPerson', label: '法人或其他组织', parent: 'applicants' },
  ],
  rows,
  rowGroups: [
    { id: 'results', label: '三、本年度办理结果', versions: BOTH },
    { id: 'r3', label: '（三）不予公开', parent: 'results', versions: BOTH },
    { id: 'r4', label: '（四）无法提供', parent: 'results', versions: BOTH },
    { id: 'r5', label: '（五）不予处理', parent: 'results', versions: BOTH },
    { id: 'r6', label: '（六）其他处理', parent: 'results', versions: ['2021'] },
  ],
  identities: [
    { id: 'table3-row-total', axis: 'row', left: ['total'], right: APPLICANTS, name: '总计 = 各类申请人之和', versions: BOTH },
    { id: 'table3-result-total', axis: 'column', left: ['r7'], right: RESULT_ROWS_2019, name: '（七）总计 = （一）至（六）之和', versions: ['2019'] },
    { id: 'table3-result-total', axis: 'column', left: ['r7'], right: RESULT_ROWS_2021, name: '（七）总计 = （一）至（六）之和', versions: ['2021'] },
    { id: 'table3-balance', axis: 'column', left: ['new', 'carried'], right: ['r7', 'carryOver'], name: '勾稽关系：第一项加第二项之和，等于第三项加第四项之和', versions: BOTH },
  ],
};

export const TABLE3_RESULT_ROWS: Record<FormatVersion, readonly string[]> = {
  '2019': RESULT_ROWS_2019,
  '2021': RESULT_ROWS_2021,
};
