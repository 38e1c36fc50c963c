/**
 * Formula causes: a total whose SUM leaves out a unit row or counts a sub-total and its members twice.
 * The cause is the range, not a typed number: the repair is the formula over the right rows, and its
 * value is what those rows add up to.
 */
import { formulaAt } from "../grid";
import type { Cause, Relation } from "../model";
import { sumFormulaRows } from "../checks/formula-range";
import { rowList } from "../checks/collector";
import { columnSumArgs, rowRuns } from "../fill/ranges";
import { sumFormula } from "../fill/formulas";
import { rowsToSum } from "../fill/rows";
import type { CauseContext, CellRef } from "./context";
import { a1 } from "../grid";

type ColumnTotal = Extract<Relation, { kind: "column-total" }>;

export function formulaCause(ctx: CauseContext, relation: number, cell: CellRef): Cause | undefined {
  const rel = ctx.relations[relation];
  if (!rel || rel.kind !== "column-total" || rel.row !== cell.row || !rel.cols.includes(cell.col)) return undefined;
  const formula = formulaAt(ctx.grid, cell.row, cell.col);
  if (!formula) return undefined;
  const referenced = sumFormulaRows(formula, cell.col);
  if (!referenced) return undefined;
  const wrong = wrongRows(ctx, rel, referenced);
  if (wrong.length === 0) return undefined;
  const rows = rowsToSum(ctx.table, rel);
  let value = 0;
  for (const r of rows) {
    const x = ctx.v.value(r, cell.col);
    if (!Number.isNaN(x)) value += x;
  }
  value = Math.round(value * 1e9) / 1e9;
  const fixed = sumFormula(columnSumArgs(cell.col, rowRuns(rows, () => false)));
  const typed = ctx.read(cell);
  return {
    row: cell.row,
    col: cell.col,
    value,
    typed,
    kind: "formula-range",
    // The formula itself shows which rows it adds: nothing is guessed.
    confidence: "high",
    formula: fixed,
    because: { key: "cause.because.formula-range", params: { cell: a1(cell.row, cell.col), formula, rows: rowList(wrong), fixed, value } },
  };
}

/** Units the formula leaves out or counts twice (a sub-total reference stands for its members). */
function wrongRows(ctx: CauseContext, rel: ColumnTotal, referenced: readonly number[]): number[] {
  const members = new Map(ctx.table.subtotals.map((s) => [s.row, s.members]));
  const units = new Set(ctx.table.dataRows);
  const covered = new Map<number, number>();
  for (const r of referenced) for (const m of members.get(r) ?? (units.has(r) ? [r] : [])) covered.set(m, (covered.get(m) ?? 0) + 1);
  const wanted = new Set(rel.rows);
  const wrong = new Set<number>();
  for (const r of wanted) if ((covered.get(r) ?? 0) !== 1) wrong.add(r);
  for (const r of covered.keys()) if (!wanted.has(r)) wrong.add(r);
  return [...wrong].sort((a, b) => a - b);
}

