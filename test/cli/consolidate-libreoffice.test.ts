/**
 * The summary `consolidate -o` writes, recalculated by LibreOffice Calc (headless): every cached formula
 * result is removed first, so what LibreOffice shows it computed. Runs where `soffice` is installed and is
 * skipped elsewhere (as test/cli/fix-libreoffice.test.ts); HyperFormula covers the same in consolidate.test.ts.
 */
import { execFileSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { loadWorkbook } from "../../src/cli/read-xlsx";
import { analyzeGrid } from "../../src/engine/analyze";
import { valueAt } from "../../src/engine/grid";
import { SAMPLES_DIR } from "../helpers/fixtures";
import { CONSOLIDATE } from "../helpers/fixture-reconcile-layout";
import { SEED_004_UNITS } from "../engine/checks/seed-rows";

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

const run = hasSoffice() ? describe : describe.skip;

run("the consolidated summary, computed by LibreOffice Calc", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "quota-consolidate-lo-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("recalculates to the units' totals and re-validates clean", async () => {
    const units = path.join(dir, "units");
    mkdirSync(units);
    for (const u of CONSOLIDATE.units) copyFileSync(path.join(SAMPLES_DIR, CONSOLIDATE.sampleDir, u.file), path.join(units, u.file));
    const out = path.join(dir, "tong-hop.xlsx");
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await main(["consolidate", units, "-o", out], quiet)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
    })));
    const bare = path.join(dir, "bare.xlsx");
    await wb.xlsx.writeFile(bare);
    const loDir = path.join(dir, "lo");
    execFileSync("soffice", [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", loDir, bare], {
      stdio: "ignore",
      timeout: 180_000,
    });
    const grid = (await loadWorkbook(path.join(loDir, "bare.xlsx"))).sheets[0];
    const analysis = analyzeGrid(grid);
    const table = analysis.tables[0].table;
    const total = table.totalRows[0];
    const figures = CONSOLIDATE.units.map((u) => SEED_004_UNITS.find((r) => r[0] === u.stt) as (typeof SEED_004_UNITS)[number]);
    const sum = (k: number) => figures.reduce((s, r) => s + (r[k] as number), 0);
    expect([2, 3, 4, 6, 7, 8].map((c) => valueAt(grid, total, c))).toEqual([3, 4, 5, 6, 7, 8].map(sum));
    expect(analysis.tables.flatMap((t) => t.issues).filter((i) => i.severity === "error")).toEqual([]);
  }, 240_000);
});
