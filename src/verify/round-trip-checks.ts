/** The round-trip checks as data, and helpers to report against them. */
import type { Message, VerifyItem } from './types.js';

export const ROUND_TRIP_CHECKS = [
  { id: 'rt-headings', requirement: { zh: '标题的文字、层级和顺序与网页一致', en: 'headings match the HTML (text, level, order)' } },
  { id: 'rt-tables', requirement: { zh: '表格单元格按网格顺序与网页一致', en: 'table cells match the HTML in grid order' } },
  { id: 'rt-headers', requirement: { zh: '数据单元格的表头与网页一致', en: 'each data cell has the headers the HTML assigns' } },
  { id: 'rt-outline', requirement: { zh: '书签标题与网页标题一致', en: 'outline titles are the heading texts' } },
  { id: 'rt-characters', requirement: { zh: '提取的文字中没有康熙部首和 U+FFFD', en: 'no Kangxi radicals and no U+FFFD in the extracted text' } },
] as const;

export type RoundTripCheckId = (typeof ROUND_TRIP_CHECKS)[number]['id'];

export function rtFail(id: RoundTripCheckId, message: Message, detail?: string): VerifyItem {
  const item: VerifyItem = { checkpoint: `round-trip:${id.slice(3)}`, check: id, status: 'fail', message };
  return detail === undefined ? item : { ...item, detail };
}

export function rtOutcome(id: RoundTripCheckId, failures: VerifyItem[]): VerifyItem[] {
  if (failures.length > 0) return failures;
  const requirement = ROUND_TRIP_CHECKS.find((c) => c.id === id)!.requirement;
  return [{ checkpoint: `round-trip:${id.slice(3)}`, check: id, status: 'pass', message: requirement }];
}
