/**
 * Regularities as tie-breakers: a column that follows a rate of another column in the other rows (new
 * quota ≈ 3,5 % × members, seed 000) supports the candidate value that restores the rate in the slipped
 * row, and speaks against one that breaks it. A regularity never names a cause on its own.
 */
import { columnLetter } from "../grid";
import type { CauseContext, CellRef } from "./context";
import { sampleRows } from "../relations/agree";

export interface Regularity {
  /** dependent ≈ rate × base in most unit rows. */
  readonly dependent: number;
  readonly base: number;
  readonly rate: number;
  readonly strong: boolean;
}

const MIN_ROWS = 5;
const MIN_SHARE = 0.5;
const STRONG_SHARE = 0.85;
const SAMPLE = 200;

/** Within one of rate × base: the quota is rate × members rounded up, down or to nearest. */
const fits = (dep: number, base: number, rate: number) => Math.abs(dep - rate * base) < 1;

/**
 * The rate is the median over all unit rows, so the one slipped row cannot move it; the share of rows that
 * follow it is counted over all rows too (one row more or less changes it by 1/n at most).
 */
function findRegularity(ctx: CauseContext, dependent: number, base: number): Regularity | undefined {
  // A rule that most rows follow shows in an even sample of them: 200 rows keep a 10,000-unit table cheap.
  const rows = sampleRows(
    ctx.table.dataRows.filter((r) => ctx.v.value(r, dependent) > 0 && ctx.v.value(r, base) > 0),
    SAMPLE,
  );
  if (rows.length < MIN_ROWS) return undefined;
  const ratios = rows.map((r) => ctx.v.value(r, dependent) / ctx.v.value(r, base)).sort((a, b) => a - b);
  const rate = ratios[Math.floor(ratios.length / 2)];
  // A rate near 1 is a copy, and small figures fit any rate within 1: neither is a rule users follow.
  if (rate >= 0.5) return undefined;
  const mean = rows.reduce((s, r) => s + ctx.v.value(r, dependent), 0) / rows.length;
  if (mean < 10) return undefined;
  const holding = rows.filter((r) => fits(ctx.v.value(r, dependent), ctx.v.value(r, base), rate)).length;
  const share = holding / rows.length;
  if (share < MIN_SHARE) return undefined;
  return { dependent, base, rate, strong: share >= STRONG_SHARE };
}

/** The rates `col` takes part in (as dependent or base), computed once per column. */
function regularitiesOf(ctx: CauseContext, col: number): Regularity[] {
  const k = `reg:${col}`;
  const hit = ctx.cache.get(k) as Regularity[] | undefined;
  if (hit) return hit;
  const counts = ctx.v.numericCols.filter((c) => c.role === "count" && c.col !== col).map((c) => c.col);
  const found: Regularity[] = [];
  for (const other of counts) {
    const asDependent = findRegularity(ctx, col, other);
    if (asDependent) found.push(asDependent);
    const asBase = findRegularity(ctx, other, col);
    if (asBase) found.push(asBase);
  }
  ctx.cache.set(k, found);
  return found;
}

function unitRows(ctx: CauseContext): Set<number> {
  let s = ctx.cache.get("units") as Set<number> | undefined;
  if (!s) ctx.cache.set("units", (s = new Set(ctx.table.dataRows)));
  return s;
}

export interface RegularityVerdict {
  /** +1/+2 when the value restores a (strong) rate, −1/−2 when it breaks one. */
  readonly score: number;
  readonly restored?: Regularity;
}

export function judgeRegularity(ctx: CauseContext, cell: CellRef, value: number): RegularityVerdict {
  if (!unitRows(ctx).has(cell.row)) return { score: 0 };
  let score = 0;
  let restored: Regularity | undefined;
  for (const g of regularitiesOf(ctx, cell.col)) {
    const dep = (v: number) => (g.dependent === cell.col ? v : ctx.v.value(cell.row, g.dependent));
    const base = (v: number) => (g.base === cell.col ? v : ctx.v.value(cell.row, g.base));
    const old = ctx.read(cell);
    const before = fits(dep(old), base(old), g.rate);
    const after = fits(dep(value), base(value), g.rate);
    const weight = g.strong ? 2 : 1;
    if (!before && after) {
      score += weight;
      restored ??= g;
    } else if (before && !after) score -= weight;
  }
  return { score: Math.max(-2, Math.min(2, score)), restored };
}

/** The fix phrase for a restored rate: "tỷ lệ 3,5% của cột C". */
export function rateFix(g: Regularity): { key: string; params: { rate: number; base: string } } {
  return { key: "cause.fix.rate", params: { rate: Math.round(g.rate * 1000) / 10, base: columnLetter(g.base) } };
}
