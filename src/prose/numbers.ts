/**
 * Numbers in prose: Arabic (half- or full-width, spaces around allowed: `18 件`), Chinese numerals for
 * small counts (`两件`, `十二件`), percentages (`32.6%`, `百分之百`), with their unit and whether they are
 * approximate (`3000 余条`, `近百件`, `约20件`, `20件左右`). Only numbers followed by a count unit or a
 * percent sign become tokens, so dates (`2020年1月1日`), phone numbers, postcodes and document numbers
 * (`〔2021〕30号`, `第711号`) never do; ordinals (`第二十条`) are dropped explicitly.
 */

export type CountUnit = '件' | '起' | '宗' | '项' | '个' | '条' | '份' | '次' | '家' | '人';

export interface NumberToken {
  value: number;
  /** Offsets of the number itself (digits only) in the text. */
  start: number;
  end: number;
  /** End of the number with its unit and approximation marks. */
  unitEnd: number;
  unit: CountUnit | '%';
  approximate: boolean;
}

const UNITS = '件起宗项个条份次家人';
const DIGITS = '0-9０-９';
const CN = '零〇一二两三四五六七八九十百千';
const NUMBER = new RegExp(
  `(百分之[${CN}]+)|((?:[${DIGITS}]{1,3}(?:,[${DIGITS}]{3})+|[${DIGITS}]+)(?:[.．][${DIGITS}]+)?)|([${CN}]+)`,
  'g',
);
const BEFORE_APPROX = /(近|约|大约|将近|超过|逾|多达|近乎)\s*$/;
const AFTER = new RegExp(`^\\s*(余|多)?\\s*([${UNITS}%％])(\\s*(左右|上下|以上|余))?`);

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral below 10 000 (`十二`, `二十`, `一百零五`), or null. */
export function chineseNumber(text: string): number | null {
  if (!text) return null;
  if ([...text].every((c) => c in CN_DIGIT) && text.length > 1) {
    // 〇/digit strings like 二〇二一 are years, not counts.
    return null;
  }
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in CN_DIGIT) {
      if (digit !== null && digit !== 0) return null;
      digit = CN_DIGIT[c]!;
      continue;
    }
    const scale = c === '十' ? 10 : c === '百' ? 100 : c === '千' ? 1000 : 0;
    if (!scale) return null;
    // `十二`, and `百` in `百分之百`: a leading unit stands for one of it.
    total += (digit ?? (scale === 10 || total === 0 ? 1 : NaN)) * scale;
    if (Number.isNaN(total)) return null;
    digit = null;
  }
  return total + (digit ?? 0);
}

const toHalf = (s: string) => s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

export function findNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 6), start);
    if (/第\s*$/.test(before)) continue;
    if (m[1]) {
      const v = chineseNumber(m[1].slice(3));
      if (v !== null) out.push({ value: v, start, end, unitEnd: end, unit: '%', approximate: false });
      continue;
    }
    const after = AFTER.exec(text.slice(end, end + 12));
    if (!after) continue;
    const unit = after[2] === '％' ? '%' : (after[2] as CountUnit | '%');
    let value: number | null;
    if (m[2]) {
      // A digit run glued to more digits or letters is an identifier, not a count.
      if (/[A-Za-z0-9０-９._,\-—–/]$/.test(before) && !/\s$/.test(before)) continue;
      value = Number(toHalf(m[2]).replace(/,/g, ''));
    } else {
      if (unit === '%') continue;
      value = chineseNumber(m[3]!);
      // `一是`, `统一`: a lone 一 only counts right before its unit.
    }
    if (value === null || !Number.isFinite(value)) continue;
    // `数十件`, `上百件`: only Chinese numerals take 数/上 in front.
    const approximate = Boolean(after[1] || after[4]) || BEFORE_APPROX.test(before) || (m[3] !== undefined && /[数上]$/.test(before));
    out.push({ value, start, end, unitEnd: end + after[0].length, unit, approximate });
  }
  return out;
}
