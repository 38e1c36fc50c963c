/**
 * The one coercion layer of the QUOTA.* functions (as HyperFormula's argument metadata): every argument
 * arrives as `unknown` (metadata type "any", so text reaches us instead of Excel's own #VALUE!) and is read
 * here into a number, a date serial, a rounding word or a list — or into a QuotaFailure that becomes an
 * Excel error with a catalogue message. Nothing here throws.
 */
import { parseNumberText } from "../engine/numbers";
import { fail, isValidDate, ok, serialFromDate, type QuotaFailure, type QuotaResult } from "../engine/quota";
import { langFromLocale, t, type Lang } from "../i18n";

/** Excel passes omitted optional arguments as null or undefined, and empty cells of a reference as "" or null. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Error values Excel may hand over (when error inputs are let through): CustomFunctions.Error-like objects. */
function isErrorValue(v: unknown): boolean {
  return typeof v === "object" && v !== null && "code" in v;
}

/**
 * A number: a real number, or text typed Vietnamese or English style ("7,715", "11.328", "58,57"; a trailing
 * % divides by 100 as Excel does for "3,5%"). A blank is `blankAs` (0 for required counts, as Excel's own
 * arithmetic treats an empty cell; the default for optional arguments); null `blankAs` makes it required.
 */
export function toNumber(arg: string, v: unknown, blankAs: number | null = 0): QuotaResult<number> {
  if (isBlank(v)) return blankAs === null ? fail("invalidValue", "functions.error.required", { arg }) : ok(blankAs);
  if (typeof v === "number") return Number.isFinite(v) ? ok(v) : fail("invalidValue", "functions.error.notANumber", { arg, value: String(v) });
  if (typeof v === "boolean") return fail("invalidValue", "functions.error.boolean", { arg });
  if (typeof v === "string") {
    const parsed = parseNumberText(v);
    if (!parsed) return fail("invalidValue", "functions.error.notANumber", { arg, value: v.trim() });
    return ok(parsed.percent ? parsed.value / 100 : parsed.value);
  }
  if (isErrorValue(v)) return fail("invalidValue", "functions.error.cellError", { arg });
  return fail("invalidValue", "functions.error.notANumber", { arg, value: String(v) });
}

/**
 * A date as an Excel serial: a number (Excel hands dates over as serials), or text "13/9/2023" (day first, as
 * Vietnamese writes dates; "-" and "." also separate) or "2023-09-13".
 */
export function toDateSerial(arg: string, v: unknown, required: boolean): QuotaResult<number | null> {
  if (isBlank(v)) return required ? fail("invalidValue", "functions.error.required", { arg }) : ok(null);
  if (typeof v === "string") {
    const s = v.trim();
    const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
    if (dmy || ymd) {
      const d = dmy
        ? { year: Number(dmy[3]), month: Number(dmy[2]), day: Number(dmy[1]) }
        : { year: Number(ymd![1]), month: Number(ymd![2]), day: Number(ymd![3]) };
      if (!isValidDate(d) || d.year < 1900) return fail("invalidValue", "functions.error.date", { arg });
      return ok(serialFromDate(d));
    }
  }
  const n = toNumber(arg, v, null);
  return n.ok ? ok(n.value) : n.messageKey === "functions.error.notANumber" ? fail("invalidValue", "functions.error.date", { arg }) : n;
}

/** One of the allowed words (case-insensitive; Vietnamese aliases map onto them); blank is the default. */
export function toChoice<T extends string>(
  arg: string,
  v: unknown,
  choices: { readonly [word: string]: T },
  fallback: T,
): QuotaResult<T> {
  if (isBlank(v)) return ok(fallback);
  const word = typeof v === "string" ? v.trim().toLowerCase() : null;
  const picked = word === null ? undefined : choices[word];
  if (picked !== undefined) return ok(picked);
  const listed = Array.from(new Set(Object.values(choices))).join(", ");
  return fail("invalidValue", "functions.error.rounding", { arg, value: String(v), choices: listed });
}

/**
 * A single column or single row of a range (Excel passes ranges as rows of cells), flattened; a lone value
 * is a list of one. A block of several rows and columns is #VALUE!.
 */
export function toList(arg: string, v: unknown): QuotaResult<unknown[]> {
  if (!Array.isArray(v)) return ok([v]);
  const rows = v.map((row) => (Array.isArray(row) ? row : [row]));
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (rows.length > 1 && width > 1) return fail("invalidValue", "functions.error.notAColumn", { arg });
  return ok(rows.length === 1 ? rows[0] : rows.map((r) => r[0]));
}

/** Reads several arguments in order; the first failure wins. */
export function all<T>(results: readonly QuotaResult<T>[]): QuotaResult<T[]> {
  const values: T[] = [];
  for (const r of results) {
    if (!r.ok) return r;
    values.push(r.value);
  }
  return ok(values);
}

/** Excel's display language where Office tells it (shared runtime), Vietnamese otherwise. */
export function displayLang(): Lang {
  try {
    return langFromLocale(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
  } catch {
    return "vi";
  }
}

/** The Excel error for a failure, with its catalogue message in the display language. */
export function toExcelError(failure: QuotaFailure, lang: Lang = displayLang()): CustomFunctions.Error {
  const message = t(failure.messageKey, lang, failure.params);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[failure.error], message);
}
