/**
 * The whole command in-process (main with collected output) on the fixtures: the seed findings of
 * issue 3, exit codes, --json, --sheet, --lang, a directory with a broken file, bad arguments.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { Report, ReportIssue } from "../../src/engine/report";
import { fixturePath } from "../helpers/fixtures";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

async function runJson(...argv: string[]): Promise<{ code: number; report: Report }> {
  const { code, out } = await run(...argv, "--json");
  return { code, report: JSON.parse(out) as Report };
}

const issuesOf = (report: Report): ReportIssue[] =>
  report.files.flatMap((f) => f.sheets.flatMap((s) => [...s.issues, ...s.tables.flatMap((t) => t.issues)]));
const errorsOf = (report: Report) => issuesOf(report).filter((i) => i.severity === "error");

describe("quota-check on the seed fixtures", () => {
  it("seed 000: two tables, no errors, exit 0", async () => {
    const { code, report } = await runJson(fixturePath("seed-000"));
    expect(errorsOf(report)).toEqual([]);
    expect(report.files[0].sheets[0].tables.map((t) => t.range)).toEqual(["A7:K24", "A29:D31"]);
    expect(code).toBe(0);
  });

  it("seed 001: exactly one error, the quota total C60 (expected 281, actual 280), exit 1", async () => {
    const { code, report } = await runJson(fixturePath("seed-001"));
    expect(errorsOf(report)).toEqual([
      expect.objectContaining({ code: "TOTAL_MISMATCH", cell: "C60", expected: 281, actual: 280 }),
    ]);
    expect(code).toBe(1);
  });

  it("seed 004: exactly one error, unit 24's 2024 total D36 (expected 10, actual 8)", async () => {
    const { code, report } = await runJson(fixturePath("seed-004"));
    const errors = errorsOf(report);
    expect(errors).toHaveLength(1);
    expect(["PARTS_MISMATCH", "ROW_RELATION_MISMATCH"]).toContain(errors[0].code);
    expect(errors[0]).toMatchObject({ cell: "D36", expected: 10, actual: 8 });
    expect(code).toBe(1);
  });

  it.each([
    ["seed-000-text", []],
    ["seed-001-text", ["C60"]],
    ["seed-004-text", ["D36"]],
  ])("%s: the same errors as its base fixture, plus NUMBER_AS_TEXT warnings", async (name, cells) => {
    const { report } = await runJson(fixturePath(name));
    expect(errorsOf(report).map((i) => i.cell)).toEqual(cells);
    expect(issuesOf(report).some((i) => i.code === "NUMBER_AS_TEXT" && i.severity === "warning")).toBe(true);
  });

  it("--json prints exactly one JSON document of DESIGN.md's shape", async () => {
    const { out } = await run(fixturePath("seed-001"), "--json");
    const report = JSON.parse(out) as Report;
    expect(report).toMatchObject({ tool: "quota-check", files: [{ file: fixturePath("seed-001"), error: null }] });
    expect(Object.keys(report.summary)).toEqual(["files", "tables", "errors", "warnings", "infos"]);
    const table = report.files[0].sheets[0].tables[0];
    expect(Object.keys(table)).toEqual(["range", "headerRows", "dataRows", "totalRows", "subtotalRows", "columns", "relations", "issues", "foundRules"]);
    expect(table).toMatchObject({ range: "A5:H60", headerRows: [5, 5], dataRows: [6, 59], totalRows: [60] });
  });

  it("prints a readable report in Vietnamese by default and in English with --lang en", async () => {
    const vi = await run(fixturePath("seed-001"));
    expect(vi.out).toMatch(/Trang tính: KQ 9 tháng/);
    expect(vi.out).toMatch(/C60\s+LỖI/);
    expect(vi.out).toMatch(/Tổng kết: 1 tệp/);
    const en = await run(fixturePath("seed-001"), "--lang", "en");
    expect(en.out).toMatch(/C60\s+ERROR .*\(expected 281, found 280\)/);
    expect(en.out).toMatch(/Summary: files 1,/);
  });

  it("--sheet checks only the named sheet", async () => {
    const { code, report } = await runJson(fixturePath("seed-001"), "--sheet", "Ghi chú");
    expect(report.files[0].sheets.map((s) => s.sheet)).toEqual(["Ghi chú"]);
    expect(report.summary.tables).toBe(0);
    expect(code).toBe(0);
    const missing = await run(fixturePath("seed-001"), "--sheet", "Không có");
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Không có/);
  });
});

describe("quota-check on bad inputs", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "qc-main-"));
    await fs.copyFile(fixturePath("seed-000"), path.join(dir, "a-good.xlsx"));
    await fs.copyFile(fixturePath("bad-text-file"), path.join(dir, "b-broken.xlsx"));
    await fs.copyFile(fixturePath("seed-001"), path.join(dir, "c-errors.xlsx"));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("reports a broken file in a directory, still checks the others, and exits 2", async () => {
    const { code, report } = await runJson(dir);
    expect(report.files.map((f) => path.basename(f.file))).toEqual(["a-good.xlsx", "b-broken.xlsx", "c-errors.xlsx"]);
    expect(report.files[1].error).toEqual({ code: "NOT_XLSX", message: expect.stringContaining("b-broken.xlsx") });
    expect(report.files[0].sheets[0].tables).toHaveLength(2);
    expect(errorsOf(report).map((i) => i.cell)).toEqual(["C60"]);
    expect(code).toBe(2);
  });

  it.each([
    ["bad-zero-bytes", "EMPTY_FILE"],
    ["bad-encrypted", "ENCRYPTED"],
    ["bad-truncated", "READ_FAILED"],
  ])("%s is reported as %s with exit 2", async (name, code) => {
    const result = await run(fixturePath(name), "--lang", "en");
    expect(result.code).toBe(2);
    expect(result.out).toContain(`[${code}]`);
  });

  it("a missing file is NOT_FOUND, exit 2", async () => {
    const { code, report } = await runJson(path.join(dir, "nothing-here.xlsx"));
    expect(report.files[0].error?.code).toBe("NOT_FOUND");
    expect(code).toBe(2);
  });

  it.each([
    ["bad-empty-sheet"],
    ["bad-prose-only"],
    ["bad-headers-only"],
  ])("%s is read and checked without errors", async (name) => {
    const { code, report } = await runJson(fixturePath(name));
    expect(report.files[0].error).toBeNull();
    expect(errorsOf(report)).toEqual([]);
    expect(code).toBe(0);
  });

  it("#REF! in a total is a FORMULA_ERROR at C24", async () => {
    const { code, report } = await runJson(fixturePath("bad-ref-total"));
    expect(errorsOf(report)).toContainEqual(expect.objectContaining({ code: "FORMULA_ERROR", cell: "C24" }));
    expect(code).toBe(1);
  });

  it("a merged cell across data rows does not break the table", async () => {
    const { code, report } = await runJson(fixturePath("bad-merged-data"));
    expect(report.files[0].sheets[0].tables[0]).toMatchObject({ range: "A7:K24", dataRows: [11, 23], totalRows: [24] });
    expect(code).toBe(0);
  });
});

describe("quota-check arguments", () => {
  it("--help prints the usage and exits 0", async () => {
    const { code, out } = await run("--help");
    expect(code).toBe(0);
    expect(out).toMatch(/quota-check TỆP\|THƯ_MỤC/);
  });

  it("--version prints the package version", async () => {
    const { code, out } = await run("--version");
    expect(code).toBe(0);
    expect(out).toMatch(/^quota-check \d+\.\d+\.\d+/);
  });

  it.each([[["--bogus", "x.xlsx"]], [[]], [["x.xlsx", "--lang", "de"]], [["x.xlsx", "--sheet"]]])("%j exits 2 with a message on stderr", async (argv) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/quota-check --help/);
  });

  it("an unreadable --policy file exits 2 before any workbook is read", async () => {
    const { code, out, err } = await run(fixturePath("seed-000"), "--policy", path.join(os.tmpdir(), "no-such-policy.json"));
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).not.toBe("");
  });

  it("a directory with no .xlsx exits 2", async () => {
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), "qc-empty-"));
    const { code, err } = await run(empty, "--lang", "en");
    await fs.rm(empty, { recursive: true, force: true });
    expect(code).toBe(2);
    expect(err).toMatch(/holds no Excel workbook/);
  });

  it.each([[["--lang", "en", "fix"]], [["--lang=en", "fix"]]])("%j: the language may come before `fix`", async (lead) => {
    const out = path.join(os.tmpdir(), `qc-lang-first-${lead.length}.xlsx`);
    const { code, out: printed } = await run(...lead, fixturePath("seed-001"), "-o", out, "--dry-run");
    // The seed's quota total 280 would become 281: exit 1, the plan in English.
    expect(code).toBe(1);
    expect(printed).toMatch(/Dry run/);
  });

  it("`fix` is handed to the fix command", async () => {
    const { code, out, err } = await run("fix", "--help");
    expect(code).toBe(0);
    expect(out + err).toMatch(/fix/);
  });
});

describe("quota-check with policies", () => {
  const policyFile = path.resolve(__dirname, "..", "..", "samples", "binh-dinh-kh104.policy.json");

  it("--policy adds the plan's warnings to seed 004 without new errors", async () => {
    const { code, report } = await runJson(fixturePath("seed-004"), "--policy", policyFile);
    const codes = issuesOf(report).map((i) => i.code);
    expect(codes).toContain("PLAN_TOTAL_MISMATCH");
    expect(codes).toContain("SHARE_BELOW_TARGET");
    expect(errorsOf(report).map((i) => i.cell)).toEqual(["D36"]);
    expect(code).toBe(1);
  });

  it("--discover applies the rules stated above the table; without it none are applied", async () => {
    // Seed 004 with the plan's own sentence (plan 104, section II.1) as a caption line in the blank row 6.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "qc-discover-"));
    const file = path.join(dir, "kh104-with-plan.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixturePath("seed-004"));
    wb.worksheets[0].getCell("A6").value =
      "Năm 2024 và năm 2025, toàn Đảng bộ Khối mỗi năm kết nạp 240 đảng viên mới (đạt trên 4% đảng viên toàn Đảng bộ).";
    await wb.xlsx.writeFile(file);
    try {
      const plain = await runJson(file);
      expect(issuesOf(plain.report).filter((i) => i.code === "PLAN_TOTAL_MISMATCH")).toEqual([]);
      const found = await runJson(file, "--discover");
      const plan = issuesOf(found.report).filter((i) => i.code === "PLAN_TOTAL_MISMATCH");
      // 2024's units add up to 260 and 2025's to 232 (seed 004), against the promised 240 a year.
      expect(plan.map((i) => [i.expected, i.actual])).toEqual([
        [240, 260],
        [240, 232],
      ]);
      expect(found.report.summary.errors).toBe(plain.report.summary.errors);
      // Both runs list the found rules with their sentence; only --discover applies them.
      const listed = (r: typeof plain.report) => r.files[0].sheets[0].tables[0].foundRules;
      expect(listed(plain.report).map((f) => [f.rule, f.applied])).toEqual([
        [{ kind: "planTotal", column: { header: ["Năm 2024"] }, total: 240, comparison: "equal" }, false],
        [{ kind: "planTotal", column: { header: ["Năm 2025"] }, total: 240, comparison: "equal" }, false],
      ]);
      expect(listed(found.report).map((f) => f.applied)).toEqual([true, true]);
      expect(listed(found.report)[0].source).toMatch(/^Năm 2024 và năm 2025, .*240 đảng viên mới/);
      expect(listed(found.report)[0].description).toMatch(/240/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
