/**
 * The expected findings of issue 3 on the command line's fixture workbooks, through the whole pipeline
 * (read → detect → relations → checks). Expected numbers are computed here from the published seed rows.
 */
import { loadFixture, loadFixtureSheet, SEED_000, SEED_001, SEED_004, BAD_FIXTURES, seed004Row } from "../helpers/fixtures";
import { analyzeGrid } from "../../src/engine/analyze";
import { gridFromRows, type Grid } from "../../src/engine/grid";
import type { Issue, SheetAnalysis } from "../../src/engine/model";
import { SEED_001_UNITS, SEED_004_UNITS } from "./checks/seed-rows";

const allIssues = (a: SheetAnalysis): Issue[] => [...a.issues, ...a.tables.flatMap((t) => t.issues)];
const bySeverity = (a: SheetAnalysis, s: Issue["severity"]) => allIssues(a).filter((i) => i.severity === s);

describe.each([
  ["seed-000", false],
  ["seed-000-text", true],
])("%s: both tables, every total right", (name, asText) => {
  let analysis: SheetAnalysis;
  beforeAll(async () => {
    analysis = analyzeGrid(await loadFixtureSheet(name, SEED_000.sheet));
  });

  it("finds both tables", () => {
    expect(analysis.tables.map((t) => t.table.top)).toEqual([SEED_000.range.top, SEED_000.unions.range.top]);
  });

  it("has no errors", () => {
    expect(bySeverity(analysis, "error")).toEqual([]);
  });

  it("checks the member and quota totals against the units", () => {
    const main = analysis.tables[0];
    expect(main.relations).toContainEqual(
      expect.objectContaining({ kind: "column-total", row: SEED_000.totalRow, cols: expect.arrayContaining([SEED_000.cols.members, SEED_000.cols.quotaNew]) }),
    );
  });

  it("does not take old/new quota alternatives as parts of a sum", () => {
    expect(analysis.tables[0].relations.filter((r) => r.kind === "parts")).toEqual([]);
  });

  it(asText ? "warns about every number stored as text, and nothing else" : "has no warnings", () => {
    const warnings = bySeverity(analysis, "warning");
    if (!asText) expect(warnings).toEqual([]);
    else {
      expect(warnings.length).toBeGreaterThan(0);
      expect(new Set(warnings.map((w) => w.code))).toEqual(new Set(["NUMBER_AS_TEXT"]));
      // "7,715" (TP Hưng Yên's members) is read as 7715.
      expect(warnings).toContainEqual(expect.objectContaining({ row: SEED_000.firstDataRow, col: SEED_000.cols.members, expected: 7715, actual: "7,715" }));
    }
  });
});

describe.each([
  ["seed-001", false],
  ["seed-001-text", true],
])("%s: the quota total says 280, its rows sum to 281", (name, asText) => {
  let analysis: SheetAnalysis;
  beforeAll(async () => {
    analysis = analyzeGrid(await loadFixtureSheet(name, SEED_001.sheet));
  });

  it("reports exactly one error: TOTAL_MISMATCH at the quota total cell", () => {
    const quotaSum = SEED_001_UNITS.reduce((s, u) => s + u[2], 0);
    expect(bySeverity(analysis, "error")).toEqual([
      expect.objectContaining({ code: "TOTAL_MISMATCH", row: SEED_001.totalRow, col: SEED_001.cols.quota, expected: quotaSum, actual: 280 }),
    ]);
    expect(quotaSum).toBe(281);
  });

  it("finds Tổng cộng = Đã kết nạp + Đang trình duyệt and Tỷ lệ % = Tổng cộng / Chỉ tiêu", () => {
    const { cols } = SEED_001;
    expect(analysis.tables[0].relations).toEqual(
      expect.arrayContaining([
        { kind: "parts", whole: cols.total, parts: [cols.admitted, cols.pending], source: "data" },
        { kind: "percent", col: cols.percent, numerator: cols.total, denominator: cols.quota, scale: 100, decimals: 2 },
      ]),
    );
  });

  it("has no percent finding: 58.57 is right for the stated 280 (not reported twice)", () => {
    expect(allIssues(analysis).filter((i) => i.code.startsWith("PERCENT"))).toEqual([]);
  });

  it(asText ? "adds only NUMBER_AS_TEXT warnings" : "has no warnings", () => {
    const codes = new Set(bySeverity(analysis, "warning").map((w) => w.code));
    expect(codes).toEqual(new Set(asText ? ["NUMBER_AS_TEXT"] : []));
  });

  it("keeps the other sheet free of findings", async () => {
    const notes = (await loadFixture(name)).find((g) => g.sheet === SEED_001.notesSheet) as Grid;
    expect(allIssues(analyzeGrid(notes))).toEqual([]);
  });
});

describe.each([
  ["seed-004", false],
  ["seed-004-text", true],
])("%s: row 24 says 8 for 2024, its parts are 10 + 0", (name, asText) => {
  let analysis: SheetAnalysis;
  beforeAll(async () => {
    analysis = analyzeGrid(await loadFixtureSheet(name, SEED_004.sheet));
  });

  it("reads the three page blocks as one table", () => {
    expect(analysis.tables).toHaveLength(1);
    expect(analysis.tables[0].table.dataRows).toEqual(SEED_004.dataRows);
  });

  it("reports exactly one error: PARTS_MISMATCH at row 24's 2024 total", () => {
    const unit24 = SEED_004_UNITS[23];
    expect(unit24[0]).toBe(24);
    const parts = unit24[4] + unit24[5];
    expect(bySeverity(analysis, "error")).toEqual([
      expect.objectContaining({ code: "PARTS_MISMATCH", row: seed004Row(24), col: SEED_004.cols.total2024, expected: parts, actual: 8 }),
    ]);
    expect(parts).toBe(10);
  });

  it("notes the missing total row as info only", () => {
    expect(new Set(bySeverity(analysis, "info").map((i) => i.code))).toEqual(new Set(["TOTAL_MISSING"]));
  });

  it(asText ? "adds only NUMBER_AS_TEXT warnings" : "has no warnings", () => {
    const codes = new Set(bySeverity(analysis, "warning").map((w) => w.code));
    expect(codes).toEqual(new Set(asText ? ["NUMBER_AS_TEXT"] : []));
  });
});

