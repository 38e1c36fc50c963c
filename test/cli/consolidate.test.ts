/**
 * `quota-check consolidate` on issue 11's fixtures: six units of seed 004 in their own workbooks and a
 * summary with one wrong row. Expected numbers come from seed 004's published rows (SEED_004_UNITS) and
 * the planting in CONSOLIDATE, by plain arithmetic.
 */
import { createHash } from "crypto";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { loadWorkbook } from "../../src/cli/read-xlsx";
import { analyzeGrid } from "../../src/engine/analyze";
import { a1, valueAt, type Grid } from "../../src/engine/grid";
import type { Report, ReportIssue } from "../../src/engine/report";
import { FIXTURES_DIR, SAMPLES_DIR } from "../helpers/fixtures";
import { CONSOLIDATE } from "../helpers/fixture-reconcile-layout";
import { SEED_004_UNITS } from "../engine/checks/seed-rows";
import { evaluateGrid } from "../engine/fill/evaluate";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const DIR = path.join(FIXTURES_DIR, CONSOLIDATE.dir);
const C = CONSOLIDATE.cols;
/** [2024 total, youth, union, 2025 total, youth, union] of a unit, from the published seed row. */
const figures = (stt: number): number[] => {
  const row = SEED_004_UNITS.find((u) => u[0] === stt);
  if (!row) throw new Error(`seed 004 has no unit ${stt}`);
  return [row[3], row[4], row[5], row[6], row[7], row[8]];
};
const VALUE_COLS = [C.total2024, C.youth2024, C.union2024, C.total2025, C.youth2025, C.union2025];

const issuesOf = (report: Report): ReportIssue[] => report.files.flatMap((f) => f.sheets.flatMap((s) => [...s.issues, ...s.tables.flatMap((t) => t.issues)]));

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("quota-check consolidate DIR (a summary and the units' files)", () => {
  it("finds the one wrong summary row: SUMMARY_MISMATCH at the summary's cells, expected = the unit file's total", async () => {
    const { code, out } = await run("consolidate", DIR, "--json");
    const report = JSON.parse(out) as Report;
    const mismatches = issuesOf(report).filter((i) => i.code === "SUMMARY_MISMATCH");
    const { wrong } = CONSOLIDATE.summary;
    const index = CONSOLIDATE.units.findIndex((u) => u.stt === wrong.stt);
    const right = figures(wrong.stt);
    const written = wrong.apply(right);
    const row = CONSOLIDATE.summary.firstDataRow + index;
    const expected = VALUE_COLS.map((col, k) => ({ col, k }))
      .filter(({ k }) => right[k] !== written[k])
      .map(({ col, k }) => ({ code: "SUMMARY_MISMATCH", cell: a1(row, col), expected: right[k], actual: written[k] }));
    expect(expected).toHaveLength(2);
    expect(mismatches.map((i) => ({ code: i.code, cell: i.cell, expected: i.expected, actual: i.actual }))).toEqual(expected);
    const unit = CONSOLIDATE.units[index];
    expect(mismatches[0].message).toContain(unit.file);
    expect(mismatches[0].message).toContain(a1(CONSOLIDATE.unit.totalRow, C.youth2025));
    // Every unit file is checked too, and is clean; the summary's only errors are the planted ones.
    expect(issuesOf(report).filter((i) => i.severity === "error")).toHaveLength(2);
    expect(report.files).toHaveLength(CONSOLIDATE.units.length + 1);
    expect(code).toBe(1);
  });

  it("pairs each summary row with its unit's file (read from the captions)", async () => {
    const { out } = await run("consolidate", DIR, "--json");
    const report = JSON.parse(out) as Report;
    const table = report.files.flatMap((f) => f.sheets.flatMap((s) => s.tables)).find((t) => t.pairings);
    expect(table?.pairings).toEqual(
      CONSOLIDATE.units.map((u, i) => ({
        unit: u.name,
        row: CONSOLIDATE.summary.firstDataRow + i + 1,
        reference: u.file,
        referenceRow: CONSOLIDATE.unit.totalRow + 1,
        match: "exact",
      })),
    );
  });

  it("--summary names the summary; a folder of units alone has none to check (exit 2)", async () => {
    const { code } = await run("consolidate", DIR, "--summary", path.join(DIR, CONSOLIDATE.summary.file), "--json");
    expect(code).toBe(1);
    const units = await run("consolidate", path.join(SAMPLES_DIR, CONSOLIDATE.sampleDir));
    expect(units.code).toBe(2);
    expect(units.err).toContain("-o");
  });
});

