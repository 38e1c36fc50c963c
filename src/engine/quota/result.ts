/**
 * Results of the quota arithmetic. Bad input is a value, not an exception (as HyperFormula's CellError):
 * the custom functions turn a failure into an Excel error with the catalogue message, the checks into an
 * Issue. Codes match CustomFunctions.ErrorCode so the adapter maps them one to one.
 */

export type QuotaErrorCode = "invalidValue" | "divisionByZero" | "notAvailable";

export type MessageParams = { readonly [name: string]: string | number };

export interface QuotaFailure {
  readonly ok: false;
  readonly error: QuotaErrorCode;
  /** A key of the functions catalogue (src/i18n/catalog/functions.ts). */
  readonly messageKey: string;
  readonly params?: MessageParams;
}

export interface QuotaSuccess<T> {
  readonly ok: true;
  readonly value: T;
}

export type QuotaResult<T> = QuotaSuccess<T> | QuotaFailure;

export function ok<T>(value: T): QuotaSuccess<T> {
  return { ok: true, value };
}

export function fail(error: QuotaErrorCode, messageKey: string, params?: MessageParams): QuotaFailure {
  return params ? { ok: false, error, messageKey, params } : { ok: false, error, messageKey };
}

/** A count argument must be a finite number ≥ 0; `whole` also asks for an integer (members, quotas). */
export function checkCount(arg: string, x: number, whole = false): QuotaFailure | null {
  if (!Number.isFinite(x)) return fail("invalidValue", "functions.error.notANumber", { arg, value: String(x) });
  if (x < 0) return fail("invalidValue", "functions.error.negative", { arg });
  if (whole && !Number.isInteger(x)) return fail("invalidValue", "functions.error.notWhole", { arg });
  return null;
}

/** Decimals for ROUND: an integer from −15 to 15, as Excel's ROUND accepts. */
export function checkDecimals(arg: string, d: number): QuotaFailure | null {
  if (!Number.isInteger(d) || d < -15 || d > 15) return fail("invalidValue", "functions.error.decimals", { arg });
  return null;
}
