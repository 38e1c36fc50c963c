/** Which rows of a table play which part, as the fill needs them. */
import type { Relation, Table } from "../model";

/** Rows that are not unit rows: never part of a sum's range, never bridged by one. */
export function structuralRows(table: Table, extraTotals: readonly number[] = []): Set<number> {
  const s = new Set<number>([...table.totalRows, ...extraTotals, ...table.repeatedHeaderRows, ...table.subtotals.map((g) => g.row)]);
  for (let r = table.headerTop; r <= table.headerBottom; r++) s.add(r);
  if (table.numberingRow !== null) s.add(table.numberingRow);
  return s;
}

/**
 * The rows a total adds up, never a sub-total and its own members both: where a sub-total row is among
 * them, its members are dropped (the sub-total already holds them).
 */
export function rowsToSum(table: Table, rel: Extract<Relation, { kind: "column-total" }>): number[] {
  const included = new Set(rel.rows);
  const covered = new Set<number>();
  for (const g of table.subtotals) if (included.has(g.row)) g.members.forEach((m) => covered.add(m));
  return rel.rows.filter((r) => !covered.has(r) && r !== rel.row);
}

/** Every row that carries numbers: units, sub-totals and totals, in sheet order. */
export function numberRows(table: Table, extraTotals: readonly number[] = []): number[] {
  const all = new Set<number>([...table.dataRows, ...table.subtotals.map((g) => g.row), ...table.totalRows, ...extraTotals]);
  return [...all].sort((a, b) => a - b);
}

export function isSubtotalRow(table: Table, row: number): boolean {
  return table.subtotals.some((g) => g.row === row);
}
