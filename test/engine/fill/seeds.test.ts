/**
 * The fill on the real seed tables: apply the plan, let a real formula engine (HyperFormula) compute every
 * formula, validate again. What the fill repairs must be gone; the undo plan must restore the sheet.
 */
import { analyzeGrid } from "../../../src/engine/analyze";
import { applyPlanToGrid, planFillSheet } from "../../../src/engine/fill";
import { type Grid, valueAt } from "../../../src/engine/grid";
import type { IssueCode } from "../../../src/engine/model";
import { invertPlan, isEmptyPlan } from "../../../src/engine/plan";
import { SEED_001, SEED_004, loadFixture } from "../../helpers/fixtures";
import { evaluateGrid } from "./evaluate";
import { gridDifferences } from "./grid-compare";

const REPAIRED: readonly IssueCode[] = ["TOTAL_MISMATCH", "PARTS_MISMATCH", "PERCENT_MISMATCH"];

/**
 * These tests are about recomputing (the seeds' wrong totals are repaired from their members), so they ask
 * for it: by default the fill waits for the user where the cause of a finding is not certain (issue 10).
 */
const RECOMPUTE = { trust: "totals" } as const;

function fillSheet(grid: Grid): { filled: Grid; plan: ReturnType<typeof planFillSheet> } {
  const plan = planFillSheet(grid, analyzeGrid(grid).tables, RECOMPUTE);
  return { plan, filled: evaluateGrid(applyPlanToGrid(grid, plan)) };
}

const repairedIssues = (grid: Grid) =>
  analyzeGrid(grid).tables.flatMap((t) => t.issues.filter((i) => REPAIRED.includes(i.code)).map((i) => `${i.code} ${i.row},${i.col}`));

describe.each(["seed-000", "seed-001", "seed-004", "seed-000-text", "seed-001-text", "seed-004-text"])("fill %s", (name) => {
  let sheets: Grid[];
  beforeAll(async () => {
    sheets = await loadFixture(name);
  });

  test("after the fill and a recalculation, no total, parts or percent mismatch is left", () => {
    for (const grid of sheets) expect(repairedIssues(fillSheet(grid).filled)).toEqual([]);
  });

  test("filling twice: the second plan is empty", () => {
    for (const grid of sheets) {
      const { filled } = fillSheet(grid);
      const again = planFillSheet(filled, analyzeGrid(filled).tables, RECOMPUTE);
      expect(again.edits.map((e) => `${e.reason} ${e.row},${e.col} ${e.after.formula}`)).toEqual([]);
      expect(isEmptyPlan(again)).toBe(true);
    }
  });

  test("the undo plan gives back the original grid cell by cell", () => {
    for (const grid of sheets) {
      const { plan } = fillSheet(grid);
      const undone = applyPlanToGrid(applyPlanToGrid(grid, plan), invertPlan(plan));
      expect(gridDifferences(undone, grid)).toEqual([]);
    }
  });
});

describe("seed 001 after the fill", () => {
  test("the quota total shows 281 and the total percent 164/281 = 58.36", async () => {
    const [grid] = await loadFixture("seed-001");
    const before = valueAt(grid, SEED_001.totalRow, SEED_001.cols.quota);
    expect(before).toBe(280);
    const { filled } = fillSheet(grid);
    expect(valueAt(filled, SEED_001.totalRow, SEED_001.cols.quota)).toBe(281);
    expect(valueAt(filled, SEED_001.totalRow, SEED_001.cols.percent)).toBe(58.36);
    expect(valueAt(filled, SEED_001.totalRow, SEED_001.cols.total)).toBe(164);
  });
});

describe("seed 004 after the fill", () => {
  test("row 24's 2024 total becomes 10 + 0, and a total row is added under the last page", async () => {
    const [grid] = await loadFixture("seed-004");
    const { filled, plan } = fillSheet(grid);
    const { cols, dataRows, lastDataRow } = SEED_004;
    const row24 = dataRows[23];
    expect(valueAt(grid, row24, cols.total2024)).toBe(8);
    expect(valueAt(filled, row24, cols.total2024)).toBe(10);

    const totalRow = lastDataRow + 1;
    expect(valueAt(filled, totalRow, cols.stt)).toBe("Tổng cộng");
    expect(plan.addMerges).toContainEqual({ top: totalRow, bottom: totalRow, left: cols.stt, right: cols.label });
    const sum = (col: number) => dataRows.reduce((s, r) => s + (valueAt(grid, r, col) as number), 0);
    expect(valueAt(filled, totalRow, cols.total2024)).toBe(sum(cols.youth2024) + sum(cols.union2024));
    expect(valueAt(filled, totalRow, cols.total2025)).toBe(232);
    expect(valueAt(filled, totalRow, cols.youth2024)).toBe(sum(cols.youth2024));
    // The new row is formatted like the last unit row.
    const e = plan.edits.find((x) => x.row === totalRow && x.col === cols.total2024);
    expect(e?.after.styleFrom).toEqual({ row: lastDataRow, col: cols.total2024 });
    expect(e?.before.styleFrom).toBeNull();
  });
});
