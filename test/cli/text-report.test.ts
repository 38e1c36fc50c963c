/** The readable report is a view of the JSON report: built here from a hand-written Report. */
import { formatTextReport } from "../../src/cli/text-report";
import type { Report, ReportIssue } from "../../src/engine/report";

const issue = (over: Partial<ReportIssue>): ReportIssue => ({
  code: "TOTAL_MISMATCH",
  severity: "error",
  cell: "C60",
  expected: 281,
  actual: 280,
  message: "msg",
  ...over,
});

const report: Report = {
  tool: "quota-check",
  version: "0.1.0",
  files: [
    {
      file: "a.xlsx",
      error: null,
      sheets: [
        {
          sheet: "KQ",
          tables: [
            {
              range: "A5:H60",
              headerRows: [5, 5],
              dataRows: [6, 1059],
              totalRows: [60],
              subtotalRows: [],
              columns: [],
              relations: [],
              issues: [
                issue({ code: "HARDCODED_TOTAL", severity: "info", cell: "D60", expected: null, actual: null, message: "typed-in" }),
                issue({ code: "NUMBER_AS_TEXT", severity: "warning", cell: "C7", expected: 7715, actual: "7,715", message: "as text" }),
                issue({ message: "total wrong" }),
              ],
              foundRules: [
                {
                  description: "The sum of column “Năm 2024” equals the plan total 240",
                  source: "mỗi năm kết nạp 240 đảng viên mới",
                  confidence: "high",
                  applied: false,
                  requested: false,
                  configured: false,
                  rule: { kind: "planTotal", column: { header: ["Năm 2024"] }, total: 240, comparison: "equal" },
                },
                {
                  description: "rule two",
                  source: "sentence two",
                  confidence: "medium",
                  applied: true,
                  requested: true,
                  configured: true,
                  rule: { kind: "planTotal", column: { header: ["Năm 2025"] }, total: 240, comparison: "equal" },
                },
              ],
            },
            { range: "A70:C71", headerRows: [70, 71], dataRows: [], totalRows: [], subtotalRows: [], columns: [], relations: [], issues: [], foundRules: [] },
          ],
          issues: [issue({ code: "FORMULA_ERROR", cell: "Z1", expected: null, actual: "#REF!", message: "ref" })],
        },
        { sheet: "Notes", tables: [], issues: [] },
      ],
    },
    { file: "b.xlsx", error: { code: "NOT_XLSX", message: "not a workbook" }, sheets: [] },
  ],
  summary: { files: 2, tables: 2, errors: 2, warnings: 1, infos: 1 },
};

describe("formatTextReport", () => {
  const lines = formatTextReport(report, "en").split("\n");

  it("lists errors first, then warnings, then notes, each with expected vs actual where both exist", () => {
    const tableBlock = lines.slice(0, lines.indexOf("    Outside any table:"));
    const issueLines = tableBlock.filter((l) => /^ {6}[A-Z]+\d+ /.test(l));
    expect(issueLines.map((l) => l.trim().split(/\s+/)[0])).toEqual(["C60", "C7", "D60"]);
    expect(issueLines[0]).toMatch(/ERROR\s+total wrong \(expected 281, found 280\)$/);
    expect(issueLines[1]).toMatch(/WARNING\s+as text \(expected 7,715, found 7,715\)$/);
    expect(issueLines[2]).toMatch(/NOTE\s+typed-in$/);
  });

  it("writes row numbers without thousands separators and says when a table has no data", () => {
    expect(lines).toContain("    Table A5:H60: data in rows 6–1059, 0 relations between cells");
    expect(lines).toContain("    Table A70:C71: no data rows");
  });

  it("shows sheet-level issues, sheets without tables and unreadable files", () => {
    expect(lines).toContain("    Outside any table:");
    expect(lines.some((l) => /Z1\s+ERROR\s+ref$/.test(l))).toBe(true);
    expect(lines).toContain("  Sheet: Notes");
    expect(lines).toContain("    (no table found)");
    expect(lines).toContain("  CANNOT READ [NOT_XLSX] not a workbook");
  });

  it("lists the rules found above a table with their sentences and whether they were applied", () => {
    const at = lines.indexOf("      Rules found in the text above the table:");
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 5)).toEqual([
      "        [not applied: add --discover or copy it into the --policy file] The sum of column “Năm 2024” equals the plan total 240 (clear)",
      "          from: “mỗi năm kết nạp 240 đảng viên mới”",
      "        [applied] rule two (columns need confirming)",
      "          from: “sentence two”",
    ]);
    expect(formatTextReport(report, "vi")).toMatch(/\[đã áp dụng\] rule two/);
  });

  it("ends with the summary and the count of unreadable files", () => {
    expect(lines.slice(-3)).toEqual(["Summary: files 2, tables 2, errors 2, warnings 1, notes 1.", "Files that could not be read: 1.", ""]);
  });

  it("speaks Vietnamese", () => {
    const vi = formatTextReport(report, "vi");
    expect(vi).toMatch(/C60\s+LỖI\s+total wrong \(cần: 281, đang ghi: 280\)/);
    expect(vi).toMatch(/Tổng kết: 2 tệp/);
  });
});

test("a column's numbers stored as text (4 or more) are one line; fewer stay one line each", () => {
  const inC = ["C6", "C7", "C8", "C9", "C10"].map((cell, i) =>
    issue({ code: "NUMBER_AS_TEXT", severity: "warning", cell, expected: 10 + i, actual: String(10 + i), message: "as text" }),
  );
  const inD = ["D6", "D7"].map((cell) => issue({ code: "NUMBER_AS_TEXT", severity: "warning", cell, expected: 1, actual: "1", message: "one as text" }));
  const table = report.files[0].sheets[0].tables[0];
  const text = formatTextReport(
    { ...report, files: [{ ...report.files[0], sheets: [{ sheet: "KQ", issues: [], tables: [{ ...table, foundRules: [], issues: [issue({ message: "total wrong" }), ...inC, ...inD] }] }] }] },
    "en",
  );
  const lines = text.split("\n").filter((l) => /ERROR|WARNING/.test(l));
  expect(lines).toHaveLength(1 + 1 + inD.length);
  expect(lines[0]).toMatch(/total wrong/);
  expect(lines[1]).toMatch(/^\s+C6…C10\s+WARNING\s+5 cells in column C hold numbers stored as text \(e\.g\. C6: "10"\)/);
  expect(lines.slice(2).every((l) => /one as text/.test(l))).toBe(true);
});
