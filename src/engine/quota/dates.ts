/**
 * Excel date serials (1900 date system, the default on Windows and in files our users exchange): serial 1 is
 * 1 January 1900 and Excel counts a 29 February 1900 that never was (serial 60), so serials from 61 on are
 * days since 30 December 1899. Time of day (the fraction) is ignored.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
/** 31 December 9999, the last date Excel shows. */
export const MAX_SERIAL = 2_958_465;

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number;
}

export function isSerial(serial: number): boolean {
  return Number.isFinite(serial) && serial >= 1 && serial < MAX_SERIAL + 1;
}

export function serialFromDate(d: CalendarDate): number {
  const days = Math.round((Date.UTC(d.year, d.month - 1, d.day) - EPOCH) / MS_PER_DAY);
  // Before 1 March 1900 Excel is one day behind the real calendar.
  return days < 61 ? days - 1 : days;
}

export function dateFromSerial(serial: number): CalendarDate {
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const days = whole < 60 ? whole + 1 : whole;
  const dt = new Date(EPOCH + days * MS_PER_DAY);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

/** A real calendar date (so 31/2 is rejected rather than rolled into March). */
export function isValidDate(d: CalendarDate): boolean {
  if (!Number.isInteger(d.year) || !Number.isInteger(d.month) || !Number.isInteger(d.day)) return false;
  const dt = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return dt.getUTCFullYear() === d.year && dt.getUTCMonth() === d.month - 1 && dt.getUTCDate() === d.day;
}

/** The same day a year later (29 February → 28 February), as a serial. */
export function addYears(serial: number, years: number): number {
  const d = dateFromSerial(serial);
  const year = d.year + years;
  const day = d.month === 2 && d.day === 29 && !isValidDate({ year, month: 2, day: 29 }) ? 28 : d.day;
  return serialFromDate({ year, month: d.month, day });
}
