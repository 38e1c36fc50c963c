/**
 * Issue 12, point 3: nothing is skipped in silence. Each case runs the whole command on a real file and
 * checks the exit status, the message and that the input's bytes are unchanged.
 */
import { createHash } from "crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import type { Report, ReportIssue } from "../../src/engine/report";
import { fixturePath } from "../helpers/fixtures";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "quota-silent-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const inputs = argv.filter((a) => a.endsWith(".xlsx"));
  const before = inputs.map(hash);
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  expect(inputs.map(hash)).toEqual(before);
  return { code, out, err };
}
const issues = (r: Report): ReportIssue[] => r.files.flatMap((f) => f.sheets.flatMap((s) => [...s.issues, ...s.tables.flatMap((t) => t.issues)]));

async function book(name: string, rows: ExcelJS.CellValue[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục");
  rows.forEach((r) => ws.addRow(r));
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

// Quotas 3 + 2 + 4 = 9 (independent arithmetic); the total row says 10.
const UNITS: ExcelJS.CellValue[][] = [
  [1, "Chi bộ Trường Tiểu học", 3],
  [2, "Chi bộ Trường THCS", 2],
  [3, "Chi bộ Trạm Y tế", 4],
  [null, "Tổng cộng", 10],
];

test("a year typed as a number in the only header row: the wrong total C7 is reported, exit 1", async () => {
  const file = await book("year-header.xlsx", [["PHỤ LỤC"], [], ["STT", "Tên chi bộ", "Chỉ tiêu giao", 2024], ...UNITS]);
  const r = await run(file, "--json");
  expect(r.code).toBe(1);
  expect(issues(JSON.parse(r.out)).filter((i) => i.severity === "error")).toEqual([expect.objectContaining({ code: "TOTAL_MISMATCH", cell: "C7", expected: 9, actual: 10 })]);
});

test("a stray #REF! in the header row: the table is still checked, and the #REF! itself is reported", async () => {
  const file = await book("ref-header.xlsx", [["STT", "Tên chi bộ", "Chỉ tiêu giao", { error: "#REF!" }], ...UNITS]);
  const r = await run(file, "--json");
  expect(r.code).toBe(1);
  const found = issues(JSON.parse(r.out)).map((i) => `${i.code}@${i.cell}`);
  expect(found).toEqual(expect.arrayContaining(["TOTAL_MISMATCH@C5", "FORMULA_ERROR@D1"]));
});

test("formula errors on a sheet with no table are reported, exit 1", async () => {
  const file = await book("errors-only.xlsx", [["Ghi chú"], [{ error: "#DIV/0!" }], ["xem", { error: "#REF!" }]]);
  const r = await run(file, "--json", "--lang", "en");
  expect(r.code).toBe(1);
  expect(issues(JSON.parse(r.out)).map((i) => [i.code, i.cell, i.actual])).toEqual([
    ["FORMULA_ERROR", "A2", "#DIV/0!"],
    ["FORMULA_ERROR", "B3", "#REF!"],
  ]);
});

test("a 32,000-digit text number is NOT_A_NUMBER, not infinity", async () => {
  const huge = `1${"0".repeat(32_000)}`;
  const file = await book("huge.xlsx", [["STT", "Tên chi bộ", "Chỉ tiêu giao"], [1, "Chi bộ A", 3], [2, "Chi bộ B", huge], [3, "Chi bộ C", 4], [null, "Tổng cộng", 7]]);
  const r = await run(file, "--json");
  expect(r.code).toBe(1);
  const bad = issues(JSON.parse(r.out)).find((i) => i.code === "NOT_A_NUMBER");
  expect(bad).toMatchObject({ cell: "C3" });
  expect(String(bad?.actual).length).toBeLessThan(80);
  expect(r.out).not.toMatch(/Infinity|∞/);
});

describe("a zip or Office file that is not a workbook is NOT_XLSX, exit 2", () => {
  test.each([
    ["a .docx renamed .xlsx", { "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }],
    ["a random .zip", { "notes.txt": "hello" }],
  ])("%s", async (_name, parts) => {
    const zip = new JSZip();
    for (const [name, text] of Object.entries(parts)) zip.file(name, text);
    const file = path.join(dir, `${_name.replace(/\W+/g, "-")}.xlsx`);
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const r = await run(file, "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).files[0].error).toMatchObject({ code: "NOT_XLSX" });
  });
});

describe("a rule that applies to no table is one RULE_NOT_APPLIED warning", () => {
  // On seed 000's appendix "Chỉ tiêu mới" is the leaf of the 2024 quota (E) and of two private-sector columns (I, K).
  const policy = () => {
    const file = path.join(dir, "ambiguous.policy.json");
    writeFileSync(file, JSON.stringify({ version: 1, rules: [{ kind: "planTotal", column: { header: ["Chỉ tiêu mới"] }, total: 100 }] }));
    return file;
  };

  test("text report in both languages names the candidate columns by letter and header", async () => {
    const vi = await run(fixturePath("seed-000"), "--policy", policy());
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(/E8 +CẢNH BÁO +Quy định số 1 .*"Chỉ tiêu mới" khớp với 3 cột — E "[^"]*Chỉ tiêu mới", I "[^"]*", K "[^"]*"/);
    const en = await run(fixturePath("seed-000"), "--policy", policy(), "--lang", "en");
    expect(en.out).toMatch(/E8 +WARNING +Rule 1 .*"Chỉ tiêu mới" fits 3 columns — E "[^"]*", I "[^"]*", K "[^"]*"/);
  });

  test("the JSON report carries it; a rule with no column at all says so", async () => {
    const file = path.join(dir, "none.policy.json");
    writeFileSync(file, JSON.stringify([{ kind: "planTotal", column: { header: ["Số huy hiệu"] }, total: 5 }]));
    const r = await run(fixturePath("seed-000"), "--policy", file, "--json", "--lang", "en");
    const found = issues(JSON.parse(r.out)).filter((i) => i.code === "RULE_NOT_APPLIED");
    expect(found).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringContaining('no column of figures fits "Số huy hiệu"') })]);
  });

  test("a rule that applies is not reported", async () => {
    const file = path.join(dir, "letter.policy.json");
    writeFileSync(file, JSON.stringify([{ kind: "planTotal", column: { letter: "E" }, total: 100, comparison: "atLeast" }]));
    const r = await run(fixturePath("seed-000"), "--policy", file, "--json");
    expect(issues(JSON.parse(r.out)).filter((i) => i.code === "RULE_NOT_APPLIED")).toEqual([]);
  });
});

test("a bad --policy JSON: a Vietnamese message without the parser's English, or all English with --lang en", async () => {
  const file = path.join(dir, "broken.policy.json");
  writeFileSync(file, '{\n  "rules": [\n    { kind: "planTotal" }\n  ]\n}');
  const vi = await run(fixturePath("seed-000"), "--policy", file);
  expect(vi.code).toBe(2);
  expect(vi.err).toContain("dòng 3, cột 7");
  expect(vi.err).not.toMatch(/Expected|Unexpected|property|position|JSON at/);
  const en = await run(fixturePath("seed-000"), "--policy", file, "--lang", "en");
  expect(en.err).toContain("line 3, column 7");
  expect(en.err).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
});

test("a --policy path that is a folder: a message in the user's language with the system's code only", async () => {
  const r = await run(fixturePath("seed-000"), "--policy", dir);
  expect(r.code).toBe(2);
  expect(r.err).toContain("Không đọc được tệp quy định");
  expect(r.err).toContain("EISDIR");
  expect(r.err).not.toContain("illegal operation");
});
