/**
 * Rates, shares, quotas from member counts, shortfall and status: the arithmetic of QUOTA.RATE,
 * QUOTA.SHARE, QUOTA.FROMTOTAL, QUOTA.SHORTFALL, QUOTA.SURPLUS and QUOTA.STATUS, shared with the checks.
 * Inputs are numbers already read (see src/functions/coerce.ts for text); results are QuotaResult values.
 */
import { roundAwayFromZero, roundHalfAwayFromZero, snap, truncate } from "../numbers";
import { checkCount, checkDecimals, fail, ok, type QuotaResult } from "./result";

/** achieved / target in percent points, rounded half away from zero (tỷ lệ %: 164 of 280 → 58.57). */
export function rate(achieved: number, target: number, decimals = 2): QuotaResult<number> {
  const bad = checkCount("achieved", achieved) ?? checkCount("target", target) ?? checkDecimals("decimals", decimals);
  if (bad) return bad;
  if (target === 0) return fail("divisionByZero", "functions.error.targetZero");
  return ok(roundHalfAwayFromZero(snap((achieved * 100) / target), decimals));
}

/** part / whole in percent points (a part's share: youth-union members among new members). A part cannot exceed its whole. */
export function share(part: number, whole: number, decimals = 2): QuotaResult<number> {
  const bad = checkCount("part", part) ?? checkCount("whole", whole) ?? checkDecimals("decimals", decimals);
  if (bad) return bad;
  if (whole === 0) return fail("divisionByZero", "functions.error.wholeZero");
  if (snap(part) > snap(whole)) return fail("invalidValue", "functions.error.partAboveWhole");
  return ok(roundHalfAwayFromZero(snap((part * 100) / whole), decimals));
}

export type QuotaRounding = "up" | "nearest" | "down";

/**
 * The rate in percent points. A rate below 1 is a fraction (0.035 and a cell showing 3,5% are 3.5 %); a rate
 * of 1 or more is percent points (3.5 is 3.5 %, and 1 is 1 %, not 100 %: a quota of the whole membership
 * is never meant, while "tối thiểu 1%" is a real rule). Above 100 points is not a quota rate.
 */
export function ratePoints(rateValue: number): QuotaResult<number> {
  const bad = checkCount("rate", rateValue);
  if (bad) return bad;
  const points = rateValue < 1 ? snap(rateValue * 100) : rateValue;
  if (points > 100) return fail("invalidValue", "functions.error.rateTooHigh");
  return ok(points);
}

/**
 * A quota from a member count: members × rate, made whole. Rounding "up" is the default because rules say
 * "tối thiểu" (at least): 5,958 at 3.5 % is 208.53 → 209. "nearest" rounds half away from zero, "down" truncates.
 */
export function fromTotal(members: number, rateValue: number, rounding: QuotaRounding = "up"): QuotaResult<number> {
  const bad = checkCount("members", members, true);
  if (bad) return bad;
  const points = ratePoints(rateValue);
  if (!points.ok) return points;
  const exact = snap((members * points.value) / 100);
  const whole = rounding === "up" ? roundAwayFromZero(exact, 0) : rounding === "down" ? truncate(exact, 0) : roundHalfAwayFromZero(exact, 0);
  return ok(whole);
}

/** What is still missing to reach the target (số còn thiếu): max(0, target − achieved). */
export function shortfall(target: number, achieved: number): QuotaResult<number> {
  const bad = checkCount("target", target) ?? checkCount("achieved", achieved);
  if (bad) return bad;
  return ok(Math.max(0, snap(snap(target) - snap(achieved))));
}

/** The signed companion of shortfall: achieved − target; positive is over the target (vượt), negative short of it (thiếu). */
export function surplus(target: number, achieved: number): QuotaResult<number> {
  const bad = checkCount("target", target) ?? checkCount("achieved", achieved);
  if (bad) return bad;
  const d = snap(snap(achieved) - snap(target));
  return ok(d === 0 ? 0 : d);
}

/** met = Đạt (exactly the target), exceeded = Vượt, notMet = Chưa đạt. A target of 0 is met by 0 and exceeded by more. */
export type QuotaStatus = "met" | "exceeded" | "notMet";

export function status(achieved: number, target: number): QuotaResult<QuotaStatus> {
  const bad = checkCount("achieved", achieved) ?? checkCount("target", target);
  if (bad) return bad;
  const a = snap(achieved);
  const t = snap(target);
  return ok(a === t ? "met" : a > t ? "exceeded" : "notMet");
}
