/**
 * Error localization (Fellegi–Holt: the fewest cells whose change makes every relation hold), restricted
 * to single cells, which is what one typing slip is. For a failing equation, each of its cells is tried
 * with the value that would balance it; a trial counts only when every equation the cell takes part in
 * holds afterwards (a unit's quota that would mend the column total but break its row's percent is no
 * repair). A cell that mends several failing equations at once is the strong cause the issue describes.
 */
import { a1, columnLetter } from "../grid";
import type { Cause, CauseKind, CauseReason, Relation } from "../model";
import { keystroke, keystrokeNeighbours } from "./keystroke";
import { cellsOf, equationsTouching, holds, holdsAfter, solveExact, type Equation } from "./equations";
import { percentExplanations, type PercentExplanation } from "./percent-causes";
import { judgeRegularity, rateFix, type Regularity } from "./regularity";
import { bestKind, rank, type Scored } from "./rank";
import { sameCell, type CauseContext, type CellRef } from "./context";

/** One single-cell repair that makes every equation of its cell hold. */
export interface Trial extends Scored {
  readonly cell: CellRef;
  readonly value: number;
  readonly typed: number;
  readonly mended: readonly Equation[];
  readonly percent: readonly PercentExplanation[];
  readonly restored?: Regularity;
}

/** Blank cells are "not assigned", formula cells compute their value: neither is a typing slip. */
function mayHaveSlipped(ctx: CauseContext, cell: CellRef): boolean {
  return !Number.isNaN(ctx.read(cell)) && !ctx.hasFormula(cell);
}

/** Values worth trying in `cell` for the failing equation `eq`. */
function trialValues(ctx: CauseContext, eq: Equation, cell: CellRef): number[] {
  const exact = solveExact(ctx, eq, cell);
  const values = new Set<number>();
  if (exact !== undefined) values.add(exact);
  else if (eq.form === "ratio") {
    // An operand of a percent has a range of values that fit; one keystroke away is what a slip gives.
    for (const x of keystrokeNeighbours(ctx.read(cell), ctx.decimals(cell))) if (holds(ctx, eq, { cell, value: x }) === true) values.add(x);
  }
  // The same cell may also sit in another failing sum (its column's total): its balancing value is tried too.
  for (const other of equationsTouching(ctx, cell)) {
    if (other.key === eq.key || other.form !== "sum" || holds(ctx, other) !== false) continue;
    const x = solveExact(ctx, other, cell);
    if (x !== undefined) values.add(x);
  }
  const old = ctx.read(cell);
  return [...values].filter((x) => Math.abs(x - old) > 1e-9);
}

function admissible(ctx: CauseContext, cell: CellRef, x: number): boolean {
  const role = ctx.v.column(cell.col)?.role;
  if (role === "count") return Number.isInteger(x) && x >= 0;
  return x >= 0;
}

function trial(ctx: CauseContext, cell: CellRef, value: number, memo: Map<string, Trial | null>): Trial | null {
  const k = `${cell.row}:${cell.col}:${value}`;
  if (memo.has(k)) return memo.get(k) as Trial | null;
  let result: Trial | null = null;
  if (admissible(ctx, cell, value)) {
    const mended: Equation[] = [];
    let ok = true;
    for (const eq of equationsTouching(ctx, cell)) {
      const before = holds(ctx, eq);
      const after = holdsAfter(ctx, eq, { cell, value });
      if (after === false) {
        ok = false;
        break;
      }
      if (before === false && after === true) mended.push(eq);
    }
    if (ok && mended.length > 0) result = describeTrial(ctx, cell, value, mended);
  }
  memo.set(k, result);
  return result;
}

function describeTrial(ctx: CauseContext, cell: CellRef, value: number, mended: Equation[]): Trial {
  const typed = ctx.read(cell);
  const kinds: CauseKind[] = [];
  const slip = keystroke(typed, value, Math.max(ctx.decimals(cell), decimalsOf(value)));
  if (slip) kinds.push(slip);
  const percent: PercentExplanation[] = [];
  for (const eq of mended) if (eq.form === "ratio" && sameCell(eq.output, cell)) percent.push(...percentExplanations(ctx, eq));
  kinds.push(...percent.map((p) => p.kind));
  const reg = judgeRegularity(ctx, cell, value);
  return { cell, value, typed, mended, percent, kind: bestKind(kinds), mends: mended.length, regularity: reg.score, restored: reg.restored };
}

