/**
 * What the cause search reads about one table: its numbers (shared with the checks through tableValues),
 * its formulas, and a few per-table caches. Built only when a table has a finding to explain.
 */
import { formulaAt, type Grid } from "../grid";
import type { Relation, Table } from "../model";
import { tableValues, type TableValues } from "../relations/values";

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

export interface CauseContext {
  readonly grid: Grid;
  readonly table: Table;
  readonly relations: readonly Relation[];
  readonly v: TableValues;
  /** The number in a cell of the table, NaN when none. */
  read(cell: CellRef): number;
  decimals(cell: CellRef): number;
  hasFormula(cell: CellRef): boolean;
  /** Rows that carry figures (units, sub-totals, totals), as a set. */
  readonly figureRows: ReadonlySet<number>;
  /** Caches for the equation evaluator and the regularities, keyed by the modules that use them. */
  readonly cache: Map<string, unknown>;
}

export function causeContext(grid: Grid, table: Table, relations: readonly Relation[]): CauseContext {
  const v = tableValues(grid, table);
  return {
    grid,
    table,
    relations,
    v,
    read: (c) => v.value(c.row, c.col),
    decimals: (c) => v.decimals(c.row, c.col),
    hasFormula: (c) => formulaAt(grid, c.row, c.col) !== null,
    figureRows: new Set(v.rows),
    cache: new Map(),
  };
}

export const sameCell = (a: CellRef, b: CellRef) => a.row === b.row && a.col === b.col;
