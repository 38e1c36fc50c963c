/**
 * Percent slips that are not keystrokes: the typed percent is another computation of the same table —
 * numerator and denominator swapped (8/7 for 7/8), another column, the total row or the next row as base
 * (the plan instead of the result, the province total instead of the unit's, a calculation copied one row
 * off), or the value of a neighbouring percent column (last year's, copied across) or of the row above.
 */
import { a1, columnLetter } from "../grid";
import { judgeShown, roundShown, nearlyEqual } from "../rounding";
import type { CauseContext } from "./context";
import type { RatioEquation } from "./equations";

export interface PercentExplanation {
  readonly kind: "operands" | "base" | "copied";
  readonly params: { readonly [name: string]: string | number };
}

export function percentExplanations(ctx: CauseContext, eq: RatioEquation): PercentExplanation[] {
  const shown = ctx.read(eq.output);
  const d = ctx.decimals(eq.output);
  const num = ctx.read(eq.numerator);
  const den = ctx.read(eq.denominator);
  // 0 % (and 100 % of equal figures) fits too many computations to say anything.
  if (Number.isNaN(shown) || shown === 0 || Number.isNaN(num) || Number.isNaN(den)) return [];
  const fits = (x: number) => Number.isFinite(x) && judgeShown(shown, x, d) !== "mismatch";
  const out: PercentExplanation[] = [];
  const row = eq.output.row;
  const L = (col: number) => ctx.v.column(col)?.header || columnLetter(col);
  if (num !== 0 && num !== den && fits((den / num) * eq.scale)) {
    out.push({ kind: "operands", params: { numerator: L(eq.numerator.col), denominator: L(eq.denominator.col) } });
  }
  const figures = ctx.v.numericCols.filter((c) => c.role === "count" || c.role === "number").map((c) => c.col);
  for (const col of figures) {
    if (col === eq.numerator.col || col === eq.denominator.col) continue;
    const x = ctx.v.value(eq.denominator.row, col);
    if (x > 0 && eq.denominator.row === row && fits((num / x) * eq.scale)) {
      out.push({ kind: "base", params: { used: a1(row, col), instead: a1(eq.denominator.row, eq.denominator.col) } });
    }
    const y = ctx.v.value(row, col);
    if (y > 0 && eq.numerator.row === row && den !== 0 && fits((y / den) * eq.scale)) {
      out.push({ kind: "base", params: { used: a1(row, col), instead: a1(row, eq.numerator.col) } });
    }
  }
  // The total row's figure as base (the share of the whole instead of the unit's own rate).
  if (eq.denominator.row === row) {
    for (const t of ctx.table.totalRows) {
      if (t === row) continue;
      const x = ctx.v.value(t, eq.denominator.col);
      if (x > 0 && fits((num / x) * eq.scale)) out.push({ kind: "base", params: { used: a1(t, eq.denominator.col), instead: a1(row, eq.denominator.col) } });
    }
  }
  // A formula or a calculation copied one row off: this row's numerator over the next row's denominator.
  if (eq.denominator.row === row) {
    for (const other of [row - 1, row + 1]) {
      if (!ctx.figureRows.has(other)) continue;
      const x = ctx.v.value(other, eq.denominator.col);
      if (x > 0 && x !== den && fits((num / x) * eq.scale)) out.push({ kind: "base", params: { used: a1(other, eq.denominator.col), instead: a1(row, eq.denominator.col) } });
    }
  }
  // The percent of the row above or below, copied down or up.
  for (const other of [row - 1, row + 1]) {
    if (!ctx.table.dataRows.includes(other)) continue;
    const p = ctx.v.value(other, eq.output.col);
    if (!Number.isNaN(p) && p !== 0 && nearlyEqual(roundShown(p, d), shown)) out.push({ kind: "copied", params: { source: a1(other, eq.output.col) } });
  }
  for (const c of ctx.v.numericCols) {
    if (c.role !== "percent" || c.col === eq.output.col) continue;
    const p = ctx.v.value(row, c.col);
    if (!Number.isNaN(p) && p !== 0 && nearlyEqual(roundShown(p, d), shown)) out.push({ kind: "copied", params: { source: a1(row, c.col) } });
  }
  return out;
}