describe("bad inputs", () => {
  it("an empty grid (no cells at all) gives no tables and no issues", () => {
    expect(analyzeGrid(gridFromRows("Trống", []))).toEqual({ sheet: "Trống", tables: [], issues: [] });
  });

  it.each([
    ["an empty sheet", BAD_FIXTURES.emptySheet],
    ["a sheet with prose and no table", BAD_FIXTURES.proseOnly],
    ["a table with only headers", BAD_FIXTURES.headersOnly],
  ])("%s gives no error", async (_what, name) => {
    for (const grid of await loadFixture(name)) {
      const a = analyzeGrid(grid);
      expect(bySeverity(a, "error")).toEqual([]);
      expect(a.tables.flatMap((t) => t.issues).filter((i) => i.severity !== "info")).toEqual([]);
    }
  });

  it("#REF! in a total is FORMULA_ERROR at that cell, and its column is not judged again", async () => {
    const [grid] = await loadFixture(BAD_FIXTURES.refTotal);
    const a = analyzeGrid(grid);
    expect(bySeverity(a, "error")).toEqual([
      expect.objectContaining({ code: "FORMULA_ERROR", row: SEED_000.totalRow, col: SEED_000.cols.members, actual: "#REF!" }),
    ]);
  });

  it("blank cells merged across data rows are read as Excel reads them (the value sits in the top-left cell): no error", async () => {
    const [grid] = await loadFixture(BAD_FIXTURES.mergedData);
    const a = analyzeGrid(grid);
    expect(grid.merges.some((m) => m.top === SEED_000.unassignedRows[0] && m.bottom === SEED_000.unassignedRows[1])).toBe(true);
    expect(bySeverity(a, "error")).toEqual([]);
  });

  it("a value merged across two data rows counts once, as Excel's SUM counts it", () => {
    // Units A (3) and B share a merged cell C4:C5 holding 5; the total 8 = 3 + 5 is right, 13 would not be.
    const rows = (total: number) => [
      ["PHỤ LỤC"],
      [],
      ["STT", "Đơn vị", "Chỉ tiêu"],
      [1, "Đơn vị A", 3],
      [2, "Đơn vị B", 5],
      [3, "Đơn vị C", null],
      ["Tổng cộng", null, total],
    ];
    const merges = [{ top: 4, left: 2, bottom: 5, right: 2 }];
    const ok = analyzeGrid(gridFromRows("S", rows(8), { merges }));
    const bad = analyzeGrid(gridFromRows("S", rows(13), { merges }));
    expect(ok.tables).toHaveLength(1);
    expect(bySeverity(ok, "error")).toEqual([]);
    expect(bySeverity(bad, "error")).toEqual([expect.objectContaining({ code: "TOTAL_MISMATCH", row: 6, col: 2, expected: 8, actual: 13 })]);
  });
});

describe("a sheet whose formulas were never calculated (Grid.formulasNotComputed)", () => {
  // Units A–C, then "Tổng cộng" whose cells are =SUM(…) without values, and a percent column of formulas.
  const rows = [
    ["STT", "Đơn vị", "Chỉ tiêu", "Kết quả", "Tỷ lệ %"],
    [1, "A", 10, 5, null],
    [2, "B", 10, 6, null],
    [3, "C", 20, 5, null],
    [null, "Tổng cộng", null, null, null],
  ];
  const formulas = rows.map((r, i) =>
    r.map((_, c) => {
      if (i === 4 && (c === 2 || c === 3)) return `=SUM(${"CD"[c - 2]}2:${"CD"[c - 2]}4)`;
      if (i > 0 && c === 4) return `=ROUND(D${i + 1}/C${i + 1}*100,2)`;
      return null;
    }),
  );

  it("still reads the formula row as the total row, and says once that the sheet was never calculated", () => {
    const analysis = analyzeGrid(gridFromRows("Phụ lục", rows, { formulas, formulasNotComputed: true }));
    expect(analysis.tables).toHaveLength(1);
    expect(analysis.tables[0].table.totalRows).toEqual([4]);
    expect(allIssues(analysis).map((i) => i.code)).toEqual(["FORMULA_NOT_COMPUTED"]);
    // 2 SUM cells + 4 percent cells; the first in reading order is E2.
    expect(analysis.issues[0]).toMatchObject({ severity: "warning", row: 1, col: 4, params: { count: 2 + 4 } });
  });

  it("where the values are missing for no such reason, the row is only a heading and nothing is said of formulas", () => {
    const analysis = analyzeGrid(gridFromRows("Phụ lục", rows, { formulas }));
    expect(analysis.tables[0].table.totalRows).toEqual([]);
    expect(allIssues(analysis).map((i) => i.code)).not.toContain("FORMULA_NOT_COMPUTED");
  });
});
