/**
 * Comparing numbers as they are shown. A value shown with d decimals stands for the interval
 * [v − ½·10^−d, v + ½·10^−d] (DESIGN.md "Rounding"; XBRL Calculations 1.1 for sums of rounded values).
 * Published tables also truncate instead of rounding (3/7 printed as 42,85), which is told apart here.
 */

/** Binary floating point noise allowed on top of the half-unit tolerance. */
export const EPSILON = 1e-9;

/** Half a unit of the last shown decimal: 0.005 for 2 decimals, 0.5 for 0. */
export function halfUnit(decimals: number): number {
  return 0.5 * Math.pow(10, -decimals);
}

/** Excel's ROUND: half away from zero, with a nudge so 1.005 rounds like Excel does (to 1.01). */
export function roundShown(x: number, decimals: number): number {
  const f = Math.pow(10, decimals);
  const scaled = Math.abs(x) * f;
  const r = Math.floor(scaled + 0.5 + 1e-9 * Math.max(1, scaled));
  return (Math.sign(x) * r) / f;
}

/** Cut off after `decimals` decimals (towards zero), tolerant of 0.1+0.2-style noise. */
export function truncateShown(x: number, decimals: number): number {
  const f = Math.pow(10, decimals);
  const scaled = Math.abs(x) * f;
  return (Math.sign(x) * Math.floor(scaled + 1e-9 * Math.max(1, scaled))) / f;
}

/** Relative-or-absolute closeness for values that should be identical. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A value shown with `decimals` decimals is consistent with the exact one when it is within half a unit. */
export function consistentShown(shown: number, exact: number, decimals: number): boolean {
  return Math.abs(shown - exact) <= halfUnit(decimals) + EPSILON * Math.max(1, Math.abs(exact));
}

/** True when `shown` is `exact` cut off (not rounded) at `decimals`. */
export function isTruncationOf(shown: number, exact: number, decimals: number): boolean {
  return nearlyEqual(shown, truncateShown(exact, decimals));
}

export type ShownVerdict = "consistent" | "truncated" | "mismatch";

/** The verdict on a shown value against its exact value, truncation told apart from a real mismatch. */
export function judgeShown(shown: number, exact: number, decimals: number): ShownVerdict {
  if (consistentShown(shown, exact, decimals)) return "consistent";
  if (isTruncationOf(shown, exact, decimals)) return "truncated";
  return "mismatch";
}

/** Decimals a number shows when the format does not say: its own decimals, capped (General shows ~10 digits). */
export function decimalsOfValue(x: number, cap = 10): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return 0;
  for (let d = 1; d <= cap; d++) if (nearlyEqual(x, roundShown(x, d))) return d;
  return cap;
}

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** The interval a shown value stands for. Counts (decimals 0 and integral) stand for themselves. */
export function shownInterval(v: number, decimals: number, exactCount = false): Interval {
  if (exactCount) return { low: v, high: v };
  const h = halfUnit(decimals);
  return { low: v - h, high: v + h };
}

export function addIntervals(items: readonly Interval[]): Interval {
  let low = 0;
  let high = 0;
  for (const i of items) {
    low += i.low;
    high += i.high;
  }
  return { low, high };
}

/** XBRL 1.1: a sum is inconsistent only when the items' summed interval and the total's interval do not overlap. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  const tol = EPSILON * Math.max(1, Math.abs(a.low), Math.abs(b.high));
  return a.low <= b.high + tol && b.low <= a.high + tol;
}
