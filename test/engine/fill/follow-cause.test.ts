/**
 * Fill follows the cause (issue 10) on seed 000 with Yên Mỹ's new quota 235 typed 253, and on seed 001 as
 * published (quota total 280 against 281, no certain cause). Expected values are the published figures.
 */
import { analyzeGrid } from "../../../src/engine/analyze";
import { applyPlanToGrid, planFillSheet } from "../../../src/engine/fill";
import { type Grid, valueAt } from "../../../src/engine/grid";
import { SEED_000, SEED_001, loadFixtureSheet } from "../../helpers/fixtures";
import { withSlips } from "../causes/slip-helpers";
import { evaluateGrid } from "./evaluate";

const YEN_MY = SEED_000.firstDataRow + 7;
const E = SEED_000.cols.quotaNew;
const TOTAL = SEED_000.totalRow;

describe("seed 000, Yên Mỹ 235 typed 253", () => {
  let grid: Grid;
  beforeAll(async () => {
    grid = withSlips(await loadFixtureSheet(SEED_000.name, SEED_000.sheet), [{ row: YEN_MY, col: E, value: 253 }]);
  });
  const plan = (options = {}) => planFillSheet(grid, analyzeGrid(grid).tables, options);

  test("by default the unit cell goes back to 235 and the total keeps 2.655", () => {
    const p = plan();
    expect(p.edits.find((e) => e.row === YEN_MY && e.col === E)).toMatchObject({ reason: "cause", before: { value: 253 }, after: { value: 235, formula: null } });
    const total = p.edits.find((e) => e.row === TOTAL && e.col === E);
    // The typed total may become a SUM formula, but what it shows stays 2.655.
    if (total) expect(total).toMatchObject({ after: { value: 2655 }, changesDisplayedValue: false });
    const filled = evaluateGrid(applyPlanToGrid(grid, p));
    expect(valueAt(filled, TOTAL, E)).toBe(2655);
    expect(valueAt(filled, YEN_MY, E)).toBe(235);
  });

  test("the plan says why and offers recomputing the total beside it", () => {
    const [choice] = plan().choices ?? [];
    expect(choice).toMatchObject({ row: TOTAL, col: E, by: "high-cause" });
    expect(choice.options[choice.chosen]).toMatchObject({ row: YEN_MY, col: E, value: 235, kind: "transposition" });
    expect(choice.options).toEqual(expect.arrayContaining([expect.objectContaining({ row: TOTAL, col: E, value: 2673, kind: "recompute" })]));
  });

  test("--trust totals recomputes the total (2.673) and leaves the unit as typed", () => {
    const p = plan({ trust: "totals" });
    expect(p.edits.find((e) => e.row === YEN_MY && e.col === E)).toBeUndefined();
    expect(p.edits.find((e) => e.row === TOTAL && e.col === E)?.after.value).toBe(2673);
  });

  test("a pick of the recompute option is followed", () => {
    const p = plan({ choose: [{ row: TOTAL, col: E, value: 2673 }] });
    expect(p.edits.find((e) => e.row === TOTAL && e.col === E)?.after.value).toBe(2673);
    expect(p.choices?.[0].by).toBe("user");
  });
});

describe("seed 001 as published: no certain cause for 280 ≠ 281", () => {
  let grid: Grid;
  beforeAll(async () => {
    grid = await loadFixtureSheet(SEED_001.name, SEED_001.sheet);
  });
  const { totalRow, cols } = SEED_001;

  test("by default the total is not written; the choice waits, listing recompute = 281", () => {
    const p = planFillSheet(grid, analyzeGrid(grid).tables);
    expect(p.edits.find((e) => e.row === totalRow && e.col === cols.quota)).toBeUndefined();
    const choice = (p.choices ?? []).find((c) => c.row === totalRow && c.col === cols.quota);
    expect(choice).toMatchObject({ chosen: -1, by: "waiting" });
    expect(choice?.options).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "recompute", value: 281 })]));
  });

  test("picking recompute writes 281 as before", () => {
    const p = planFillSheet(grid, analyzeGrid(grid).tables, { choose: [{ row: totalRow, col: cols.quota, value: 281 }] });
    expect(p.edits.find((e) => e.row === totalRow && e.col === cols.quota)?.after.value).toBe(281);
  });
});
