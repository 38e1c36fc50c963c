/**
 * Collects the edits of one plan. Every step of the fill hands it a cell, the formula that belongs there and
 * the value that formula computes; the builder decides whether the cell needs an edit at all.
 */
import type { CellValue, Grid, MergedArea } from "../grid";
import type { CellEdit, CellState, EditPlan, EditReason } from "../plan";
import { numericValue, readText } from "../cells";
import { roundHalfAwayFromZero as roundHalfAway } from "../numbers";
import { type ResolvedFillOptions, cellKey } from "./options";
import { WorkingSheet, isBlank } from "./working";
import { errorInReferences } from "./formula-errors";

export interface PlannedCell {
  readonly row: number;
  readonly col: number;
  readonly reason: EditReason;
  /** The formula the fill writes ("=SUM(C13:C23)"); null for a plain text or value cell (a new label). */
  readonly formula: string | null;
  /** What that formula computes, worked out here (Excel will show the same). */
  readonly value: CellValue;
  /** Decimals the cell shows, to tell whether the displayed value changes (58.57 vs 58.5714…). */
  readonly decimals?: number;
  /** True when a formula already in the cell does the same job (left alone). */
  readonly alreadyRight?: (formula: string) => boolean;
  /** For new cells: the number format and style to give them. */
  readonly numberFormat?: string | null;
  readonly styleFrom?: { readonly row: number; readonly col: number };
  /** The user sees the same number before and after ("7,715" typed as text → 7715 as a number). */
  readonly displayUnchanged?: boolean;
}

/** For cells the fill creates (a new total row or column): the format and style to give them. */
export type NewCellStyle = (
  row: number,
  col: number,
) => { numberFormat: string | null; styleFrom: { row: number; col: number } } | undefined;

/** A number typed as text ("7,715", "80.00") read as the number it shows; other values unchanged. */
function asShown(v: CellValue): CellValue {
  if (typeof v !== "string") return v;
  const n = numericValue(readText(v));
  return n === undefined || /%/.test(v) ? v : n;
}

/**
 * The number format that keeps a number typed as text looking the same once it is a real number (or a
 * formula's result): "7,715" → "#,##0", "80.00" → "0.00". A Text format ("@") must go in any case, or
 * Excel would show the formula itself instead of its result.
 */
function formatForTextLook(before: CellValue, format: string | null): string | undefined {
  const plain = format === null || format === "General" || format === "@";
  if (!plain || typeof before !== "string") return format === "@" ? "General" : undefined;
  const reading = readText(before);
  if (reading.kind !== "text-number" || reading.percent) return format === "@" ? "General" : undefined;
  const grouped = /\d[.,\s\u00a0]\d{3}(?![\d])/.test(reading.text) && Math.abs(reading.value) >= 1000;
  const decimals = reading.decimals ?? 0;
  if (!grouped && decimals === 0) return format === "@" ? "General" : undefined;
  return `${grouped ? "#,##0" : "0"}${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}`;
}

export function sameDisplay(a0: CellValue, b0: CellValue, decimals?: number): boolean {
  const [a, b] = [asShown(a0), asShown(b0)];
  if (isBlank(a) && isBlank(b)) return true;
  if (typeof a === "number" && typeof b === "number") {
    return decimals === undefined
      ? Math.abs(a - b) < 1e-9
      : Math.abs(roundHalfAway(a, decimals) - roundHalfAway(b, decimals)) < 1e-9;
  }
  return a === b;
}

export class PlanBuilder {
  readonly work: WorkingSheet;
  private readonly edits: CellEdit[] = [];
  private readonly planned = new Set<string>();
  private readonly merges: MergedArea[] = [];

  constructor(
    readonly grid: Grid,
    readonly options: ResolvedFillOptions,
  ) {
    this.work = new WorkingSheet(grid);
  }

  wanted(row: number, col: number): boolean {
    if (this.options.hold.has(cellKey(row, col))) return false;
    return this.options.only === null || this.options.only.has(cellKey(row, col));
  }

  /** Plans one cell; returns true when the cell will hold the computed value after the fill. */
  plan(planned: PlannedCell): boolean {
    let p = planned;
    const { row, col } = p;
    if (!this.wanted(row, col) || this.planned.has(cellKey(row, col))) return false;
    const w = this.work;
    const formula = w.formula(row, col);
    const before: CellState = {
      value: w.originalValue(row, col),
      formula,
      numberFormat: w.numberFormat(row, col),
      ...(p.styleFrom ? { styleFrom: null } : {}),
    };
    // Inputs holding an error value: the spreadsheet will compute that error, so the plan says so (a formula
    // cached with the error), and --values, which could only write a made-up number, leaves the cell alone.
    const inputError = p.formula !== null && p.formula.startsWith("=") ? errorInReferences(p.formula, w) : undefined;
    if (inputError && this.options.mode !== "formulas") return false;
    if (inputError) p = { ...p, value: { error: inputError.error } };
    w.setValue(row, col, p.value);
    this.planned.add(cellKey(row, col));
    if (formula !== null && p.alreadyRight?.(formula)) return true;
    const writeFormula = this.options.mode === "formulas" && p.formula !== null && p.formula.startsWith("=");
    const sameKind = typeof before.value === typeof p.value || (isBlank(before.value) && isBlank(p.value));
    if (!writeFormula && formula === null && p.styleFrom === undefined && sameKind && sameDisplay(before.value, p.value, p.decimals)) {
      return true;
    }
    let numberFormat = p.numberFormat !== undefined ? p.numberFormat : (formatForTextLook(before.value, before.numberFormat) ?? before.numberFormat);
    // A cell formatted as Text would show the formula itself, or keep a number as text.
    if (numberFormat === "@" && (writeFormula || typeof p.value === "number")) numberFormat = "General";
    const after: CellState = {
      value: p.value,
      formula: writeFormula ? p.formula : null,
      numberFormat,
      ...(p.styleFrom ? { styleFrom: p.styleFrom } : {}),
    };
    this.edits.push({
      row,
      col,
      before,
      after,
      reason: p.reason,
      changesDisplayedValue: !p.displayUnchanged && !sameDisplay(before.value, p.value, p.decimals),
    });
    return true;
  }

  isPlanned(row: number, col: number): boolean {
    return this.planned.has(cellKey(row, col));
  }

  addMerge(m: MergedArea): void {
    if (m.bottom > m.top || m.right > m.left) this.merges.push(m);
  }

  build(): EditPlan {
    return { sheet: this.grid.sheet, edits: this.edits, addMerges: this.merges, removeMerges: [] };
  }
}
