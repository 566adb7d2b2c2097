/** Which official table a GFM table is, by its labels (never by its place in the report). */
import type { Table } from 'mdast';
import { TABLE2, TABLE2_ROW_HEADER, TABLE3, TABLE4 } from '../formats/index.js';
import { normalizeLabel } from './normalize.js';
import { tableGrid } from './grid.js';
import { itemOf } from './table2.js';

export type TableKind = 'table2' | 'table3' | 'table4' | 'other';

const keys = (labels: string[]): Set<string> => new Set(labels.map(normalizeLabel).filter(Boolean));

/** Labels that only one table has (总计, 其他 are shared and do not count). */
const T2_ROWS = keys(TABLE2.rows.map((r) => r.label));
/** Labels only 表二 has as headers: a table with 表二 row labels alone (行政许可 in a prose table) is not 表二. */
const T2_STRONG = keys([TABLE2_ROW_HEADER, ...TABLE2.columns.flatMap((c) => [c.label, ...(c.aliases ?? [])])]);
const T3 = keys([
  ...TABLE3.rows.map((r) => r.label),
  ...TABLE3.rowGroups.map((g) => g.label),
  ...TABLE3.columnGroups.map((g) => g.label),
  '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构',
]);
const T4 = keys(['结果维持', '结果纠正', '其他结果', '尚未审结', ...TABLE4.columnGroups.map((g) => g.label)]);

const T3_HINTS = ['本年新收政府信息公开申请', '本年度办理结果', '不予公开', '无法提供', '不予处理', '勾稽关系', '申请人情况', '结转下年度'];
const T4_HINTS = ['结果维持', '结果纠正', '尚未审结', '行政复议', '复议后起诉', '直接起诉'];

/** `titled`: a `第二十条第（N）项` line stands right before the table. */
export function classifyTable(table: Table, titled = false): TableKind {
  let strong2 = titled;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (const row of tableGrid(table)) {
    for (const cell of row.cells) {
      const k = cell.key;
      if (!k || k.length > 200) continue;
      if (T2_STRONG.has(k) || itemOf(k) !== null) {
        strong2 = true;
        s2 += 2;
      } else if (T2_ROWS.has(k)) s2 += 2;
      if (T3.has(k)) s3 += 2;
      else if (T3_HINTS.some((h) => k.includes(h))) s3 += 1;
      if (T4.has(k)) s4 += 2;
      else if (T4_HINTS.some((h) => k.includes(h))) s4 += 1;
    }
  }
  if (!strong2) s2 = 0;
  const best = Math.max(s2, s3, s4);
  if (best < 2) return 'other';
  if (best === s3) return 'table3';
  if (best === s4) return 'table4';
  return 'table2';
}
