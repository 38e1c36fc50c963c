/**
 * One reading of a cell, shared by detection, checks and fills, so that every module agrees on what a
 * cell holds: a blank, a real number, a number stored as text ("7,715"), plain text, an Excel error or a
 * boolean. Formula cells are read by their computed value.
 */
import { type Grid, isCellError, numberFormatAt, valueAt } from "./grid";
import { type NumberStyleHint, parseNumberText } from "./numbers";
import { normalizeText } from "./text";

export type CellReading =
  | { readonly kind: "blank" }
  /** `decimals` is what the number format shows ("0.00" → 2, "#,##0" → 0); absent for General. */
  | { readonly kind: "number"; readonly value: number; readonly decimals?: number; readonly percentFormat?: boolean }
  /**
   * A number stored as text. `value` is the number as written ("58,57%" → 58.57, with `percent` set);
   * `text` is the cell's normalised text; `decimals` as written; `ambiguous` when the separator could be
   * read either way ("1,905") and the column gave no evidence.
   */
  | {
      readonly kind: "text-number";
      readonly value: number;
      readonly text: string;
      readonly decimals?: number;
      readonly percent?: boolean;
      readonly ambiguous?: boolean;
    }
  /** Text, whitespace-normalised (NFC, single spaces). */
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "boolean"; readonly value: boolean };

export type CellKind = CellReading["kind"];

const BLANK: CellReading = { kind: "blank" };

/** Reads the cell at an absolute position. `hint` is the column's number style (see inferNumberStyle). */
export function readCell(grid: Grid, row: number, col: number, hint?: NumberStyleHint): CellReading {
  const v = valueAt(grid, row, col);
  if (v === null || v === undefined) return BLANK;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "error", error: "#NUM!" };
    const fmt = numberFormatAt(grid, row, col);
    const decimals = formatDecimals(fmt);
    const percentFormat = isPercentFormat(fmt);
    return {
      kind: "number",
      value: v,
      ...(decimals !== undefined ? { decimals } : {}),
      ...(percentFormat ? { percentFormat } : {}),
    };
  }
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  if (isCellError(v)) return { kind: "error", error: v.error };
  return readText(String(v), hint);
}

/** The largest number a text may stand for: integers stay exact up to here (2^53 − 1). */
const MAX_NUMBER_TEXT = Number.MAX_SAFE_INTEGER;

/** Digits (with separators) past what a number may stand for: a figure mistyped, not a word. */
export function isOverlongNumberText(text: string): boolean {
  return text.length > 16 && /^[+-]?\d[\d.,\s]*$/.test(text) && !(Math.abs(Number(text.replace(/[.,\s]/g, ""))) <= MAX_NUMBER_TEXT);
}

/** Reads a text value as the engine sees it: blank, an error literal, a number written as text, or text. */
export function readText(raw: string, hint?: NumberStyleHint): CellReading {
  const text = normalizeText(raw);
  if (text === "") return BLANK;
  // Values pasted from another workbook sometimes carry the error as plain text.
  if (/^#(REF!|DIV\/0!|VALUE!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!)$/i.test(text)) {
    return { kind: "error", error: text.toUpperCase() };
  }
  const parsed = parseNumberText(text, hint);
  // Digits beyond what any count or amount can be ("1" followed by 32,000 digits reads as Infinity) are
  // not a number: NOT_A_NUMBER, rather than an infinite total that silences the check.
  if (!parsed || !(Math.abs(parsed.value) <= MAX_NUMBER_TEXT)) return { kind: "text", text };
  return {
    kind: "text-number",
    value: parsed.value,
    text,
    ...(parsed.decimals !== undefined ? { decimals: parsed.decimals } : {}),
    ...(parsed.percent ? { percent: true } : {}),
    ...(parsed.ambiguous ? { ambiguous: true } : {}),
  };
}

/**
 * "-", "–", "x", "…": what published tables put in a cell that was assigned nothing. Treated as blank:
 * no NOT_A_NUMBER, and a unit row of them is still a unit row.
 */
const NOTHING_MARK = /^[-–—x.…\s]+$/i;

export function isNothingMark(text: string): boolean {
  return NOTHING_MARK.test(text);
}

/** The numeric value of a reading (number or text-number), else undefined. */
export function numericValue(r: CellReading): number | undefined {
  return r.kind === "number" || r.kind === "text-number" ? r.value : undefined;
}

/** The text of a reading as a user sees it (numbers as written), "" for blanks. */
export function displayText(r: CellReading): string {
  switch (r.kind) {
    case "blank":
      return "";
    case "number":
      return String(r.value);
    case "text-number":
    case "text":
      return r.text;
    case "error":
      return r.error;
    case "boolean":
      return r.value ? "TRUE" : "FALSE";
  }
}

/**
 * Decimals shown by an Excel number format: the zeros/hashes after the decimal point of its first
 * (positive) section. "General", text formats and unknown formats give undefined.
 */
export function formatDecimals(fmt: string | null | undefined): number | undefined {
  if (!fmt) return undefined;
  const section = stripLiterals(fmt.split(";")[0]);
  if (/general/i.test(section) || section === "@") return undefined;
  if (!/[0#?]/.test(section)) return undefined;
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

/** True when the format multiplies by 100 and shows % ("0.00%", "0%"), ignoring quoted or escaped "%". */
export function isPercentFormat(fmt: string | null | undefined): boolean {
  if (!fmt) return false;
  return stripLiterals(fmt.split(";")[0]).includes("%");
}

/** Removes quoted text, escaped characters and [colour]/[condition] blocks from a format section. */
function stripLiterals(section: string): string {
  return section.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "");
}
