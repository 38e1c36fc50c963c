/**
 * Edit plans: the only way anything in QuotaCheck writes to a sheet. The engine produces a plan, the
 * preview lists it, an adapter (Office.js in src/excel, ExcelJS in src/cli) applies it, and its inverse
 * restores exactly what was there. A plan never touches a cell it does not list.
 */
import type { CellValue, MergedArea } from "./grid";

/** What a cell holds before or after an edit. `formula` wins over `value` when both are set. */
export interface CellState {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly numberFormat: string | null;
  /**
   * Optional (added by FILL): the cell's style (borders, font, fill, alignment). Undefined leaves the style
   * alone; `{ row, col }` copies the style that cell of the same sheet had before the plan was applied (a new
   * total row formatted like the last unit row); null resets the cell to the default style (undoing that).
   */
  readonly styleFrom?: { readonly row: number; readonly col: number } | null;
}

/** Why a cell is in a plan. "number" (added by FILL): a number stored as text ("7,715") written as a number, so SUM counts it. */
export type EditReason = "total" | "subtotal" | "parts" | "percent" | "share" | "shortfall" | "status" | "header" | "number" | "cause";

export interface CellEdit {
  /** Absolute 0-based coordinates on the plan's sheet. */
  readonly row: number;
  readonly col: number;
  readonly before: CellState;
  /** `after.value` is the value the new formula computes (for the preview: "280 → 281"). */
  readonly after: CellState;
  readonly reason: EditReason;
  /** True when what the user sees in the cell changes (not only constant → formula with the same result). */
  readonly changesDisplayedValue: boolean;
}

export interface EditPlan {
  readonly sheet: string;
  readonly edits: readonly CellEdit[];
  /** Merged areas the plan creates (a new column's header) … */
  readonly addMerges: readonly MergedArea[];
  /** … and those it removes (only the inverse of a plan removes what the plan added). */
  readonly removeMerges: readonly MergedArea[];
  /** Findings whose likely cause is another cell (issue 10): what the plan did there and what else it could do. */
  readonly choices?: readonly FillChoice[];
}

/** One way to repair a finding: correct a (cause) cell, or recompute the finding's own cell. */
export interface FillOption {
  readonly row: number;
  readonly col: number;
  /** As the report gives it (percent points for a percent cell). */
  readonly value: number;
  /** What the cell will hold (a fraction for a %-formatted cell). */
  readonly cellValue: number;
  /** What it shows now, in the units of `value`. */
  readonly typed: number | string | undefined;
  readonly kind: import("./model").CauseKind | "recompute";
  readonly confidence: "high" | "low";
}

export interface FillChoice {
  /** The finding's cell. */
  readonly row: number;
  readonly col: number;
  readonly options: readonly FillOption[];
  /** Index of the option the plan carries out; -1 when it waits for the user to pick. */
  readonly chosen: number;
  /** Why that one: the user picked it, a high-confidence cause, --trust cells / totals, or waiting. */
  readonly by: "user" | "high-cause" | "trust-cells" | "trust-totals" | "waiting";
}

/** The plan that undoes `plan`: every edit reversed (in reverse order), merges swapped. */
export function invertPlan(plan: EditPlan): EditPlan {
  return {
    sheet: plan.sheet,
    edits: [...plan.edits].reverse().map((e) => ({ ...e, before: e.after, after: e.before })),
    addMerges: plan.removeMerges,
    removeMerges: plan.addMerges,
  };
}

export function isEmptyPlan(plan: EditPlan): boolean {
  return plan.edits.length === 0 && plan.addMerges.length === 0 && plan.removeMerges.length === 0;
}