describe("quota-check consolidate DIR -o OUT.xlsx (writing the summary)", () => {
  let dir: string;
  let out: string;
  let before: Map<string, string>;
  let written: { code: number; out: string; err: string };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "quota-consolidate-"));
    for (const u of CONSOLIDATE.units) copyFileSync(path.join(SAMPLES_DIR, CONSOLIDATE.sampleDir, u.file), path.join(dir, u.file));
    before = new Map(readdirSync(dir).map((f) => [f, sha(path.join(dir, f))]));
    out = path.join(dir, "tong-hop.xlsx");
    written = await run("consolidate", dir, "-o", out);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("previews, then writes, and leaves every unit file byte for byte as it was", () => {
    expect(written.code).toBe(0);
    expect(written.out).toContain("tong-hop.xlsx");
    for (const [file, hash] of before) expect(sha(path.join(dir, file))).toBe(hash);
  });

  async function summaryGrid(): Promise<Grid> {
    const book = await loadWorkbook(out);
    expect(book.sheets).toHaveLength(1);
    return book.sheets[0];
  }

  it("one row per unit with its totals, a total row of SUM formulas that HyperFormula computes to the units' sum", async () => {
    const grid = evaluateGrid(await summaryGrid());
    const table = analyzeGrid(grid).tables[0].table;
    expect(table.dataRows).toHaveLength(CONSOLIDATE.units.length);
    const total = table.totalRows[0];
    const sums = [0, 1, 2, 3, 4, 5].map((k) => CONSOLIDATE.units.reduce((s, u) => s + figures(u.stt)[k], 0));
    // Columns in the summary: C..E 2024, F the youth share, G..I 2025 (the units' layout).
    const cols = [2, 3, 4, 6, 7, 8];
    expect(cols.map((c) => valueAt(grid, total, c))).toEqual(sums);
    const shareOfTotal = Math.round((sums[1] / sums[0]) * 10000) / 100;
    expect(valueAt(grid, total, 5)).toBeCloseTo(shareOfTotal, 10);
    // Each row: the unit's published figures, whatever order the files came in; the note names its file.
    for (const row of table.dataRows) {
      const file = String(valueAt(grid, row, 9));
      const unit = CONSOLIDATE.units.find((u) => u.file === file);
      expect(unit).toBeDefined();
      expect(cols.map((c) => valueAt(grid, row, c))).toEqual(figures((unit as { stt: number }).stt));
    }
    expect(grid.formulas[total - grid.top][2 - grid.left]).toMatch(/^=SUM\(C\d+:C\d+\)$/);
  });

  it("QuotaCheck finds no error in what it wrote, and checks it clean against the units", async () => {
    const analysis = analyzeGrid(await summaryGrid());
    expect(analysis.tables.flatMap((t) => t.issues).filter((i) => i.severity !== "info")).toEqual([]);
    const check = await run("consolidate", dir, "--json");
    expect(issuesOf(JSON.parse(check.out) as Report).filter((i) => i.severity === "error")).toEqual([]);
    expect(check.code).toBe(0);
  });

  it("keeps the units' number formats", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    const grid = await summaryGrid();
    const total = analyzeGrid(grid).tables[0].table.totalRows[0];
    expect(ws.getCell(total + 1, 3).numFmt).toBe("#,##0");
    expect(ws.getCell(total + 1, 6).numFmt).toBe("0.00");
  });

  it("never overwrites: an existing output needs --force, an input never", async () => {
    const again = await run("consolidate", dir, "-o", out);
    expect(again.code).toBe(2);
    const input = path.join(dir, CONSOLIDATE.units[0].file);
    const onInput = await run("consolidate", dir, "-o", input, "--force");
    expect(onInput.code).toBe(2);
    expect(sha(input)).toBe(before.get(CONSOLIDATE.units[0].file));
  });

  it("--dry-run writes nothing", async () => {
    const dry = path.join(dir, "..", `dry-${path.basename(dir)}.xlsx`);
    const r = await run("consolidate", path.join(SAMPLES_DIR, CONSOLIDATE.sampleDir), "-o", dry, "--dry-run");
    expect(r.code).toBe(0);
    expect(() => readFileSync(dry)).toThrow();
  });
});

describe("quota-check consolidate -o on units of one form with 'Tổng số' and 'Tỷ lệ %' columns", () => {
  // Reference-corpus folder vinh-bao-2023-file-cu (seed 001's Vĩnh Bảo rows, split over chi bộ): every unit's
  // "Tổng số" (admitted + pending) must be written, not only the template's. Published totals: thị trấn Vĩnh Bảo
  // 7 + 5 = 12, Cộng Hiền 3 + 0 = 3, Dũng Tiến 8 + 0 = 8, Thắng Thủy 8 + 0 = 8.
  const UNITS_DIR = path.join("test", "fixtures", "reference-corpus", "consolidate", "vinh-bao-2023-file-cu", "don-vi");
  const TOTAL_OF: Record<string, number> = { "dv1.xlsx": 12, "dv2.xlsx": 3, "Dung Tien.xlsx": 8, "Thắng Thuỷ.xlsx": 8 };
  let dir: string;
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("writes each unit's 'Tổng số' and its percent", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "quota-consolidate-form-"));
    const out = path.join(dir, "tong-hop.xlsx");
    const r = await run("consolidate", UNITS_DIR, "-o", out);
    expect(r.code).toBe(0);
    const grid = evaluateGrid((await loadWorkbook(out)).sheets[0]);
    const table = analyzeGrid(grid).tables[0].table;
    expect(table.dataRows).toHaveLength(4);
    // Columns: A STT, B name, C quota, D admitted, E pending, F total, G percent, H source file.
    for (const row of table.dataRows) {
      const file = String(valueAt(grid, row, 7));
      expect(valueAt(grid, row, 5)).toBe(TOTAL_OF[file]);
      const quota = Number(valueAt(grid, row, 2));
      expect(Number(valueAt(grid, row, 6))).toBeCloseTo((TOTAL_OF[file] / quota) * 100, 0);
    }
  });
});
