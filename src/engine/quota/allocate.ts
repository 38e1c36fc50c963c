/**
 * QUOTA.ALLOCATE: split a whole total over units in proportion to weights (member counts), in whole numbers
 * that add up exactly, honouring per-unit minimums.
 *
 * Method (largest remainder, Hamilton), computed exactly in BigInt so no floating-point remainder decides
 * anything:
 * 1. Minimums first: a unit whose exact share is below its minimum gets the minimum and leaves the pool;
 *    the rest of the total is shared again over the remaining units, until no more units fall below
 *    their minimums. (Each round lowers the others' shares, so a unit can only be fixed, never released.)
 * 2. Every remaining unit gets its exact share rounded down; the units left over (fewer than the number of
 *    units) go one each, in this order:
 *    - "nearest" (default): larger remainder first, then larger weight, then earlier position;
 *    - "up": smaller weight first (small units are rounded up), then larger remainder, then earlier position;
 *    - "down": larger weight first (small units are rounded down), then larger remainder, then earlier position;
 *    only units with a non-zero remainder receive one. So every unit not held at its minimum is within one
 *    of its exact share, whatever the order.
 * Weights may be fractional; the total and the minimums are whole. The sum of minimums above the total is
 * #VALUE!; a total that no weight can carry (all weights 0 beyond the minimums) is #N/A.
 */
import { decimalsOf } from "../numbers";
import { arithmeticFor, numberArithmetic, type IntegerArithmetic } from "./exact-integers";
import { checkCount, fail, ok, type QuotaResult } from "./result";
import { maxOf } from "../arrays";

export type AllocateRounding = "nearest" | "up" | "down";

/** Weights as exact integers: all scaled by 10^(their most decimals), so 0.5 and 1.25 become 50 and 125. */
function integerWeights(weights: readonly number[]): number[] {
  const largest = maxOf(weights);
  // Keep the scaled weights finite: a weight near 1e300 has no decimals worth keeping anyway.
  const room = largest > 0 ? Math.floor(300 - Math.log10(largest)) : 15;
  const scale = Math.max(0, Math.min(15, room, Math.max(0, ...weights.map(decimalsOf))));
  return weights.map((w) => Math.round(w * 10 ** scale));
}

interface Unit<T> {
  readonly index: number;
  readonly weight: T;
  readonly minimum: T;
  fixed: boolean;
  share: T;
  remainder: T;
}

function leftoverOrder<T>(rounding: AllocateRounding, cmp: (a: T, b: T) => number): (a: Unit<T>, b: Unit<T>) => number {
  const byRemainder = (a: Unit<T>, b: Unit<T>) => cmp(b.remainder, a.remainder);
  const byIndex = (a: Unit<T>, b: Unit<T>) => a.index - b.index;
  if (rounding === "up") return (a, b) => cmp(a.weight, b.weight) || byRemainder(a, b) || byIndex(a, b);
  if (rounding === "down") return (a, b) => cmp(b.weight, a.weight) || byRemainder(a, b) || byIndex(a, b);
  return (a, b) => byRemainder(a, b) || cmp(b.weight, a.weight) || byIndex(a, b);
}

/** Steps 1 and 2 of the module comment on exact integers; null when the weights cannot carry the rest. */
function apportion<T>(A: IntegerArithmetic<T>, total: number, weights: readonly number[], mins: readonly number[], rounding: AllocateRounding): number[] | null {
  const zero = A.from(0);
  const one = A.from(1);
  const sum = (xs: readonly Unit<T>[]) => xs.reduce((s, u) => A.add(s, u.weight), zero);
  const units: Unit<T>[] = weights.map((w, index) => ({
    index,
    weight: A.from(w),
    minimum: A.from(mins[index]),
    fixed: false,
    share: zero,
    remainder: zero,
  }));
  let pool = A.from(total);
  let free = units;
  while (free.length > 0) {
    const poolWeight = sum(free);
    // Exact share pool × weight / poolWeight below the minimum ⇔ pool × weight < minimum × poolWeight.
    const below =
      A.compare(poolWeight, zero) === 0
        ? free
        : free.filter((u) => A.compare(A.mul(pool, u.weight), A.mul(u.minimum, poolWeight)) < 0);
    if (below.length === 0) break;
    for (const u of below) {
      u.fixed = true;
      u.share = u.minimum;
      pool = A.sub(pool, u.minimum);
    }
    free = free.filter((u) => !u.fixed);
  }
  if (free.length === 0) return A.compare(pool, zero) > 0 ? null : units.map((u) => A.toNumber(u.share));
  const poolWeight = sum(free);
  let leftover = pool;
  for (const u of free) {
    [u.share, u.remainder] = A.divmod(A.mul(pool, u.weight), poolWeight);
    leftover = A.sub(leftover, u.share);
  }
  for (const u of free.filter((x) => A.compare(x.remainder, zero) > 0).sort(leftoverOrder(rounding, A.compare))) {
    if (A.compare(leftover, zero) <= 0) break;
    u.share = A.add(u.share, one);
    leftover = A.sub(leftover, one);
  }
  return units.map((u) => A.toNumber(u.share));
}

export function allocate(
  total: number,
  weights: readonly number[],
  minimums: readonly (number | null)[] | null = null,
  rounding: AllocateRounding = "nearest",
): QuotaResult<number[]> {
  const badTotal = checkCount("total", total, true);
  if (badTotal) return badTotal;
  if (weights.length === 0) return fail("invalidValue", "functions.error.noWeights");
  if (minimums && minimums.length !== weights.length) {
    return fail("invalidValue", "functions.error.lengthMismatch", { weights: weights.length, minimums: minimums.length });
  }
  for (const w of weights) {
    const bad = checkCount("weights", w);
    if (bad) return bad;
  }
  const mins = weights.map((_, i) => minimums?.[i] ?? 0);
  for (const m of mins) {
    const bad = checkCount("minimums", m, true);
    if (bad) return bad;
  }
  const minSum = mins.reduce((s, m) => s + m, 0);
  if (minSum > total) return fail("invalidValue", "functions.error.minimumsExceedTotal", { sum: minSum, total });
  const w = integerWeights(weights);
  const weightSum = w.reduce((s, x) => s + x, 0);
  const A = arithmeticFor(Math.max(total, weightSum));
  const shares = A === numberArithmetic ? apportion(numberArithmetic, total, w, mins, rounding) : apportion(A as IntegerArithmetic<bigint>, total, w, mins, rounding);
  return shares ? ok(shares) : fail("notAvailable", "functions.error.weightsZero");
}
