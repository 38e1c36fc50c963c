/** Sums: parent columns from their parts, sub-total rows from their groups, total rows from the units. */
import type { Relation, Table } from "../model";
import type { NewCellStyle, PlanBuilder } from "./builder";
import { isEquivalentSum } from "./equivalent";
import { sumFormula } from "./formulas";
import { columnSumArgs, rowRuns, rowSumArgs } from "./ranges";
import { rowsToSum, structuralRows } from "./rows";
import { judgeShortfall } from "../relations/agree";
import { totalsOver } from "../relations/totals";
import { arithmeticValue, isBlank, sumContribution } from "./working";

type PartsRelation = Extract<Relation, { kind: "parts" }>;
type TotalRelation = Extract<Relation, { kind: "column-total" }>;

/** In every unit row, the parent column = Σ its parts (e.g. 2024 total = youth-union + trade-union). */
export function planParts(b: PlanBuilder, table: Table, rel: PartsRelation): void {
  const w = b.work;
  for (const row of table.dataRows) {
    const parts = rel.parts.map((col) => w.value(row, col));
    // A row with no numbers at all is a unit without a quota: leave it blank, not 0.
    if (isBlank(w.value(row, rel.whole)) && parts.every(isBlank)) continue;
    if (parts.some((v) => arithmeticValue(v) === undefined)) continue; // text or error: the checks report it
    const cells = rel.parts.map((col) => ({ row, col }));
    b.plan({
      row,
      col: rel.whole,
      reason: "parts",
      formula: sumFormula(rowSumArgs(row, rel.parts)),
      value: parts.reduce<number>((s, v) => s + sumContribution(v), 0),
      alreadyRight: (f) => isEquivalentSum(f, cells, (r, c) => w.isEmpty(r, c)),
    });
  }
}

/** A total or sub-total row: SUM over its rows in each of its columns, as contiguous ranges where possible. */
export function planColumnTotal(
  b: PlanBuilder,
  table: Table,
  rel: TotalRelation,
  extraTotals: readonly number[] = [],
  style?: NewCellStyle,
): void {
  const w = b.work;
  const rows = rowsToSum(table, rel);
  const structural = structuralRows(table, extraTotals);
  const reason = table.subtotals.some((g) => g.row === rel.row) ? "subtotal" : "total";
  for (const col of rel.cols) {
    const values = rows.map((r) => w.value(r, col));
    // Nothing to add up and nothing shown: a column of notes, or units with no quota assigned.
    if (!values.some((v) => typeof v === "number") && typeof w.value(rel.row, col) !== "number") continue;
    const column = table.columns.find((c) => c.col === col);
    const decimals = column?.role === "number" ? column.decimals : undefined;
    const runs = rowRuns(rows, (r) => !structural.has(r) && w.isEmpty(r, col));
    const cells = rows.map((row) => ({ row, col }));
    b.plan({
      row: rel.row,
      col,
      reason,
      formula: sumFormula(columnSumArgs(col, runs)),
      value: values.reduce<number>((s, v) => s + sumContribution(v), 0),
      decimals,
      alreadyRight: (f) => isEquivalentSum(f, cells, (r, c) => !structural.has(r) && w.isEmpty(r, c)),
      ...style?.(rel.row, col),
    });
  }
}

/** Sub-totals before totals, so a total that adds sub-totals sees their corrected values. */
export function orderTotals(table: Table, rels: readonly TotalRelation[]): TotalRelation[] {
  const subRows = new Set(table.subtotals.map((g) => g.row));
  const subs = rels.filter((r) => subRows.has(r.row));
  // Nested sub-totals (1 over 1.1 over 1.1.1): a sub-total comes after the sub-totals among its rows.
  const ordered: TotalRelation[] = [];
  const placed = new Set<number>();
  const pending = new Set(subs.map((_, i) => i));
  while (pending.size > 0) {
    const placedRows = new Set([...placed].map((i) => subs[i].row));
    const ready = [...pending].filter((i) => subs[i].rows.every((m) => !subRows.has(m) || placedRows.has(m)));
    // A cycle cannot come from detection; should one appear, the rest keep their sheet order.
    for (const i of ready.length > 0 ? ready : [...pending]) {
      ordered.push(subs[i]);
      placed.add(i);
      pending.delete(i);
    }
  }
  return [...ordered, ...rels.filter((r) => !subRows.has(r.row))];
}

type ShortfallRelation = Extract<Relation, { kind: "shortfall" }>;

/**
 * Total and sub-total rows of a shortfall column: the sum of their rows, as in every count column, so the
 * table adds up. A cell that already holds its own row's shortfall (MAX(0, target − achieved) of the
 * total's figures, the other way users write it, which the checks accept too) is left as it is.
 */
export function planShortfallTotals(
  b: PlanBuilder,
  table: Table,
  rel: ShortfallRelation,
  extraTotals: readonly number[] = [],
  style?: NewCellStyle,
): void {
  for (const sum of orderTotals(table, totalsOver(table, [rel.col], extraTotals))) {
    if (holdsRowShortfall(b, sum.row, rel)) continue;
    planColumnTotal(b, table, sum, extraTotals, style);
  }
}

function holdsRowShortfall(b: PlanBuilder, row: number, rel: ShortfallRelation): boolean {
  const [shown, target, achieved] = [rel.col, rel.target, rel.achieved].map((c) => {
    const v = b.work.value(row, c);
    return isBlank(v) ? NaN : (arithmeticValue(v) ?? NaN);
  });
  return judgeShortfall(shown, target, achieved)?.ok === true;
}
