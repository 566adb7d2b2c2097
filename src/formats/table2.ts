import type { ColumnDef, RowDef, Table2Def } from './types.js';

/** 表二 主动公开政府信息情况 (FORMAT.md §2). Column and row ids are unique across blocks. */
const columns: ColumnDef[] = [
  // 第（一）项, 2019
  { id: 'made', label: '本年新制作数量', kind: 'count', versions: ['2019'] },
  { id: 'published', label: '本年新公开数量', kind: 'count', versions: ['2019'] },
  { id: 'totalPublic', label: '对外公开总数量', kind: 'count', versions: ['2019'] },
  // 第（一）项, 2021
  { id: 'issued', label: '本年制发件数', kind: 'count', versions: ['2021'] },
  { id: 'repealed', label: '本年废止件数', kind: 'count', versions: ['2021'] },
  { id: 'inForce', label: '现行有效件数', kind: 'count', versions: ['2021'] },
  // 第（五）（六）（八）项, 2019
  { id: 'previous', label: '上一年项目数量', kind: 'count', versions: ['2019'] },
  { id: 'change', label: '本年增/减', aliases: ['本年增减', '本年增（减）'], kind: 'signed', versions: ['2019'] },
  { id: 'decisions2019', label: '处理决定数量', kind: 'count', versions: ['2019'] },
  // 第（五）（六）项, 2021
  { id: 'decisions', label: '本年处理决定数量', kind: 'count', versions: ['2021'] },
  // 第（八）项, 2021
  {
    id: 'feeAmount',
    label: '本年收费金额（单位：万元）',
    aliases: ['本年收费金额（万元）', '本年收费金额'],
    kind: 'amount-wan',
    versions: ['2021'],
  },
  // 第（九）项, 2019 only
  { id: 'projects', label: '采购项目数量', kind: 'count', versions: ['2019'] },
  { id: 'amount', label: '采购总金额', kind: 'amount-unit', versions: ['2019'] },
];

const rows: RowDef[] = [
  { id: 'regulations', label: '规章', group: 'item1', versions: ['2019', '2021'] },
  { id: 'normativeDocs2019', label: '规范性文件', group: 'item1', versions: ['2019'] },
  { id: 'normativeDocs', label: '行政规范性文件', group: 'item1', versions: ['2021'] },
  { id: 'licensing', label: '行政许可', group: 'item5', versions: ['2019', '2021'] },
  { id: 'otherServices', label: '其他对外管理服务事项', group: 'item5', versions: ['2019'] },
  { id: 'penalty', label: '行政处罚', group: 'item6', versions: ['2019', '2021'] },
  { id: 'enforcement', label: '行政强制', group: 'item6', versions: ['2019', '2021'] },
  { id: 'fees', label: '行政事业性收费', group: 'item8', versions: ['2019', '2021'] },
  { id: 'procurement', label: '政府集中采购', group: 'item9', versions: ['2019'] },
];

export const TABLE2: Table2Def = {
  id: 'table2',
  name: '表二',
  caption: '主动公开政府信息情况',
  columns,
  columnGroups: [],
  rows,
  rowGroups: [
    { id: 'item1', label: '第二十条第（一）项', versions: ['2019', '2021'] },
    { id: 'item5', label: '第二十条第（五）项', versions: ['2019', '2021'] },
    { id: 'item6', label: '第二十条第（六）项', versions: ['2019', '2021'] },
    { id: 'item8', label: '第二十条第（八）项', versions: ['2019', '2021'] },
    { id: 'item9', label: '第二十条第（九）项', versions: ['2019'] },
  ],
  identities: [],
  blocks: [
    { id: 'item1', item: 1, title: '第二十条第（一）项', rows: ['regulations', 'normativeDocs2019'], columns: ['made', 'published', 'totalPublic'], versions: ['2019'] },
    { id: 'item1', item: 1, title: '第二十条第（一）项', rows: ['regulations', 'normativeDocs'], columns: ['issued', 'repealed', 'inForce'], versions: ['2021'] },
    { id: 'item5', item: 5, title: '第二十条第（五）项', rows: ['licensing', 'otherServices'], columns: ['previous', 'change', 'decisions2019'], versions: ['2019'] },
    { id: 'item5', item: 5, title: '第二十条第（五）项', rows: ['licensing'], columns: ['decisions'], versions: ['2021'] },
    { id: 'item6', item: 6, title: '第二十条第（六）项', rows: ['penalty', 'enforcement'], columns: ['previous', 'change', 'decisions2019'], versions: ['2019'] },
    { id: 'item6', item: 6, title: '第二十条第（六）项', rows: ['penalty', 'enforcement'], columns: ['decisions'], versions: ['2021'] },
    { id: 'item8', item: 8, title: '第二十条第（八）项', rows: ['fees'], columns: ['previous', 'change'], versions: ['2019'] },
    { id: 'item8', item: 8, title: '第二十条第（八）项', rows: ['fees'], columns: ['feeAmount'], versions: ['2021'] },
    { id: 'item9', item: 9, title: '第二十条第（九）项', rows: ['procurement'], columns: ['projects', 'amount'], versions: ['2019'] },
  ],
};

/** Header of the first column in every 表二 block. */
export const TABLE2_ROW_HEADER = '信息内容';
