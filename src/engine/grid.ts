/**
 * Grid: a snapshot of one rectangular block of a sheet, exactly what one Office.js read of a used range
 * or one ExcelJS worksheet gives. The engine reads only this; it never calls back into Excel.
 *
 * Coordinates are absolute and 0-based on the sheet (row 0 = Excel row 1, col 0 = column A), so a Grid
 * read from a selection that starts at C5 has top = 4, left = 2, and every address the engine reports is
 * the user's real address.
 */

/** An Excel error value such as "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#N/A". */
export interface CellError {
  readonly error: string;
}

/** What a cell holds (the computed value for a formula cell): a blank cell is null. */
export type CellValue = number | string | boolean | null | CellError;

/** A merged area, inclusive bounds, absolute 0-based coordinates. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  readonly sheet: string;
  /** Absolute row index of values[0]. */
  readonly top: number;
  /** Absolute column index of values[r][0]. */
  readonly left: number;
  /** Rectangular: every row has the same length. */
  readonly values: readonly (readonly CellValue[])[];
  /** The formula ("=SUM(C13:C23)") where the cell has one, else null. Same shape as values. */
  readonly formulas: readonly (readonly (string | null)[])[];
  /** The number format ("General", "0.00", "0.00%", "#,##0"), null where unknown. Same shape as values. */
  readonly numberFormats: readonly (readonly (string | null)[])[];
  readonly merges: readonly MergedArea[];
  /** Absolute indexes of hidden rows and columns. */
  readonly hiddenRows: readonly number[];
  readonly hiddenCols: readonly number[];
  /**
   * The sheet's formulas carry no computed values: the file was written by a program that does not
   * calculate (openpyxl, NPOI, ExcelJS …) and never saved by Excel, so formula cells read as blank. Only a
   * file reader can tell: Office.js always returns computed values.
   */
  readonly formulasNotComputed?: boolean;
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

export function gridRowCount(g: Grid): number {
  return g.values.length;
}

export function gridColCount(g: Grid): number {
  return g.values.length === 0 ? 0 : g.values[0].length;
}

/** The last absolute row / column inside the grid. */
export function gridBottom(g: Grid): number {
  return g.top + gridRowCount(g) - 1;
}
export function gridRight(g: Grid): number {
  return g.left + gridColCount(g) - 1;
}

function inside(g: Grid, row: number, col: number): boolean {
  return row >= g.top && col >= g.left && row <= gridBottom(g) && col <= gridRight(g);
}

/** The value at an absolute position; null outside the grid. */
export function valueAt(g: Grid, row: number, col: number): CellValue {
  return inside(g, row, col) ? g.values[row - g.top][col - g.left] : null;
}

export function formulaAt(g: Grid, row: number, col: number): string | null {
  return inside(g, row, col) ? g.formulas[row - g.top][col - g.left] : null;
}

export function numberFormatAt(g: Grid, row: number, col: number): string | null {
  return inside(g, row, col) ? g.numberFormats[row - g.top][col - g.left] : null;
}

/** The merged area that covers a cell, if any. */
export function mergeAt(g: Grid, row: number, col: number): MergedArea | undefined {
  return g.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** Column letters for a 0-based column index: 0 → "A", 26 → "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index for column letters: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of an absolute 0-based position: (23, 2) → "C24". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A1 range of absolute 0-based bounds: "A9:K24" (a single cell gives "A9"). */
export function a1Range(top: number, left: number, bottom: number, right: number): string {
  const start = a1(top, left);
  return top === bottom && left === right ? start : `${start}:${a1(bottom, right)}`;
}

/** Parses "C24" (or "$C$24") into absolute 0-based coordinates; undefined when it is not an address. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Builds a Grid from plain rows of values (formulas, formats and merges optional): for tests and adapters. */
export function gridFromRows(
  sheet: string,
  rows: readonly (readonly CellValue[])[],
  extra: Partial<Omit<Grid, "sheet" | "values">> = {},
): Grid {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => (c < r.length ? r[c] : null)));
  const blank = <T>(v: T) => values.map((r) => r.map(() => v));
  return {
    sheet,
    top: extra.top ?? 0,
    left: extra.left ?? 0,
    values,
    formulas: extra.formulas ?? blank<string | null>(null),
    numberFormats: extra.numberFormats ?? blank<string | null>(null),
    merges: extra.merges ?? [],
    hiddenRows: extra.hiddenRows ?? [],
    hiddenCols: extra.hiddenCols ?? [],
    ...(extra.formulasNotComputed ? { formulasNotComputed: true } : {}),
  };
}
