/**
 * QUOTA.PACE: how far ahead of (+) or behind (−) a straight-line pace a unit is on a date (tiến độ).
 *
 *   elapsed  = (asOf − periodStart + 1) / (periodEnd − periodStart + 1)   — days, both ends counted,
 *              clamped to [0, 1] (before the period nothing is expected yet; after it, all of it)
 *   expected = target × elapsed
 *   pace     = achieved − expected, rounded half away from zero to 2 decimals
 *
 * The default period is the calendar year of asOf (1/1 to 31/12). With only periodStart, the period runs a
 * year from it (to the day before the same date next year); with only periodEnd, the year up to it.
 * Seed 001: 164 admitted of 280 by 13/9/2023 — 256 of 365 days, expected 280 × 256/365 = 196.38, pace −32.38.
 * Dates are Excel serials (see dates.ts).
 */
import { roundHalfAwayFromZero, snap } from "../numbers";
import { addYears, dateFromSerial, isSerial, serialFromDate } from "./dates";
import { checkCount, fail, ok, type QuotaResult } from "./result";

export interface Pace {
  /** achieved − expected (2 decimals): positive ahead of the pace, negative behind it. */
  readonly pace: number;
  /** What a straight-line pace would have reached by asOf (unrounded). */
  readonly expected: number;
  /** Elapsed fraction of the period, 0–1. */
  readonly elapsed: number;
  readonly periodStart: number;
  readonly periodEnd: number;
}

export function pace(
  achieved: number,
  target: number,
  asOf: number,
  periodStart: number | null = null,
  periodEnd: number | null = null,
): QuotaResult<Pace> {
  const bad = checkCount("achieved", achieved) ?? checkCount("target", target);
  if (bad) return bad;
  for (const [arg, v] of [["asOf", asOf], ["periodStart", periodStart], ["periodEnd", periodEnd]] as const) {
    if (v !== null && !isSerial(v)) return fail("invalidValue", "functions.error.date", { arg });
  }
  const day = Math.floor(asOf);
  let start: number;
  let end: number;
  if (periodStart === null && periodEnd === null) {
    const { year } = dateFromSerial(day);
    start = serialFromDate({ year, month: 1, day: 1 });
    end = serialFromDate({ year, month: 12, day: 31 });
  } else if (periodEnd === null) {
    start = Math.floor(periodStart as number);
    end = addYears(start, 1) - 1;
  } else if (periodStart === null) {
    end = Math.floor(periodEnd);
    start = addYears(end, -1) + 1;
  } else {
    start = Math.floor(periodStart);
    end = Math.floor(periodEnd);
  }
  if (end < start) return fail("invalidValue", "functions.error.periodOrder");
  const elapsed = Math.min(1, Math.max(0, (day - start + 1) / (end - start + 1)));
  const expected = snap(target * elapsed);
  return ok({ pace: roundHalfAwayFromZero(snap(achieved - expected), 2), expected, elapsed, periodStart: start, periodEnd: end });
}
