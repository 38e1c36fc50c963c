/**
 * What reconciliation reads from a detected table: its unit rows with their names, and the numbers in its
 * cells, read the one way the rest of the engine reads them (numbers stored as text included; "x" and "-"
 * mean nothing there, like a blank).
 */
import { isNothingMark, numericValue, readCell, displayText } from "../cells";
import { valueAt, type Grid } from "../grid";
import type { Column, Table } from "../model";
import { normalizeText } from "../text";

export interface UnitRow {
  readonly row: number;
  readonly name: string;
}

/** The unit-name column: the label column proper, not a "Đảng bộ"/"Chi bộ" kind column beside it. */
export function labelColumn(table: Table): number | undefined {
  const cols = table.labelCols;
  return table.columns.find((c) => c.role === "label" && cols.includes(c.col))?.col ?? cols[cols.length - 1];
}

/** The table's unit rows (not totals, sub-totals or group headings) with a name. */
export function unitRows(grid: Grid, table: Table): UnitRow[] {
  const col = labelColumn(table);
  if (col === undefined) return [];
  const out: UnitRow[] = [];
  for (const row of table.dataRows) {
    const v = valueAt(grid, row, col);
    const name = typeof v === "string" || typeof v === "number" ? normalizeText(String(v)) : "";
    if (name !== "") out.push({ row, name });
  }
  return out;
}

/** A cell's number; null when blank or a nothing mark; undefined when it holds text or an error (not comparable). */
export function cellNumber(grid: Grid, row: number, col: number): number | null | undefined {
  const r = readCell(grid, row, col);
  if (r.kind === "blank") return null;
  const n = numericValue(r);
  if (n !== undefined) return n;
  if (r.kind === "text" && isNothingMark(displayText(r))) return null;
  return undefined;
}

/** Columns whose cells hold numbers to compare. */
export function numericColumns(table: Table): Column[] {
  return table.columns.filter((c) => c.role === "count" || c.role === "number" || c.role === "percent");
}

/** A percent cell's value in percent points, whatever its form (58.57, or 0.5857 formatted as %). */
export function inPoints(column: Column, value: number): number {
  return column.role === "percent" && column.percentForm === "fraction" ? value * 100 : value;
}
