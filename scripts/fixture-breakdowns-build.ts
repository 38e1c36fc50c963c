/** Writes the breakdown corpus (scripts/fixture-breakdowns.ts) as test/fixtures/bd-<name>.xlsx. */
import * as path from "path";
import type ExcelJS from "exceljs";
import { isCellError } from "../src/engine/grid";
import { BREAKDOWN_FIXTURES, type FixtureSheet } from "./fixture-breakdowns";

function writeSheet(ws: ExcelJS.Worksheet, sheet: FixtureSheet): void {
  sheet.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      ws.getCell(r + 1, c + 1).value = isCellError(v) ? { error: v.error as ExcelJS.CellErrorValue["error"] } : v;
    }),
  );
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
  for (const [range, fmt] of Object.entries(sheet.formats ?? {})) {
    const [from, to] = range.split(":");
    const a = ws.getCell(from);
    const b = ws.getCell(to ?? from);
    for (let r = Number(a.row); r <= Number(b.row); r++) {
      for (let c = Number(a.col); c <= Number(b.col); c++) {
        const cell = ws.getCell(r, c);
        if (typeof cell.value === "number") cell.numFmt = fmt;
      }
    }
  }
}

export async function buildBreakdownFixtures(dir: string, newWorkbook: () => ExcelJS.Workbook): Promise<void> {
  for (const fixture of BREAKDOWN_FIXTURES) {
    const wb = newWorkbook();
    for (const sheet of fixture.sheets) writeSheet(wb.addWorksheet(sheet.name), sheet);
    await wb.xlsx.writeFile(path.join(dir, `bd-${fixture.name}.xlsx`));
  }
}
