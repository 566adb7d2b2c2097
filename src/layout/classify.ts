/**
 * Which Markdown tables (as hast `<table>` elements) are the official ones. The model records the
 * position of each official table and of every row it read; a Markdown table whose lines contain
 * one of them is that table. When a model has no usable positions (hand-made models), header
 * texts decide, as a fallback.
 */
import type { Element, ElementContent } from 'hast';
import { toString as hastText } from './hast-text.js';
import type { ModelTable, ReportModel } from '../model/types.js';

export type OfficialId = 'table2' | 'table3' | 'table4';

/** Lines the model attributes to one official table. */
function modelLines(table: ModelTable | null): number[] {
  if (!table) return [];
  const lines = [table.position?.line, ...table.rows.map((r) => r.position?.line)];
  return lines.filter((l): l is number => typeof l === 'number' && l > 0);
}

const TABLE2_ROWS = /规章|规范性文件|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购/;

/** Header-text fallback: the texts of the whole table. */
function guessByText(table: Element): OfficialId | null {
  const all = hastText(table).replace(/\s+/g, '');
  if (/第二十条第[（(]/.test(all) || (all.includes('信息内容') && TABLE2_ROWS.test(all))) return 'table2';
  if (all.includes('结果维持') && all.includes('尚未审结')) return 'table4';
  if (all.includes('自然人') && /本年度办理结果|予以公开/.test(all)) return 'table3';
  return null;
}

/** Map each official `<table>` element of the tree to its official table id. */
export function classifyTables(tables: Element[], model: ReportModel): Map<Element, OfficialId> {
  const result = new Map<Element, OfficialId>();
  const ids: OfficialId[] = ['table2', 'table3', 'table4'];
  for (const id of ids) {
    const lines = modelLines(model[id]);
    if (lines.length === 0) continue;
    for (const table of tables) {
      const start = table.position?.start.line;
      const end = table.position?.end.line;
      if (start === undefined || end === undefined || result.has(table)) continue;
      if (lines.some((l) => l >= start && l <= end)) result.set(table, id);
    }
  }
  // Fallback for models without positions: an official table the model has but no table matched.
  for (const id of ids) {
    if (!model[id] || [...result.values()].includes(id)) continue;
    for (const table of tables) {
      if (!result.has(table) && guessByText(table) === id) result.set(table, id);
    }
  }
  return result;
}

const BLOCK_TITLE = /^第二十条第[（(][一二三四五六七八九十]+[)）]项[:：]?$/;

/** A paragraph (or heading) that only holds a 表二 block title such as `**第二十条第（一）项**`. */
export function isBlockTitle(node: ElementContent): boolean {
  if (node.type !== 'element' || !['p', 'h3', 'h4', 'h5', 'h6'].includes(node.tagName)) return false;
  return BLOCK_TITLE.test(hastText(node).replace(/\s+/g, ''));
}
