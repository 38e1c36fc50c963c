/** Percent, share and shortfall cells: each row's rate from the (already corrected) counts. */
import { a1 } from "../grid";
import type { Relation, Table } from "../model";
import { roundHalfAwayFromZero as roundHalfAway } from "../numbers";
import type { NewCellStyle, PlanBuilder } from "./builder";
import { isEquivalentPercent, isSameFormula, normalizeFormula } from "./equivalent";
import { absolute, percentFormula, shortfallFormula } from "./formulas";
import { numberRows } from "./rows";
import { arithmeticValue, isBlank } from "./working";

type PercentRelation = Extract<Relation, { kind: "percent" }>;
type ShareRelation = Extract<Relation, { kind: "share" }>;
type ShortfallRelation = Extract<Relation, { kind: "shortfall" }>;

/** Decimals a %-formatted cell shows ("0.00%" → 2); undefined for other formats. */
export function percentFormatDecimals(format: string | null): number | undefined {
  if (!format || !format.includes("%")) return undefined;
  const m = /\.(0+)%/.exec(format);
  return m ? m[1].length : 0;
}

/**
 * The decimals to ROUND to, in percent points. A %-formatted fraction shows its decimals in the format
 * (0.00% → 2), whatever the relation says; percent points use the relation's shown decimals.
 */
function shownDecimals(format: string | null, scale: 100 | 1, relDecimals: number): number {
  // Relations give a fraction's decimals as a value (0.5836 → 4); the % format shows two fewer.
  if (scale === 1) return percentFormatDecimals(format) ?? Math.max(0, relDecimals - 2);
  return relDecimals;
}

function planRate(
  b: PlanBuilder,
  row: number,
  col: number,
  num: { row: number; col: number },
  den: { row: number; col: number },
  denRef: string,
  scale: 100 | 1,
  relDecimals: number,
  reason: "percent" | "share",
  style?: NewCellStyle,
): void {
  const w = b.work;
  const numV = w.value(num.row, num.col);
  const denV = w.value(den.row, den.col);
  if (isBlank(numV) && isBlank(denV) && w.isEmpty(row, col)) return;
  const n = arithmeticValue(numV);
  const d = arithmeticValue(denV);
  if (n === undefined || d === undefined) return; // text or error in an input: reported by the checks
  const newCell = style?.(row, col);
  const dec = shownDecimals(newCell ? newCell.numberFormat : w.numberFormat(row, col), scale, relDecimals);
  const valueDecimals = scale === 100 ? dec : dec + 2;
  b.plan({
    row,
    col,
    reason,
    formula: percentFormula(a1(num.row, num.col), denRef, scale, dec, b.options.functions),
    value: d === 0 ? "" : roundHalfAway((n / d) * scale, valueDecimals),
    decimals: valueDecimals,
    alreadyRight: (f) => isEquivalentPercent(f, num, den, scale) || (b.options.functions === "quota" && normalizeFormula(f).startsWith("QUOTA.RATE(")),
    ...newCell,
  });
}

/** Tỷ lệ %: numerator / denominator in every unit, sub-total and total row. */
export function planPercent(
  b: PlanBuilder,
  table: Table,
  rel: PercentRelation,
  extraTotals: readonly number[] = [],
  style?: NewCellStyle,
): void {
  for (const row of numberRows(table, extraTotals)) {
    const num = { row, col: rel.numerator };
    const den = { row, col: rel.denominator };
    planRate(b, row, rel.col, num, den, a1(row, rel.denominator), rel.scale, rel.decimals, "percent", style);
  }
}

/** Breakdown tables: each subset row's share of the total row ($C$10 so every row points at it). */
export function planShare(b: PlanBuilder, table: Table, rel: ShareRelation): void {
  for (const row of table.dataRows) {
    const num = { row, col: rel.of };
    const den = { row: rel.totalRow, col: rel.of };
    planRate(b, row, rel.col, num, den, absolute(rel.totalRow, rel.of), rel.scale, rel.decimals, "share");
  }
}

/**
 * Issue 9: a percent cell whose base is a row (a "Trong đó" subset of its parent, a rating of the rated
 * total, a "Tỷ lệ (%)" row of its count row's total column): the formula divides by the resolved base.
 * A base stated only in a caption has no cell to point at and is left as typed.
 */
export function planRatio(b: PlanBuilder, rel: Extract<Relation, { kind: "ratio" }>): void {
  const den = rel.denominator;
  if ("value" in den) return;
  planRate(b, rel.at.row, rel.at.col, rel.numerator, den, absolute(den.row, den.col), rel.scale, rel.decimals, "share");
}

/**
 * Còn thiếu = MAX(0, target − achieved) in each of `rows` that has a target or a result. The caller gives
 * the unit rows: a total or sub-total row of a shortfall column is the sum of its rows (planShortfallTotals),
 * like every count column.
 */
export function planShortfall(b: PlanBuilder, rel: ShortfallRelation, rows: readonly number[], style?: NewCellStyle): void {
  const w = b.work;
  for (const row of rows) {
    const tV = w.value(row, rel.target);
    const aV = w.value(row, rel.achieved);
    if (isBlank(tV) && isBlank(aV)) continue;
    const t = arithmeticValue(tV);
    const a = arithmeticValue(aV);
    if (t === undefined || a === undefined) continue;
    const [tRef, aRef] = [a1(row, rel.target), a1(row, rel.achieved)];
    const native = shortfallFormula(tRef, aRef, "native");
    const quota = shortfallFormula(tRef, aRef, "quota");
    b.plan({
      row,
      col: rel.col,
      reason: "shortfall",
      formula: shortfallFormula(tRef, aRef, b.options.functions),
      value: Math.max(0, t - a),
      alreadyRight: (f) => isSameFormula(f, native) || isSameFormula(f, quota),
      ...style?.(row, rel.col),
    });
  }
}
