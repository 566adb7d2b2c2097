/** Calendar dates as the report writes them: comparison and Chinese formatting (GB/T 9704 style). */
import type { DateValue } from '../../model/types.js';

export function compareDates(a: DateValue, b: DateValue): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function formatDate(date: DateValue): string {
  return `${date.year}年${date.month}月${date.day}日`;
}

export function isValidDate(date: DateValue): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  const days = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  return date.day <= days;
}

export const date = (year: number, month: number, day: number): DateValue => ({ year, month, day });
