/**
 * Issue 12, point 4: fill and check agree. After `quota-check fix` in every mode, `quota-check` on the
 * written copy finds none of the errors the fill repairs, and a formula over an error value is written
 * with that error, never with a number made up by skipping it.
 */
import { createHash } from "crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { runFix } from "../../src/cli/fix";
import type { Report, ReportIssue } from "../../src/engine/report";
import { FIXTURES_DIR, SAMPLES_DIR } from "../helpers/fixtures";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "quota-fix-check-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const quiet = () => ({ out: () => undefined, err: () => undefined });

async function check(file: string): Promise<ReportIssue[]> {
  let out = "";
  await main([file, "--json"], { out: (s) => (out += s), err: () => undefined });
  const report = JSON.parse(out) as Report;
  return report.files.flatMap((f) => f.sheets.flatMap((s) => [...s.issues, ...s.tables.flatMap((t) => t.issues)]));
}

/** What the fill repairs in every mode; HARDCODED_TOTAL only where it writes formulas. */
const REPAIRED = ["TOTAL_MISMATCH", "PARTS_MISMATCH", "PERCENT_MISMATCH", "NUMBER_AS_TEXT", "FORMULA_RANGE_INCOMPLETE"];
const MODES: string[][] = [[], ["--values"], ["--functions"], ["--add-shortfall"]];

const inputs = [
  ...readdirSync(FIXTURES_DIR).filter((f) => /^(seed-|formulas|bad-ref-total)/.test(f)).map((f) => path.join(FIXTURES_DIR, f)),
  ...readdirSync(SAMPLES_DIR).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(SAMPLES_DIR, f)),
];

describe.each(inputs.map((f) => [path.basename(f), f]))("%s", (_name, input) => {
  test.each(MODES.map((m) => [m.join(" ") || "(formulas)", m]))("fix %s, then check: no repaired code left", async (_mode, mode) => {
    const out = path.join(dir, `${path.basename(input, ".xlsx")}${mode.join("")}.xlsx`);
    const before = hash(input);
    // --trust totals: every finding is repaired. By default a finding whose cause is not certain waits for a
    // pick (issue 10) and is not claimed repaired; test/cli/fix-cause*.test.ts covers that mode.
    const code = await runFix([input, "-o", out, "--copy", "--trust", "totals", ...mode], quiet());
    expect(code).not.toBe(2);
    expect(hash(input)).toBe(before);
    const after = await check(out);
    const repaired = mode.includes("--values") ? REPAIRED : [...REPAIRED, "HARDCODED_TOTAL"];
    expect(after.filter((i) => repaired.includes(i.code)).map((i) => `${i.code}@${i.cell}`)).toEqual([]);
  });
});

describe("a total over a range holding #REF!", () => {
  // Units 20, #REF!, 30; the total row says 77. Any spreadsheet computes SUM(C2:C4) = #REF!.
  async function book(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Phụ lục");
    for (const r of [
      ["STT", "Đơn vị", "Số đảng viên", "Chỉ tiêu"],
      [1, "Chi bộ A", 20, 7],
      [2, "Chi bộ B", { error: "#REF!" }, 4],
      [3, "Chi bộ C", 30, 9],
      [null, "Tổng cộng", 77, 20],
    ] as ExcelJS.CellValue[][])
      ws.addRow(r);
    const file = path.join(dir, "ref-in-range.xlsx");
    await wb.xlsx.writeFile(file);
    return file;
  }

  test("fix writes =SUM(C2:C4) cached as #REF!, never a number; --values leaves the cell alone", async () => {
    const input = await book();
    let printed = "";
    const out = path.join(dir, "ref-fixed.xlsx");
    await runFix([input, "-o", out], { out: (s) => (printed += s), err: () => undefined });
    expect(printed).toContain("#REF!");
    expect(printed).not.toMatch(/= 50\b/);
    const ws = (await new ExcelJS.Workbook().xlsx.readFile(out)).getWorksheet("Phụ lục") as ExcelJS.Worksheet;
    expect(ws.getCell("C5").formula).toBe("SUM(C2:C4)");
    expect(ws.getCell("C5").result).toEqual({ error: "#REF!" });
    expect(ws.getCell("D5").result).toBe(20); // 7 + 4 + 9: no error in D

    const values = path.join(dir, "ref-values.xlsx");
    await runFix([input, "-o", values, "--values", "--copy"], quiet());
    const wv = (await new ExcelJS.Workbook().xlsx.readFile(values)).getWorksheet("Phụ lục") as ExcelJS.Worksheet;
    expect(wv.getCell("C5").value).toBe(77);
  });
});
