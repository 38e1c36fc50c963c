/**
 * Formula errors (#REF!, #DIV/0! …) anywhere on the sheet: a table's own checks report those inside it,
 * and every other one — on a sheet where no table was found, in a header cell, in a note beside the
 * table — is a sheet-level FORMULA_ERROR, so no error value goes unreported.
 */
import { readCell } from "../cells";
import type { Grid } from "../grid";
import { SEVERITY, type Issue, type TableAnalysis } from "../model";

export function unreportedErrors(grid: Grid, tables: readonly TableAnalysis[]): Issue[] {
  const reported = new Set<string>();
  for (const t of tables) for (const i of t.issues) if (i.code === "FORMULA_ERROR") reported.add(`${i.row},${i.col}`);
  const out: Issue[] = [];
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      // Numbers, blanks and ordinary text are not errors; only error values and error texts ("#REF!") are read.
      if (v === null || typeof v === "number" || typeof v === "boolean" || (typeof v === "string" && !v.includes("#"))) return;
      const at = { row: grid.top + r, col: grid.left + c };
      const reading = readCell(grid, at.row, at.col);
      if (reading.kind !== "error" || reported.has(`${at.row},${at.col}`)) return;
      out.push({ code: "FORMULA_ERROR", severity: SEVERITY.FORMULA_ERROR, ...at, actual: reading.error });
    }),
  );
  return out;
}