function decimalsOf(x: number): number {
  for (let d = 0; d <= 6; d++) if (Math.abs(x * Math.pow(10, d) - Math.round(x * Math.pow(10, d))) < 1e-9) return d;
  return 6;
}

/**
 * Past this many cells in one equation (a column total over thousands of units), a cell with no keystroke
 * slip and no other failing equation is not tried one by one: it can only be an evidence-free repair, and
 * is counted as one (rank's `plain`). Keeps a slip in a 10,000-unit column to one pass over the column.
 */
const LARGE_EQUATION = 300;

/** Every single-cell repair of the failing equation `eq`, and the count of evidence-free ones not tried. */
export function repairsOf(ctx: CauseContext, eq: Equation, memo: Map<string, Trial | null>, failingCells: ReadonlySet<number>): { trials: Trial[]; plain: number } {
  const out: Trial[] = [];
  const cells = cellsOf(eq);
  const large = cells.length > LARGE_EQUATION;
  let plain = 0;
  for (const cell of cells) {
    if (!mayHaveSlipped(ctx, cell)) continue;
    if (large && !failingCells.has(cellKey(cell)) && !sameCell(cell, eq.output)) {
      const x = solveExact(ctx, eq, cell);
      if (x === undefined || !admissible(ctx, cell, x)) continue;
      if (!keystroke(ctx.read(cell), x, Math.max(ctx.decimals(cell), decimalsOf(x)))) {
        plain++;
        continue;
      }
    }
    for (const x of trialValues(ctx, eq, cell)) {
      const t = trial(ctx, cell, x, memo);
      if (t) out.push(t);
    }
  }
  return { trials: out, plain };
}

export const cellKey = (c: CellRef) => c.row * 16384 + c.col;

export function causeOf(ctx: CauseContext, eq: Equation, memo: Map<string, Trial | null>, failingCells: ReadonlySet<number>): { cause?: Cause; candidates?: Cause[] } {
  const { trials, plain } = repairsOf(ctx, eq, memo, failingCells);
  const ranked = rank(trials, plain);
  const asCause = (t: Trial, high: boolean) => toCause(ctx, t, high);
  const out: { cause?: Cause; candidates?: Cause[] } = {};
  if (ranked.cause) out.cause = asCause(ranked.cause, ranked.high);
  if (ranked.candidates.length > 0) out.candidates = ranked.candidates.map((t) => asCause(t, false));
  return out;
}

/** Percent cells give their value in percent points (64.7 for a cell showing 64,70 %). */
function toPoints(ctx: CauseContext, cell: CellRef, x: number): number {
  const c = ctx.v.column(cell.col);
  return c?.role === "percent" && c.percentForm === "fraction" ? Math.round(x * 100 * 1e9) / 1e9 : x;
}

function toCause(ctx: CauseContext, t: Trial, high: boolean): Cause {
  const value = toPoints(ctx, t.cell, t.value);
  const typed = toPoints(ctx, t.cell, t.typed);
  return { row: t.cell.row, col: t.cell.col, value, typed, kind: t.kind, confidence: high ? "high" : "low", because: reason(ctx, t, value, typed) };
}

function reason(ctx: CauseContext, t: Trial, value: number, typed: number): CauseReason {
  const params: { [name: string]: string | number } = { cell: a1(t.cell.row, t.cell.col), value, typed };
  const explanation = t.percent.find((p) => p.kind === t.kind);
  if (explanation) Object.assign(params, explanation.params);
  const fixes = t.mended.map((eq) => fixPhrase(ctx, eq));
  if (t.restored) fixes.push(rateFix(t.restored));
  return { key: `cause.because.${t.kind}`, params, fixes };
}

/** "tổng cột E", "Tổng cộng = Đã kết nạp + Đang trình duyệt ở dòng 14", "tỷ lệ ở ô G14". */
function fixPhrase(ctx: CauseContext, eq: Equation): { key: string; params: { [name: string]: string | number } } {
  const rel: Relation | undefined = ctx.relations[eq.relation];
  const cell = a1(eq.output.row, eq.output.col);
  if (eq.form === "sum" && rel?.kind === "column-total") return { key: "cause.fix.columnTotal", params: { col: columnLetter(eq.output.col), cell } };
  if (eq.form === "sum") return { key: "cause.fix.parts", params: { cell, row: eq.output.row + 1 } };
  if (eq.form === "ratio") return { key: "cause.fix.percent", params: { cell } };
  return { key: "cause.fix.shortfall", params: { cell } };
}
