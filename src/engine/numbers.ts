/**
 * Numbers as Vietnamese and English users type them, and Excel's rounding.
 *
 * Vietnamese writes "7.715" and "58,57"; many offices type English style "7,715" and "58.57"; published
 * appendices mix both. The rules `parseNumberText` applies (a separator is "." or ","):
 *
 * - Surrounding whitespace is ignored; spaces, NBSP (U+00A0), thin and narrow spaces between digit groups
 *   count as thousands separators when every group after the first has exactly 3 digits ("7 715").
 * - A leading "-", "−" (U+2212) or "+" gives the sign. "(5)" is NOT −5: Vietnamese tables number their
 *   columns "(1) (2) (3)", and reading those as negative counts would be worse than not reading them.
 * - A trailing "%" (optionally after a space) sets `percent`; `value` stays the number as written
 *   ("58,57%" → value 58.57, percent true). Callers decide whether that is 0.5857.
 * - No separator: an integer ("164").
 * - One kind of separator, several times: thousands grouping ("1.234.567", "7,715,000"); the first group
 *   has 1–3 digits and every other exactly 3, otherwise not a number ("1.2.3" → null).
 * - One separator once, followed by exactly 3 digits, after 1–3 digits not starting with 0 ("7,715",
 *   "1.905", "11.328"): AMBIGUOUS (thousands or decimal). Resolved by the hint's decimal separator; with no
 *   evidence (the default) both are thousands: 7715, 1905, 11328 (Vietnamese dot grouping, and comma
 *   grouping because users also type English style). `ambiguous` is true either way.
 * - One separator once, otherwise (1–2 or 4+ digits after, "0" or nothing before, or 4+ digits before):
 *   the decimal separator ("58,57" → 58.57, "80.00" → 80 with 2 decimals, "1,5" → 1.5, ".5" → 0.5).
 * - Both kinds: the last one is the decimal separator and appears once; the other is valid grouping before
 *   it ("1.234,5" → 1234.5, "1,234.5" → 1234.5).
 * - Anything else — letters, "3-5", "", a trailing separator "5." — is null. The function is total: it
 *   never throws.
 *
 * `decimals` is the count of digits after the decimal separator as written ("80.00" → 2), so a check can
 * tell what precision a typed percent shows.
 */

export interface ParsedNumber {
  readonly value: number;
  /** Digits written after the decimal separator (0 for integers and grouped thousands). */
  readonly decimals: number;
  /** A "%" followed the number; `value` is still the number as written. */
  readonly percent: boolean;
  /** A single separator followed by exactly 3 digits: thousands or decimal depending on the style. */
  readonly ambiguous: boolean;
}

/** What a column's texts prove about the decimal separator; null when nothing proves it (default style). */
export interface NumberStyleHint {
  readonly decimalSeparator: "," | "." | null;
}

export const DEFAULT_NUMBER_STYLE: NumberStyleHint = { decimalSeparator: null };

/** Excel keeps 15 significant digits; snapping to them removes binary noise such as 200 × 0.035 = 7.000000000000001. */
const SIGNIFICANT_DIGITS = 15;

type Sep = "," | ".";

/** The text split into sign, digit groups and the separators between them, before any interpretation. */
interface Shape {
  readonly negative: boolean;
  readonly percent: boolean;
  readonly groups: readonly string[];
  readonly seps: readonly Sep[];
}

const SPACE_CHARS = /[\s\u00a0\u2007\u2009\u202f]+/g;

function shapeOf(text: string): Shape | null {
  let s = text.replace(/^[\s\u00a0\u2007\u2009\u202f]+|[\s\u00a0\u2007\u2009\u202f]+$/g, "");
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).replace(/[\s\u00a0\u2007\u2009\u202f]+$/, "");
  }
  let negative = false;
  if (/^[-\u2212+]/.test(s)) {
    negative = s[0] !== "+";
    s = s.slice(1).replace(/^[\s\u00a0\u2007\u2009\u202f]+/, "");
  }
  if (s === "") return null;
  // Space-grouped thousands ("7 715", "12 345,5"): every group after a space must have exactly 3 digits.
  if (/[\s\u00a0\u2007\u2009\u202f]/.test(s)) {
    const parts = s.split(SPACE_CHARS);
    if (!/^\d{1,3}$/.test(parts[0])) return null;
    for (let i = 1; i < parts.length; i++) {
      if (!/^\d{3}(?:[.,]\d+)?$/.test(parts[i]) || (i < parts.length - 1 && parts[i].length !== 3)) return null;
    }
    s = parts.join("");
  }
  if (!/^\d*(?:[.,]\d+)*$/.test(s) || !/\d/.test(s)) return null;
  const groups = s.split(/[.,]/);
  const seps = (s.match(/[.,]/g) ?? []) as Sep[];
  return { negative, percent, groups, seps };
}

/** A valid thousands grouping: first group 1–3 digits (not a lone 0 before more groups), the rest exactly 3. */
function isGrouping(groups: readonly string[]): boolean {
  if (!/^\d{1,3}$/.test(groups[0]) || /^0/.test(groups[0])) return false;
  return groups.slice(1).every((g) => g.length === 3);
}

type Reading =
  | { readonly kind: "integer"; readonly intDigits: string }
  | { readonly kind: "decimal"; readonly intDigits: string; readonly fracDigits: string; readonly decimalSep: Sep }
  | { readonly kind: "ambiguous"; readonly intDigits: string; readonly fracDigits: string; readonly sep: Sep }
  | { readonly kind: "grouped"; readonly intDigits: string; readonly groupSep: Sep };

