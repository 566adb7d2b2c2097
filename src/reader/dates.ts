/** Dates as typed in reports: `2021年1月25日`, `二〇二一年一月二十五日`, `2021-01-25`, `2021.1.25`. */
import type { DateValue } from '../model/types.js';

export const CN_NUMBERS: Record<string, number> = {
  〇: 0, 零: 0, Ｏ: 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

const CN_DIGIT = '〇零Ｏ一二三四五六七八九';
const CN_YEAR = new RegExp(`([${CN_DIGIT}O]{4})\\s*年\\s*([${CN_DIGIT}十]{1,3})\\s*月\\s*([${CN_DIGIT}十]{1,4})\\s*日`, 'g');
const ARABIC = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
const NUMERIC = /(?<!\d)(\d{4})([-./／])(\d{1,2})\2(\d{1,2})(?!\d)/g;
/** A month-day without a year: `12月31日` (the end of `2020年1月1日—12月31日`). */
const MONTH_DAY = /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;

/** `二十五` → 25, `十` → 10, `三十一` → 31, `一` → 1. */
export function cnNumber(s: string): number | null {
  if (!s) return null;
  const i = s.indexOf('十');
  if (i < 0) {
    let n = 0;
    for (const ch of s) {
      const d = CN_NUMBERS[ch];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    return n;
  }
  const tens = i === 0 ? 1 : CN_NUMBERS[s.slice(0, i)];
  const ones = i === s.length - 1 ? 0 : CN_NUMBERS[s.slice(i + 1)];
  if (tens === undefined || ones === undefined) return null;
  return tens * 10 + ones;
}

export function validDate(year: number, month: number, day: number): DateValue | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days ? { year, month, day } : null;
}

export interface FoundDate {
  value: DateValue;
  index: number;
  length: number;
}

/** All full dates in a text, in order of appearance. Month-days inherit the year of the date before. */
export function findDates(text: string, withMonthDay = false): FoundDate[] {
  const s = text.normalize('NFKC');
  const found: FoundDate[] = [];
  const add = (index: number, length: number, v: DateValue | null): void => {
    if (v && !found.some((f) => index < f.index + f.length && f.index < index + length)) found.push({ value: v, index, length });
  };
  for (const m of s.matchAll(ARABIC)) add(m.index, m[0].length, validDate(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of s.matchAll(NUMERIC)) add(m.index, m[0].length, validDate(Number(m[1]), Number(m[3]), Number(m[4])));
  for (const m of s.matchAll(CN_YEAR)) {
    add(m.index, m[0].length, validDate(cnNumber(m[1] ?? '') ?? NaN, cnNumber(m[2] ?? '') ?? NaN, cnNumber(m[3] ?? '') ?? NaN));
  }
  found.sort((a, b) => a.index - b.index);
  if (!withMonthDay) return found;
  for (const m of s.matchAll(MONTH_DAY)) {
    const before = [...found].reverse().find((f) => f.index < m.index);
    if (before) add(m.index, m[0].length, validDate(before.value.year, Number(m[1]), Number(m[2])));
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A text that is only a date (a sign-off line or a front-matter value). */
export function parseDateOnly(text: string): DateValue | null {
  const t = String(text ?? '').normalize('NFKC').replace(/[\s\u3000]+/g, '').replace(/[。.,，]$/, '');
  if (!t) return null;
  const dates = findDates(t);
  const d = dates[0];
  return dates.length === 1 && d && d.index === 0 && d.length === t.length ? d.value : null;
}
