/**
 * Test helper: evaluates every formula of a Grid with HyperFormula (a real spreadsheet engine, in process)
 * and returns the Grid with the computed values, as Excel would show it after recalculation.
 */
import { HyperFormula } from "hyperformula";
import type { CellValue, Grid } from "../../../src/engine/grid";

type RawCell = string | number | boolean | null;

export function evaluateGrid(grid: Grid): Grid {
  const height = grid.top + grid.values.length;
  const width = grid.left + (grid.values[0]?.length ?? 0);
  const data: RawCell[][] = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c): RawCell => {
      const [gr, gc] = [r - grid.top, c - grid.left];
      if (gr < 0 || gc < 0) return null;
      const f = grid.formulas[gr][gc];
      if (f) return f;
      const v = grid.values[gr][gc];
      return typeof v === "object" && v !== null ? v.error : v;
    }),
  );
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3" });
  try {
    const out = hf.getSheetValues(0);
    const values = grid.values.map((row, r) =>
      row.map((_, c): CellValue => {
        const v = out[r + grid.top]?.[c + grid.left];
        if (v === undefined || v === null) return null;
        if (typeof v === "object") return { error: String((v as { value: unknown }).value) };
        return v as CellValue;
      }),
    );
    return { ...grid, values };
  } finally {
    hf.destroy();
  }
}