function readShape(shape: Shape): Reading | null {
  const { groups, seps } = shape;
  if (seps.length === 0) return { kind: "integer", intDigits: groups[0] };
  const kinds = new Set(seps);
  if (kinds.size === 1) {
    const sep = seps[0];
    if (seps.length > 1) return isGrouping(groups) ? { kind: "grouped", intDigits: groups.join(""), groupSep: sep } : null;
    const [int, frac] = groups;
    if (frac.length === 3 && isGrouping(groups)) return { kind: "ambiguous", intDigits: int, fracDigits: frac, sep };
    return { kind: "decimal", intDigits: int, fracDigits: frac, decimalSep: sep };
  }
  // Both separators: the last is the decimal one, once; everything before it is grouping with the other.
  const decimalSep = seps[seps.length - 1];
  if (seps.slice(0, -1).some((s) => s === decimalSep)) return null;
  const intGroups = groups.slice(0, -1);
  if (!isGrouping(intGroups)) return null;
  return { kind: "decimal", intDigits: intGroups.join(""), fracDigits: groups[groups.length - 1], decimalSep };
}

function toNumber(negative: boolean, intDigits: string, fracDigits: string): number {
  const v = Number(`${intDigits === "" ? "0" : intDigits}${fracDigits === "" ? "" : "." + fracDigits}`);
  return negative && v !== 0 ? -v : v;
}

/** Reads a number typed as text, Vietnamese or English style (rules in the module comment); null when it is not one. */
export function parseNumberText(text: string, hint: NumberStyleHint = DEFAULT_NUMBER_STYLE): ParsedNumber | null {
  if (typeof text !== "string") return null;
  const shape = shapeOf(text);
  if (!shape) return null;
  const reading = readShape(shape);
  if (!reading) return null;
  const { negative, percent } = shape;
  switch (reading.kind) {
    case "integer":
    case "grouped":
      return { value: toNumber(negative, reading.intDigits, ""), decimals: 0, percent, ambiguous: false };
    case "decimal":
      return {
        value: toNumber(negative, reading.intDigits, reading.fracDigits),
        decimals: reading.fracDigits.length,
        percent,
        ambiguous: false,
      };
    case "ambiguous": {
      const isDecimal = hint.decimalSeparator === reading.sep;
      return isDecimal
        ? { value: toNumber(negative, reading.intDigits, reading.fracDigits), decimals: 3, percent, ambiguous: true }
        : { value: toNumber(negative, reading.intDigits + reading.fracDigits, ""), decimals: 0, percent, ambiguous: true };
    }
  }
}

/**
 * The decimal separator a column's texts prove: "58,57" or "1.234,5" or "1.234.567" prove ","; "80.00" or
 * "1,234.5" or "7,715,000" prove ".". Ambiguous and plain integers prove nothing. When texts disagree the
 * majority wins; a tie (or no evidence) gives the default style (decimalSeparator null).
 */
export function inferNumberStyle(texts: readonly string[]): NumberStyleHint {
  let comma = 0;
  let dot = 0;
  for (const text of texts) {
    if (typeof text !== "string") continue;
    const shape = shapeOf(text);
    const reading = shape && readShape(shape);
    if (!reading) continue;
    if (reading.kind === "decimal") {
      if (reading.decimalSep === ",") comma++;
      else dot++;
    } else if (reading.kind === "grouped") {
      if (reading.groupSep === ",") dot++;
      else comma++;
    }
  }
  if (comma > dot) return { decimalSeparator: "," };
  if (dot > comma) return { decimalSeparator: "." };
  return DEFAULT_NUMBER_STYLE;
}

/**
 * x × 10^shift, computed on the decimal digits (15 significant, as Excel keeps) so 2.675 × 100 is 267.5 and
 * not 267.49999999999997.
 */
function shiftDecimal(x: number, shift: number): number {
  const [mantissa, exponent] = x.toExponential(SIGNIFICANT_DIGITS - 1).split("e");
  return Number(`${mantissa}e${Number(exponent) + shift}`);
}

function roundWith(x: number, decimals: number, toInteger: (n: number) => number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const d = Math.trunc(decimals);
  const magnitude = Math.abs(x);
  // Beyond 15 significant digits there is nothing left to round at that position.
  if (Math.floor(Math.log10(magnitude)) + d >= SIGNIFICANT_DIGITS) return x;
  const scaled = shiftDecimal(magnitude, d);
  const result = shiftDecimal(toInteger(scaled), -d);
  return x < 0 && result !== 0 ? -result : result;
}

/** Excel's ROUND: half away from zero at `decimals` (negative decimals round to tens, hundreds …). */
export function roundHalfAwayFromZero(x: number, decimals = 0): number {
  return roundWith(x, decimals, (n) => Math.floor(n + 0.5));
}

/** Excel's ROUNDDOWN / TRUNC: toward zero at `decimals` ("26/30 = 86,66" as published tables cut it). */
export function truncate(x: number, decimals = 0): number {
  return roundWith(x, decimals, Math.floor);
}

/** Excel's ROUNDUP: away from zero at `decimals` ("tối thiểu" — at least — rounds up). */
export function roundAwayFromZero(x: number, decimals = 0): number {
  return roundWith(x, decimals, Math.ceil);
}

/** x with binary noise removed: kept to the 15 significant digits Excel keeps. */
export function snap(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(SIGNIFICANT_DIGITS));
}

/** How many decimals x shows at Excel's 15 significant digits (58.57 → 2, 0.1 + 0.2 → 1, 7715 → 0). */
export function decimalsOf(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return 0;
  const [mantissa, exponent] = snap(x).toExponential().split("e");
  const fraction = (mantissa.split(".")[1] ?? "").length;
  return Math.max(0, fraction - Number(exponent));
}
