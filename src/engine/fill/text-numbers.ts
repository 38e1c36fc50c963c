/**
 * Numbers stored as text ("7,715") in the cells a fill's formulas read. Excel's SUM skips text, so a
 * total over them would show 0: the fill writes them as numbers first (listed in the plan like any edit).
 */
import { readCell } from "../cells";
import { valueAt } from "../grid";
import type { Relation, Table } from "../model";
import { inferNumberStyle } from "../numbers";
import type { PlanBuilder } from "./builder";

/** Columns whose cells the fill computes (not inputs): their text is replaced by formulas anyway. */
function derivedColumns(relations: readonly Relation[], includeDataParts: boolean): Set<number> {
  const s = new Set<number>();
  for (const r of relations) {
    if (r.kind === "parts" && (r.source === "header" || includeDataParts)) s.add(r.whole);
    if (r.kind === "percent" || r.kind === "share" || r.kind === "shortfall") s.add(r.col);
  }
  return s;
}

function inputColumns(relations: readonly Relation[]): Set<number> {
  const s = new Set<number>();
  for (const r of relations) {
    if (r.kind === "column-total") r.cols.forEach((c) => s.add(c));
    else if (r.kind === "parts") [r.whole, ...r.parts].forEach((c) => s.add(c));
    else if (r.kind === "percent") [r.numerator, r.denominator].forEach((c) => s.add(c));
    else if (r.kind === "share") s.add(r.of);
    else if (r.kind === "shortfall") [r.target, r.achieved].forEach((c) => s.add(c));
    else if (r.kind === "row-parts" || r.kind === "subset") r.cols.forEach((c) => s.add(c));
    else if (r.kind === "ratio") s.add(r.numerator.col);
  }
  return s;
}

export function planTextNumbers(b: PlanBuilder, table: Table, relations: readonly Relation[], extraInputs: readonly number[] = []): void {
  const derived = derivedColumns(relations, b.options.includeDataParts);
  const cols = [...new Set([...inputColumns(relations), ...extraInputs])].filter((c) => !derived.has(c));
  for (const col of cols) {
    const texts = table.dataRows.map((r) => valueAt(b.grid, r, col)).filter((v): v is string => typeof v === "string");
    if (texts.length === 0) continue;
    const hint = inferNumberStyle(texts);
    for (const row of table.dataRows) {
      if (b.work.formula(row, col) !== null) continue;
      const reading = readCell(b.grid, row, col, hint);
      // "7,715" could be 7.715 read the English way, but the checks already count it as the value read with the
      // column's number style (NUMBER_AS_TEXT says which): the fill writes that same number, so a check of
      // the fixed copy finds the totals it wrote right (issue 12: fill and check agree).
      if (reading.kind !== "text-number" || reading.percent) continue;
      b.plan({ row, col, reason: "number", formula: null, value: reading.value, displayUnchanged: true });
    }
  }
}
