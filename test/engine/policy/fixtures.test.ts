/**
 * The policy rules on the fixture workbooks, through the whole engine: read the .xlsx, analyzeGrid,
 * then policyIssues with the sample policy files. Expected values come from the seed numbers in the
 * sheet itself (summed here) and from the issue's statement of them.
 */
import * as path from "path";
import { loadPolicyFile } from "../../../src/cli/policy-file";
import { analyzeGrid } from "../../../src/engine/analyze";
import { numericValue, readCell } from "../../../src/engine/cells";
import type { Grid } from "../../../src/engine/grid";
import { discoverRules, policyIssues } from "../../../src/engine/policy/index";
import { SEED_000, SEED_004, loadFixtureSheet } from "../../helpers/fixtures";

const SAMPLES = path.resolve(__dirname, "../../../samples");

/** What a cell says as a number, numbers stored as text read in the default (thousands) style. */
const num = (grid: Grid, row: number, col: number) => numericValue(readCell(grid, row, col)) ?? 0;
const sumOf = (grid: Grid, rows: readonly number[], col: number) => rows.reduce((s, r) => s + num(grid, r, col), 0);

describe.each(["seed-004", "seed-004-text"])("%s with samples/binh-dinh-kh104.policy.json", (fixture) => {
  test("2024 and 2025 miss 240; 2024's youth-union share is below 70 %", async () => {
    const grid = await loadFixtureSheet(fixture, SEED_004.sheet);
    const rules = await loadPolicyFile(path.join(SAMPLES, "binh-dinh-kh104.policy.json"));
    const analysis = policyIssues(grid, analyzeGrid(grid), rules);
    expect(analysis.tables).toHaveLength(1);
    const policy = analysis.tables[0].issues.filter((i) => ["PLAN_TOTAL_MISMATCH", "SHARE_BELOW_TARGET"].includes(i.code));

    const { cols, dataRows } = SEED_004;
    const t2024 = sumOf(grid, dataRows, cols.total2024);
    const t2025 = sumOf(grid, dataRows, cols.total2025);
    const y2024 = sumOf(grid, dataRows, cols.youth2024);
    expect([t2024, t2025, y2024]).toEqual([260, 232, 176]);

    expect(policy.map((i) => [i.code, i.col, i.expected, i.actual])).toEqual([
      ["PLAN_TOTAL_MISMATCH", cols.total2024, 240, t2024],
      ["PLAN_TOTAL_MISMATCH", cols.total2025, 240, t2025],
      ["SHARE_BELOW_TARGET", cols.youth2024, 70, Math.round((y2024 / t2024) * 10000) / 100],
    ]);
    // No total row: each finding points at its column's leaf header, inside the first header band.
    expect(policy.every((i) => SEED_004.headerRows.includes(i.row as 6 | 7 | 8))).toBe(true);
  });
});

describe.each(["seed-000", "seed-000-text"])("%s with samples/hung-yen-kl733.policy.json", (fixture) => {
  test("the units whose new quota is below 3.5 % of members (nearest) are flagged, in the first table only", async () => {
    const grid = await loadFixtureSheet(fixture, SEED_000.sheet);
    const rules = await loadPolicyFile(path.join(SAMPLES, "hung-yen-kl733.policy.json"));
    const analysis = policyIssues(grid, analyzeGrid(grid), rules);
    const { cols, firstDataRow, totalRow } = SEED_000;
    const rows = Array.from({ length: totalRow - firstDataRow + 1 }, (_, i) => firstDataRow + i);
    // round(m × 3.5 %) half up, in whole numbers: ⌊(35m + 500) / 1000⌋.
    const below = rows.filter((r) => num(grid, r, cols.quotaNew) < Math.floor((35 * num(grid, r, cols.members) + 500) / 1000));
    expect(below).toEqual([...SEED_000.unassignedRows]); // Công an tỉnh, Quân sự tỉnh

    const [main, unions] = analysis.tables;
    const flagged = main.issues.filter((i) => i.code === "BELOW_MIN_RATE");
    expect(flagged.map((i) => [i.row, i.col])).toEqual(below.map((r) => [r, cols.quotaNew]));
    expect(flagged.map((i) => i.params?.unit)).toEqual(["Công an tỉnh", "Quân sự tỉnh"]);
    expect(unions.issues.filter((i) => i.code === "BELOW_MIN_RATE")).toEqual([]);
  });
});

describe("the fixtures' own captions", () => {
  test.each([
    ["seed-000", SEED_000.sheet],
    ["seed-004", SEED_004.sheet],
  ])("%s: the appendix titles above the tables state no rule", async (fixture, sheet) => {
    const grid = await loadFixtureSheet(fixture, sheet);
    const tables = analyzeGrid(grid).tables;
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.flatMap((t) => discoverRules(t.table.captions))).toEqual([]);
  });
});
