/**
 * The JSON report of DESIGN.md from hand-built analyses (seed 001's shape: header row 5, units in rows
 * 6–59, total row 60, quota in C), so these tests do not depend on detection or checks.
 */
import { buildReport, exitCodeOf, issueMessage, reportRelation } from "../../src/engine/report";
import { SEVERITY, type Column, type Issue, type Relation, type SheetAnalysis, type Table } from "../../src/engine/model";

const col = (c: number, header: string, role: Column["role"]): Column => ({ col: c, header, role, path: [header] });

const units = Array.from({ length: 54 }, (_, i) => 5 + i);
const table: Table = {
  sheet: "KQ 9 tháng",
  top: 4,
  left: 0,
  bottom: 59,
  right: 7,
  headerTop: 4,
  headerBottom: 4,
  numberingRow: null,
  repeatedHeaderRows: [],
  dataRows: units,
  totalRows: [59],
  subtotals: [],
  sttCol: 0,
  labelCols: [1],
  columns: [
    col(0, "STT", "stt"),
    col(1, "Tên chi bộ, đảng bộ", "label"),
    col(2, "Chỉ tiêu giao năm 2023", "count"),
    col(3, "Đã kết nạp", "count"),
    col(4, "Đang trình duyệt", "count"),
    col(5, "Tổng cộng", "count"),
    col(6, "Tỷ lệ %", "percent"),
    col(7, "Nguồn hiện có đã học lớp cảm tình Đảng", "count"),
  ],
  headerTree: [],
  shape: "units",
  captions: ["KẾT QUẢ KẾT NẠP ĐẢNG VIÊN 9 THÁNG ĐẦU NĂM 2023"],
};
const relations: Relation[] = [
  { kind: "column-total", row: 59, rows: units, cols: [2, 3, 4, 5, 7] },
  { kind: "parts", whole: 5, parts: [3, 4], source: "header" },
  { kind: "percent", col: 6, numerator: 5, denominator: 2, scale: 100, decimals: 2 },
];
const mismatch: Issue = { code: "TOTAL_MISMATCH", severity: SEVERITY.TOTAL_MISMATCH, row: 59, col: 2, expected: 281, actual: 280, relation: 0 };
const hardcoded: Issue = { code: "HARDCODED_TOTAL", severity: "info", row: 59, col: 2, params: { row: 60, cells: "C60" } };
const sheet: SheetAnalysis = { sheet: "KQ 9 tháng", tables: [{ table, relations, issues: [mismatch, hardcoded] }], issues: [] };

describe("buildReport", () => {
  const report = buildReport(
    [
      { file: "vinh-bao.xlsx", sheets: [sheet, { sheet: "Ghi chú", tables: [], issues: [] }] },
      { file: "broken.xlsx", error: { code: "NOT_XLSX", messageKey: "cli.read.NOT_XLSX" }, sheets: [] },
    ],
    { lang: "en", version: "9.9.9" },
  );

  it("has DESIGN.md's top-level shape", () => {
    expect(Object.keys(report)).toEqual(["tool", "version", "files", "summary"]);
    expect(report.tool).toBe("quota-check");
    expect(report.version).toBe("9.9.9");
    expect(report.summary).toEqual({ files: 2, tables: 1, errors: 1, warnings: 0, infos: 1 });
  });

  it("turns the table into A1 ranges, 1-based rows and column letters", () => {
    const t0 = report.files[0].sheets[0].tables[0];
    expect(t0.range).toBe("A5:H60");
    expect(t0.headerRows).toEqual([5, 5]);
    expect(t0.dataRows).toEqual([6, 59]);
    expect(t0.totalRows).toEqual([60]);
    expect(t0.subtotalRows).toEqual([]);
    expect(t0.columns[2]).toEqual({ col: "C", header: "Chỉ tiêu giao năm 2023", role: "count" });
    expect(t0.relations).toEqual([
      { kind: "column-total", cols: ["C", "D", "E", "F", "H"], row: 60 },
      { kind: "parts", whole: "F", parts: ["D", "E"] },
      { kind: "percent", col: "G", numerator: "F", denominator: "C", scale: 100, decimals: 2 },
    ]);
  });

  it("gives every issue its cell, expected, actual and a message in the chosen language", () => {
    const [first, second] = report.files[0].sheets[0].tables[0].issues;
    expect(first).toMatchObject({ code: "TOTAL_MISMATCH", severity: "error", cell: "C60", expected: 281, actual: 280 });
    expect(first.message).toMatch(/C60/);
    expect(first.message).toMatch(/281/);
    expect(first.message).toMatch(/280/);
    expect(Object.keys(first)).toEqual(["code", "severity", "cell", "expected", "actual", "message", "relation"]);
    // Issue 9: the relation behind the finding, in words.
    expect(first.relation).toBe("C60 = sum of rows C6:C59");
    expect(second).toMatchObject({ code: "HARDCODED_TOTAL", severity: "info", cell: "C60", expected: null, actual: null });
  });

  it("puts sheet-level issues beside the tables and keeps sheets without tables", () => {
    expect(report.files[0].sheets[1]).toEqual({ sheet: "Ghi chú", tables: [], issues: [] });
    expect(report.files[0].sheets[0].issues).toEqual([]);
  });

  it("reports an unreadable file with its code and message, and exits 2", () => {
    expect(report.files[1]).toEqual({
      file: "broken.xlsx",
      error: { code: "NOT_XLSX", message: expect.stringContaining("broken.xlsx") },
      sheets: [],
    });
    expect(exitCodeOf(report)).toBe(2);
  });

  it("exits 1 when errors were found and 0 when only notes were", () => {
    expect(exitCodeOf(buildReport([{ file: "a.xlsx", sheets: [sheet] }], { lang: "vi" }))).toBe(1);
    const notesOnly: SheetAnalysis = { ...sheet, tables: [{ table, relations, issues: [hardcoded] }] };
    expect(exitCodeOf(buildReport([{ file: "a.xlsx", sheets: [notesOnly] }], { lang: "vi" }))).toBe(0);
  });

  it("renders Vietnamese and English messages that differ", () => {
    expect(issueMessage(mismatch, table, "vi")).not.toBe(issueMessage(mismatch, table, "en"));
  });

  it("writes share and shortfall relations with letters and 1-based rows", () => {
    expect(reportRelation({ kind: "share", col: 3, of: 2, totalRow: 9, scale: 100, decimals: 1 })).toEqual({
      kind: "share",
      col: "D",
      of: "C",
      totalRow: 10,
      scale: 100,
      decimals: 1,
    });
    expect(reportRelation({ kind: "shortfall", col: 4, target: 2, achieved: 3 })).toEqual({
      kind: "shortfall",
      col: "E",
      target: "C",
      achieved: "D",
    });
  });
});
