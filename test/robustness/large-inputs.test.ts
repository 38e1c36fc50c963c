/**
 * Issue 12, point 2: no input crashes the command. A table of 140,000 rows once overflowed the call stack
 * (`Math.min(...rows)` in the report); a sheet with one value at A1 and one at XFD1048576, or a merge
 * A1:XFD1048576, ran out of memory. The sheets here are built in memory or as small files: what matters is
 * that the work follows the cells that exist.
 */
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { createHash } from "crypto";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyzeGrid } from "../../src/engine/analyze";
import { buildReport } from "../../src/engine/report";
import { formatTextReport } from "../../src/cli/text-report";
import { main } from "../../src/cli/main";
import { runFix } from "../../src/cli/fix";
import { loadWorkbook } from "../../src/cli/read-xlsx";
import { maxOf, minOf, pushAll } from "../../src/engine/arrays";
import { bigAppendix } from "../engine/detect/big-appendix";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "quota-large-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

test("min, max and append work past the call stack's argument limit", () => {
  const many = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_001);
  expect(minOf(many)).toBe(0);
  expect(maxOf(many)).toBe(many.reduce((m, v) => (v > m ? v : m), -Infinity));
  expect(pushAll([1], many)).toHaveLength(300_001);
  expect([minOf([]), maxOf([])]).toEqual([Infinity, -Infinity]);
});

test("a table of 140,000 units: report and text report, no stack overflow", () => {
  // The analysis of a small appendix, then given 140,000 data rows: the report's own work is what is tested
  // here (the engine's speed on large tables is measured by npm run bench).
  const analysis = analyzeGrid(bigAppendix(20, 3));
  const table = analysis.tables[0].table;
  const dataRows = Array.from({ length: 140_000 }, (_, i) => table.dataRows[0] + i);
  const big = { ...analysis, tables: [{ ...analysis.tables[0], table: { ...table, dataRows } }] };
  const report = buildReport([{ file: "big.xlsx", sheets: [big] }], { lang: "vi" });
  // Data rows start at row 7 (three caption rows and a three-row header above), by construction of bigAppendix.
  expect(report.files[0].sheets[0].tables[0].dataRows).toEqual([7, 140_006]);
  expect(formatTextReport(report, "vi")).toContain("Tổng kết");
});

/** A workbook with the cells given, written by ExcelJS, then its sheet XML edited to add `mergeRef`. */
async function workbook(name: string, cells: Record<string, ExcelJS.CellValue>, mergeRef?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  if (mergeRef) {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = (await zip.file("xl/worksheets/sheet1.xml")!.async("string")).replace(
      "</sheetData>",
      `</sheetData><mergeCells count="1"><mergeCell ref="${mergeRef}"/></mergeCells>`,
    );
    zip.file("xl/worksheets/sheet1.xml", xml);
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  }
  return file;
}

test("one value at A1 and one at XFD1048576: two small blocks of the same sheet", async () => {
  const file = await workbook("far.xlsx", { A1: "Ghi chú", XFD1048576: 7 });
  const book = await loadWorkbook(file);
  expect(book.sheets.map((g) => [g.sheet, g.top, g.left, g.values.length, g.values[0].length])).toEqual([
    ["S", 0, 0, 1, 1],
    ["S", 1_048_575, 16_383, 1, 1],
  ]);
  const before = hash(file);
  const r = await run(file, "--json");
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).files[0].sheets.map((s: { sheet: string }) => s.sheet)).toEqual(["S"]);
  expect(hash(file)).toBe(before);
});

test("a merge A1:XFD1048576 over one value is read clipped; check works, fix refuses with a clear message", async () => {
  const file = await workbook("merge.xlsx", { A1: "Tiêu đề" }, "A1:XFD1048576");
  const before = hash(file);
  const book = await loadWorkbook(file);
  expect(book.sheets[0].values).toEqual([["Tiêu đề"]]);
  expect(book.clippedMerges).toEqual([{ part: "xl/worksheets/sheet1.xml", range: "A1:XFD1048576" }]);
  expect((await run(file)).code).toBe(0);
  let err = "";
  const code = await runFix([file, "-o", path.join(dir, "merge-out.xlsx"), "--lang", "en"], { out: () => undefined, err: (s) => (err += s) });
  expect(code).toBe(2);
  expect(err).toContain("A1:XFD1048576");
  expect(err).toContain("Unmerge");
  expect(hash(file)).toBe(before);
});

test("a sheet-wide merge over values at both corners keeps its blocks small", async () => {
  const file = await workbook("merge-corners.xlsx", { A1: "a", XFD1048576: 1 }, "A1:XFD1048576");
  const book = await loadWorkbook(file);
  expect(book.sheets.map((g) => g.values.length * (g.values[0]?.length ?? 0))).toEqual([1, 1]);
});
