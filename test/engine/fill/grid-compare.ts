/** Test helper: cell-by-cell comparison of two Grids over the union of their areas (outside = blank). */
import { type CellValue, type Grid, formulaAt, gridBottom, gridRight, numberFormatAt, valueAt } from "../../../src/engine/grid";

export interface CellDifference {
  row: number;
  col: number;
  a: [CellValue, string | null, string | null];
  b: [CellValue, string | null, string | null];
}

const norm = (v: CellValue): CellValue => (v === "" ? null : v);

export function gridDifferences(a: Grid, b: Grid): CellDifference[] {
  const diffs: CellDifference[] = [];
  const top = Math.min(a.top, b.top);
  const left = Math.min(a.left, b.left);
  const bottom = Math.max(gridBottom(a), gridBottom(b));
  const right = Math.max(gridRight(a), gridRight(b));
  for (let row = top; row <= bottom; row++) {
    for (let col = left; col <= right; col++) {
      const ca: CellDifference["a"] = [norm(valueAt(a, row, col)), formulaAt(a, row, col), numberFormatAt(a, row, col)];
      const cb: CellDifference["b"] = [norm(valueAt(b, row, col)), formulaAt(b, row, col), numberFormatAt(b, row, col)];
      if (JSON.stringify(ca) !== JSON.stringify(cb)) diffs.push({ row, col, a: ca, b: cb });
    }
  }
  return diffs;
}
