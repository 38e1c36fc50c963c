/**
 * Column totals: each total row sums the unit rows, each sub-total row sums its group's members, in every
 * summable numeric column. Percent columns are left out on purpose: a total row's percent is a percent
 * relation on that row's own numbers, not a sum.
 */
import type { Relation, Table } from "../model";
import { isNotSummable } from "./words";

export function columnTotalRelations(table: Table): Relation[] {
  // Breakdown subsets overlap, so their total row is not their sum — unless the row tree has taken the
  // subsets out of the rows a total adds up (issue 9).
  if (table.shape === "breakdown" && !table.rowTree) return [];
  const cols = table.columns
    .filter((c) => (c.role === "count" || c.role === "number") && !isNotSummable(c))
    .map((c) => c.col);
  if (cols.length === 0) return [];
  return totalsOver(table, cols);
}

/**
 * The column-total relations of `cols`: each sub-total over its group, each total row (and each of
 * `extraTotals`, rows the fill adds) over the unit rows.
 */
export function totalsOver(table: Table, cols: readonly number[], extraTotals: readonly number[] = []): Extract<Relation, { kind: "column-total" }>[] {
  const relations: Extract<Relation, { kind: "column-total" }>[] = [];
  for (const s of table.subtotals) {
    if (s.members.length > 0) relations.push({ kind: "column-total", row: s.row, rows: [...s.members], cols: [...cols] });
  }
  if (table.dataRows.length > 0) {
    for (const row of [...table.totalRows, ...extraTotals]) relations.push({ kind: "column-total", row, rows: [...table.dataRows], cols: [...cols] });
  }
  return relations;
}
