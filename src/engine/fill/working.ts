/**
 * The sheet as it will be once the edits planned so far are applied and recalculated. Later steps read
 * through it, so the total row's percent is computed from the corrected total (164/281, not 164/280).
 */
import { type CellValue, type Grid, formulaAt, isCellError, numberFormatAt, valueAt } from "../grid";
import { cellKey } from "./options";

export class WorkingSheet {
  private readonly overlay = new Map<string, CellValue>();

  constructor(readonly grid: Grid) {}

  value(row: number, col: number): CellValue {
    const k = cellKey(row, col);
    return this.overlay.has(k) ? (this.overlay.get(k) as CellValue) : valueAt(this.grid, row, col);
  }

  /** Records what the cell will show after the fill (whether or not the plan has to touch it). */
  setValue(row: number, col: number, v: CellValue): void {
    this.overlay.set(cellKey(row, col), v);
  }

  originalValue(row: number, col: number): CellValue {
    return valueAt(this.grid, row, col);
  }

  formula(row: number, col: number): string | null {
    return formulaAt(this.grid, row, col);
  }

  numberFormat(row: number, col: number): string | null {
    return numberFormatAt(this.grid, row, col);
  }

  /** True when the cell holds nothing at all (no value, no formula). */
  isEmpty(row: number, col: number): boolean {
    const v = this.value(row, col);
    return (v === null || v === "") && this.formula(row, col) === null;
  }
}

/**
 * The number a cell contributes to SUM, as Excel sees it: numbers count; blanks, text, booleans are
 * skipped (Excel's SUM ignores text in ranges, so a number typed as text would not count either).
 */
export function sumContribution(v: CellValue): number {
  return typeof v === "number" ? v : 0;
}

/** The number a cell is in arithmetic (`C13/D13`, `D13=0`): blank is 0; undefined when it is not a number. */
export function arithmeticValue(v: CellValue): number | undefined {
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  return undefined;
}

export function isBlank(v: CellValue): boolean {
  return v === null || v === "";
}

export function isErrorValue(v: CellValue): boolean {
  return isCellError(v);
}
