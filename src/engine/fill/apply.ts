/**
 * Applies a plan to a Grid snapshot: what the sheet looks like after the fill, before Excel recalculates
 * (formula cells hold the value the plan computed). For previews and tests; adapters apply plans to Excel.
 */
import type { CellValue, Grid, MergedArea } from "../grid";
import type { EditPlan } from "../plan";

const sameArea = (a: MergedArea, b: MergedArea) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

export function applyPlanToGrid(grid: Grid, plan: EditPlan): Grid {
  const rows = grid.values.length;
  const cols = rows === 0 ? 0 : grid.values[0].length;
  let [top, left, bottom, right] = [grid.top, grid.left, grid.top + rows - 1, grid.left + cols - 1];
  for (const e of plan.edits) {
    top = Math.min(top, e.row);
    left = Math.min(left, e.col);
    bottom = Math.max(bottom, e.row);
    right = Math.max(right, e.col);
  }
  const height = bottom - top + 1;
  const width = right - left + 1;
  const copy = <T>(src: readonly (readonly T[])[], blank: T): T[][] =>
    Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => {
        const sr = r + top - grid.top;
        const sc = c + left - grid.left;
        return sr >= 0 && sr < rows && sc >= 0 && sc < cols ? src[sr][sc] : blank;
      }),
    );
  const values = copy<CellValue>(grid.values, null);
  const formulas = copy<string | null>(grid.formulas, null);
  const numberFormats = copy<string | null>(grid.numberFormats, null);
  for (const e of plan.edits) {
    const [r, c] = [e.row - top, e.col - left];
    values[r][c] = e.after.value;
    formulas[r][c] = e.after.formula;
    numberFormats[r][c] = e.after.numberFormat;
  }
  const merges = grid.merges.filter((m) => !plan.removeMerges.some((x) => sameArea(x, m)));
  for (const m of plan.addMerges) if (!merges.some((x) => sameArea(x, m))) merges.push(m);
  return { ...grid, top, left, values, formulas, numberFormats, merges };
}
