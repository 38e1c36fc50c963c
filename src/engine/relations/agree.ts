/**
 * Whether a relation holds in one row, shared by inference (counting rows where it holds) and the checks
 * (reporting rows where it does not), so both judge a row the same way.
 */
import type { TableValues } from "./values";
import { addIntervals, intervalsOverlap, judgeShown, nearlyEqual, shownInterval, type ShownVerdict } from "../rounding";

export interface SumVerdict {
  readonly ok: boolean;
  readonly expected: number;
  readonly actual: number;
}

/**
 * `whole` against Σ `items` in row terms: undefined when the whole is not a number or no item is (nothing
 * to compare: "not assigned"). Blank items count as 0. Whole numbers compare exactly; values with shown
 * decimals compare as intervals (XBRL Calculations 1.1).
 */
export function judgeSum(
  actual: number,
  actualDecimals: number,
  items: readonly { readonly value: number; readonly decimals: number }[],
): SumVerdict | undefined {
  if (Number.isNaN(actual)) return undefined;
  const present = items.filter((i) => !Number.isNaN(i.value));
  if (present.length === 0) return undefined;
  const expected = present.reduce((s, i) => s + i.value, 0);
  const allIntegral = Number.isInteger(actual) && present.every((i) => Number.isInteger(i.value));
  if (allIntegral) return { ok: nearlyEqual(actual, expected), expected, actual };
  const sum = addIntervals(present.map((i) => shownInterval(i.value, i.decimals, Number.isInteger(i.value) && i.decimals === 0)));
  const total = shownInterval(actual, actualDecimals, Number.isInteger(actual) && actualDecimals === 0);
  return { ok: intervalsOverlap(sum, total), expected: Math.round(expected * 1e9) / 1e9, actual };
}

/** `whole` = Σ `parts` in one row. */
export function judgePartsRow(v: TableValues, row: number, whole: number, parts: readonly number[]): SumVerdict | undefined {
  // Fast path for whole numbers (nearly every table): no allocation per row.
  const actual = v.value(row, whole);
  if (Number.isNaN(actual)) return undefined;
  let sum = 0;
  let present = 0;
  let integral = Number.isInteger(actual);
  for (const p of parts) {
    const x = v.value(row, p);
    if (Number.isNaN(x)) continue;
    present++;
    sum += x;
    if (!Number.isInteger(x)) integral = false;
  }
  if (present === 0) return undefined;
  if (integral) return { ok: sum === actual, expected: sum, actual };
  return judgeSum(
    v.value(row, whole),
    v.decimals(row, whole),
    parts.map((p) => ({ value: v.value(row, p), decimals: v.decimals(row, p) })),
  );
}

export interface RatioVerdict {
  readonly verdict: ShownVerdict;
  readonly exact: number;
  readonly shown: number;
  readonly decimals: number;
}

/** `shown` = numerator / denominator × scale at the decimals the cell shows; undefined when not comparable. */
export function judgeRatio(shown: number, decimals: number, numerator: number, denominator: number, scale: number): RatioVerdict | undefined {
  if (Number.isNaN(shown) || Number.isNaN(numerator) || Number.isNaN(denominator) || denominator === 0) return undefined;
  const exact = (numerator / denominator) * scale;
  return { verdict: judgeShown(shown, exact, decimals), exact, shown, decimals };
}

/** `shown` = max(0, target − achieved); undefined when not comparable. */
export function judgeShortfall(shown: number, target: number, achieved: number): SumVerdict | undefined {
  if (Number.isNaN(shown) || Number.isNaN(target) || Number.isNaN(achieved)) return undefined;
  const expected = Math.max(0, target - achieved);
  return { ok: nearlyEqual(shown, expected), expected, actual: shown };
}

/** Up to `n` rows spread evenly over `rows`: a cheap first test before scanning every row. */
export function sampleRows(rows: readonly number[], n: number): readonly number[] {
  if (rows.length <= n) return rows;
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(rows[Math.floor((i * rows.length) / n)]);
  return out;
}

export interface Tally {
  readonly comparable: number;
  readonly holds: number;
}

/** Counts rows where a judgement is possible and where it passes. */
export function tally(rows: readonly number[], judge: (row: number) => boolean | undefined): Tally {
  let comparable = 0;
  let holds = 0;
  for (const r of rows) {
    const ok = judge(r);
    if (ok === undefined) continue;
    comparable++;
    if (ok) holds++;
  }
  return { comparable, holds };
}
