/**
 * The one date a PDF carries: the report's own date, so rebuilding the same input gives the same
 * bytes. Sign-off date, else publication date, else `SOURCE_DATE_EPOCH`, else a fixed epoch.
 * Never the clock.
 */
import type { DateValue, ReportModel } from '../model/types.js';

/** Used when neither the report nor the environment gives a date. */
export const FIXED_EPOCH = new Date(Date.UTC(2000, 0, 1));

export type DateSource = 'sign-off' | 'publication' | 'SOURCE_DATE_EPOCH' | 'fixed';

export function reportDate(
  model: Pick<ReportModel, 'signOff' | 'publicationDate'> | null,
  env: NodeJS.ProcessEnv = process.env,
): { date: Date; source: DateSource } {
  const signOff = model?.signOff.date?.value;
  if (signOff && validDate(signOff)) return { date: toDate(signOff), source: 'sign-off' };
  const published = model?.publicationDate?.value;
  if (published && validDate(published)) return { date: toDate(published), source: 'publication' };
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch.trim())) {
    return { date: new Date(Number(epoch.trim()) * 1000), source: 'SOURCE_DATE_EPOCH' };
  }
  return { date: FIXED_EPOCH, source: 'fixed' };
}

function toDate(value: DateValue): Date {
  return new Date(Date.UTC(value.year, value.month - 1, value.day));
}

function validDate(value: DateValue): boolean {
  const date = toDate(value);
  return (
    value.year >= 1900 &&
    date.getUTCFullYear() === value.year &&
    date.getUTCMonth() === value.month - 1 &&
    date.getUTCDate() === value.day
  );
}
