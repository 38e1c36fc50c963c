/**
 * The numbers of one table, read once and shared by relation inference and the checks (both receive
 * the same grid and table, so a WeakMap on the table keeps the reading for the second caller).
 * A value is NaN where the cell holds no number: blank, plain text, an error, a boolean.
 */
import type { Grid } from "../grid";
import type { Column, Table } from "../model";
import { type CellReading, formatDecimals, isPercentFormat, readCell } from "../cells";
import { inferNumberStyle } from "../numbers";
import { decimalsOfValue } from "../rounding";
import { numberFormatAt, valueAt } from "../grid";

export const NUMERIC_ROLES: ReadonlySet<Column["role"]> = new Set(["count", "percent", "number"]);

export interface TableValues {
  readonly table: Table;
  /** Rows that carry numbers (units, sub-totals, totals), in sheet order. */
  readonly rows: readonly number[];
  readonly numericCols: readonly Column[];
  /** The value in the column's own unit (a "58,57%" text in a %-formatted fraction column gives 0.5857); NaN when none. */
  value(row: number, col: number): number;
  /** Decimals the cell shows, in the column's own unit. */
  decimals(row: number, col: number): number;
  reading(row: number, col: number): CellReading;
  /** The reading of a figure cell that is not a plain number or blank (text, text-number, error, boolean), else undefined. */
  special(row: number, col: number): CellReading | undefined;
  column(col: number): Column | undefined;
}

const cache = new WeakMap<Table, { grid: Grid; values: TableValues }>();

export function tableValues(grid: Grid, table: Table): TableValues {
  const hit = cache.get(table);
  if (hit && hit.grid === grid) return hit.values;
  const values = readTableValues(grid, table);
  cache.set(table, { grid, values });
  return values;
}

/** Every row of the table that holds figures rather than headers. */
export function figureRows(table: Table): number[] {
  const set = new Set<number>([...table.dataRows, ...table.totalRows, ...table.subtotals.map((s) => s.row)]);
  // Rows the row tree keeps out of the totals ("Trong đó" subsets, "Chia ra" parts, "Tỷ lệ (%)" rows) still hold figures.
  for (const n of table.rowTree?.nodes ?? []) if (n.role === "child" || n.role === "percent-row") set.add(n.row);
  return [...set].sort((a, b) => a - b);
}

function readTableValues(grid: Grid, table: Table): TableValues {
  const rows = figureRows(table);
  const numericCols = table.columns.filter((c) => NUMERIC_ROLES.has(c.role));
  const height = table.bottom - table.top + 1;
  const byCol = new Map<number, { values: Float64Array; decimals: Int8Array; readings: Map<number, CellReading> }>();
  for (const column of numericCols) {
    const values = new Float64Array(height).fill(NaN);
    const decimals = new Int8Array(height);
    // Only cells that are not plain numbers keep their reading: a 10,000-row table is mostly numbers.
    const readings = new Map<number, CellReading>();
    const fraction = column.role === "percent" && column.percentForm === "fraction";
    const others: number[] = [];
    for (const r of rows) {
      const i = r - table.top;
      const raw = valueAt(grid, r, column.col);
      if (typeof raw === "number" && Number.isFinite(raw)) {
        values[i] = raw;
        const fmt = numberFormatAt(grid, r, column.col);
        const fmtDecimals = fmt ? formatDecimals(fmt) : undefined;
        // A "0.00%" format shows 2 decimals of the percent, i.e. 4 of the stored fraction.
        decimals[i] = fmtDecimals === undefined ? decimalsOfValue(raw) : isPercentFormat(fmt) ? fmtDecimals + 2 : fmtDecimals;
        continue;
      }
      if (raw !== null) others.push(r);
    }
    // Text cells are read once the column's texts are known: they are the evidence for "1,905" vs "1,5".
    const texts = others.map((r) => valueAt(grid, r, column.col)).filter((x): x is string => typeof x === "string");
    const hint = texts.length > 0 ? inferNumberStyle(texts) : undefined;
    for (const r of others) {
      const i = r - table.top;
      const reading = readCell(grid, r, column.col, hint);
      readings.set(i, reading);
      if (reading.kind === "text-number") {
        const asFraction = fraction && reading.percent === true;
        values[i] = asFraction ? reading.value / 100 : reading.value;
        const shown = reading.decimals ?? decimalsOfValue(reading.value);
        decimals[i] = asFraction ? shown + 2 : shown;
      }
    }
    byCol.set(column.col, { values, decimals, readings });
  }
  const columns = new Map(table.columns.map((c) => [c.col, c]));
  const blank: CellReading = { kind: "blank" };
  return {
    table,
    rows,
    numericCols,
    value: (row, col) => {
      const c = byCol.get(col);
      return c && row >= table.top && row <= table.bottom ? c.values[row - table.top] : NaN;
    },
    decimals: (row, col) => {
      const c = byCol.get(col);
      return c && row >= table.top && row <= table.bottom ? c.decimals[row - table.top] : 0;
    },
    reading: (row, col) => {
      const c = byCol.get(col);
      if (!c || row < table.top || row > table.bottom) return readCell(grid, row, col);
      const i = row - table.top;
      const held = c.readings.get(i);
      if (held) return held;
      const x = c.values[i];
      return Number.isNaN(x) ? blank : { kind: "number", value: x };
    },
    special: (row, col) => {
      const c = byCol.get(col);
      return c && row >= table.top && row <= table.bottom ? c.readings.get(row - table.top) : undefined;
    },
    column: (col) => columns.get(col),
  };
}
