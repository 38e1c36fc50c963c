/**
 * Planting slips in fixture grids: a copy of the grid with some cells changed (values, formulas), and
 * the analysis of the table that holds a given cell, so tests read like "Yên Mỹ's 235 typed 253".
 */
import type { CellValue, Grid } from "../../../src/engine/grid";
import { analyzeGrid } from "../../../src/engine/analyze";
import type { Issue, TableAnalysis } from "../../../src/engine/model";

export interface Slip {
  readonly row: number;
  readonly col: number;
  readonly value?: CellValue;
  readonly formula?: string | null;
}

export function withSlips(grid: Grid, slips: readonly Slip[]): Grid {
  const values = grid.values.map((r) => [...r]);
  const formulas = grid.formulas.map((r) => [...r]);
  for (const s of slips) {
    const r = s.row - grid.top;
    const c = s.col - grid.left;
    if (s.value !== undefined) values[r][c] = s.value;
    if (s.formula !== undefined) formulas[r][c] = s.formula;
  }
  return { ...grid, values, formulas };
}

export function tableAt(grid: Grid, row: number, col: number): TableAnalysis {
  const t = analyzeGrid(grid).tables.find((x) => x.table.top <= row && row <= x.table.bottom && x.table.left <= col && col <= x.table.right);
  if (!t) throw new Error(`no table holds row ${row}, col ${col}`);
  return t;
}

export const errorsOf = (t: TableAnalysis): Issue[] => t.issues.filter((i) => i.severity === "error");
