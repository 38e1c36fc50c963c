import { a1, formulaAt, gridFromRows, valueAt } from "../../../src/engine/grid";
import type { Grid } from "../../../src/engine/grid";
import { applyPlanToGrid, planFill } from "../../../src/engine/fill";
import { invertPlan, isEmptyPlan } from "../../../src/engine/plan";
import type { TableAnalysis } from "../../../src/engine/model";
import { evaluateGrid } from "./evaluate";
import { gridDifferences } from "./grid-compare";
import {
  BLANK_ROW,
  COL_ADMITTED,
  COL_PENDING,
  COL_PERCENT,
  COL_POOL,
  COL_QUOTA,
  COL_TOTAL,
  SEED001_UNITS,
  TOTAL_ROW,
  UNIT_ROWS,
  seed001Grid,
  seed001Relations,
  seed001Table,
} from "./seed001";

const analysis = (): TableAnalysis => ({ table: seed001Table(), relations: seed001Relations(), issues: [] });

/** Excel's ROUND, written independently of the code under test: 164/281*100 → 58.36. */
const round = (x: number, d: number) => Math.sign(x) * Math.round(Math.abs(x) * 10 ** d + 1e-9) / 10 ** d;

function fillAndRecalculate(grid: Grid, options = {}): Grid {
  return evaluateGrid(applyPlanToGrid(grid, planFill(grid, analysis(), options)));
}

describe("planFill on seed 001 (quota column adds up to 281, total row says 280)", () => {
  const grid = seed001Grid();
  const plan = planFill(grid, analysis());
  const editAt = (row: number, col: number) => plan.edits.find((e) => e.row === row && e.col === col);

  test("the quota total becomes a SUM over every unit row, bridging the blank line: 280 → 281", () => {
    const e = editAt(TOTAL_ROW, COL_QUOTA);
    expect(e?.before.value).toBe(280);
    expect(e?.after.formula).toBe(`=SUM(C${UNIT_ROWS[0] + 1}:C${UNIT_ROWS[UNIT_ROWS.length - 1] + 1})`);
    expect(e?.after.value).toBe(SEED001_UNITS.reduce((s, u) => s + u[2], 0));
    expect(e?.after.value).toBe(281);
    expect(e?.changesDisplayedValue).toBe(true);
    expect(e?.reason).toBe("total");
    expect(BLANK_ROW).toBeGreaterThan(UNIT_ROWS[0]);
  });

  test("the total percent follows the corrected quota: 164/281 = 58.36", () => {
    const e = editAt(TOTAL_ROW, COL_PERCENT);
    expect(e?.before.value).toBe(58.57);
    expect(e?.after.formula).toBe(`=IF(C${TOTAL_ROW + 1}=0,"",ROUND(F${TOTAL_ROW + 1}/C${TOTAL_ROW + 1}*100,2))`);
    expect(e?.after.value).toBe(58.36);
    expect(e?.after.numberFormat).toBe("0.00");
    expect(e?.changesDisplayedValue).toBe(true);
  });

  test("only the two wrong cells change what the user sees; the other constants become formulas", () => {
    const changed = plan.edits.filter((e) => e.changesDisplayedValue).map((e) => a1(e.row, e.col));
    expect(changed.sort()).toEqual([a1(TOTAL_ROW, COL_QUOTA), a1(TOTAL_ROW, COL_PERCENT)].sort());
    // 54 unit percents + 1 total percent + 5 total columns; "total = admitted + pending" came from data only.
    expect(plan.edits).toHaveLength(54 + 1 + 5);
    expect(plan.edits.every((e) => e.after.formula !== null)).toBe(true);
  });

  test("every value the plan computed is what a real formula engine computes", () => {
    const filled = evaluateGrid(applyPlanToGrid(grid, plan));
    for (const e of plan.edits) {
      const v = valueAt(filled, e.row, e.col);
      if (typeof e.after.value === "number") expect(v).toBeCloseTo(e.after.value, 9);
      else expect(v === null ? "" : v).toBe(e.after.value);
    }
    expect(valueAt(filled, TOTAL_ROW, COL_QUOTA)).toBe(281);
    expect(valueAt(filled, TOTAL_ROW, COL_PERCENT)).toBe(58.36);
  });

  test("after the fill every percent equals round(total/quota*100, 2) and every total the column sum", () => {
    const filled = fillAndRecalculate(grid);
    for (const row of UNIT_ROWS) {
      const expected = round(((valueAt(filled, row, COL_TOTAL) as number) / (valueAt(filled, row, COL_QUOTA) as number)) * 100, 2);
      expect(valueAt(filled, row, COL_PERCENT)).toBeCloseTo(expected, 9);
    }
    for (const col of [COL_QUOTA, COL_ADMITTED, COL_PENDING, COL_TOTAL, COL_POOL]) {
      const sum = UNIT_ROWS.reduce((s, r) => s + (valueAt(filled, r, col) as number), 0);
      expect(valueAt(filled, TOTAL_ROW, col)).toBe(sum);
    }
    expect(valueAt(filled, TOTAL_ROW, COL_POOL)).toBe(368);
  });

  test("filling twice: the second plan is empty", () => {
    const once = fillAndRecalculate(grid);
    expect(isEmptyPlan(planFill(once, analysis()))).toBe(true);
    expect(isEmptyPlan(planFill(once, analysis(), { functions: "quota" }))).toBe(true);
  });

  test("the undo plan restores values, formulas and number formats exactly", () => {
    const filled = applyPlanToGrid(grid, plan);
    expect(gridDifferences(filled, grid).length).toBeGreaterThan(0);
    const undone = applyPlanToGrid(filled, invertPlan(plan));
    expect(gridDifferences(undone, grid)).toEqual([]);
  });

  test("values mode writes the two corrected numbers and nothing else", () => {
    const p = planFill(grid, analysis(), { mode: "values" });
    expect(p.edits.map((e) => [a1(e.row, e.col), e.after.value, e.after.formula])).toEqual([
      [a1(TOTAL_ROW, COL_QUOTA), 281, null],
      [a1(TOTAL_ROW, COL_PERCENT), 58.36, null],
    ]);
    const again = applyPlanToGrid(grid, p);
    expect(isEmptyPlan(planFill(again, analysis(), { mode: "values" }))).toBe(true);
  });

  test("QUOTA functions on request", () => {
    const p = planFill(grid, analysis(), { functions: "quota" });
    const e = p.edits.find((x) => x.row === UNIT_ROWS[0] && x.col === COL_PERCENT);
    expect(e?.after.formula).toBe(`=QUOTA.RATE(F${UNIT_ROWS[0] + 1},C${UNIT_ROWS[0] + 1},2)`);
    expect(e?.after.value).toBe(80);
  });

  test("data-suggested parts are filled once confirmed: total = admitted + pending", () => {
    const p = planFill(grid, analysis(), { includeDataParts: true });
    const e = p.edits.find((x) => x.row === UNIT_ROWS[0] && x.col === COL_TOTAL);
    expect(e?.after.formula).toBe(`=SUM(D${UNIT_ROWS[0] + 1}:E${UNIT_ROWS[0] + 1})`);
    expect(e?.after.value).toBe(7 + 5);
    expect(e?.changesDisplayedValue).toBe(false);
  });

  test("`only` restricts the plan to the cells asked for, computed from the sheet as it stays", () => {
    const p = planFill(grid, analysis(), { only: [{ row: TOTAL_ROW, col: COL_PERCENT }] });
    expect(p.edits).toHaveLength(1);
    // The quota total is not fixed in this plan, so the percent still divides by 280: 164/280 = 58.57.
    expect(p.edits[0].after.value).toBe(round((164 / 280) * 100, 2));
    expect(p.edits[0].changesDisplayedValue).toBe(false);
  });
});

describe("existing formulas", () => {
  const withTotalFormula = (formula: string, cached: number): Grid => {
    const g = seed001Grid();
    const formulas = g.formulas.map((r) => [...r]);
    const values = g.values.map((r) => [...r]);
    formulas[TOTAL_ROW][COL_QUOTA] = formula;
    values[TOTAL_ROW][COL_QUOTA] = cached;
    return { ...g, formulas, values };
  };
  const first = UNIT_ROWS[0] + 1;
  const last = UNIT_ROWS[UNIT_ROWS.length - 1] + 1;

  test("a right formula in another textual form is left alone", () => {
    for (const f of [`=sum(c${first}:c${last})`, `=SUM($C$${first}:$C$${last})`, `= SUM(C${first}:C30,C31:C${last})`]) {
      const g = withTotalFormula(f, 281);
      const p = planFill(g, analysis());
      expect(p.edits.find((e) => e.row === TOTAL_ROW && e.col === COL_QUOTA)).toBeUndefined();
      expect(formulaAt(g, TOTAL_ROW, COL_QUOTA)).toBe(f);
    }
  });

  test("a formula that leaves rows out is replaced and listed with its old formula", () => {
    const g = withTotalFormula(`=SUM(C${first}:C30)`, 200);
    const e = planFill(g, analysis()).edits.find((x) => x.row === TOTAL_ROW && x.col === COL_QUOTA);
    expect(e?.before.formula).toBe(`=SUM(C${first}:C30)`);
    expect(e?.after.formula).toBe(`=SUM(C${first}:C${last})`);
    expect(e?.after.value).toBe(281);
  });

  test("a percent written as =F/C*100 is already right", () => {
    const g = seed001Grid();
    const formulas = g.formulas.map((r) => [...r]);
    const r = UNIT_ROWS[0];
    formulas[r][COL_PERCENT] = `=F${r + 1}/C${r + 1}*100`;
    const p = planFill({ ...g, formulas }, analysis());
    expect(p.edits.find((e) => e.row === r && e.col === COL_PERCENT)).toBeUndefined();
  });
});

describe("a percent column formatted as %", () => {
  test("writes the fraction form with two more decimals", () => {
    const grid = gridFromRows("S", [["Đơn vị", "Chỉ tiêu", "Đã kết nạp", "Tỷ lệ"], ["A", 7, 3, 0.4285], ["B", 0, 0, null]], {
      numberFormats: [[null, null, null, null], [null, null, null, "0.00%"], [null, null, null, "0.00%"]],
    });
    const table = { ...seed001Table(), top: 0, bottom: 2, right: 3, headerTop: 0, headerBottom: 0, dataRows: [1, 2], totalRows: [], sttCol: null, labelCols: [0], shape: "breakdown" as const };
    const p = planFill(grid, { table, relations: [{ kind: "percent", col: 3, numerator: 2, denominator: 1, scale: 1, decimals: 2 }], issues: [] });
    const e = p.edits.find((x) => x.row === 1);
    expect(e?.after.formula).toBe('=IF(B2=0,"",ROUND(C2/B2,4))');
    expect(e?.after.value).toBe(0.4286); // 3/7 = 0.428571… shown 42.86 %, published truncated 42.85 %
    expect(e?.changesDisplayedValue).toBe(true);
    const blank = p.edits.find((x) => x.row === 2);
    expect(blank?.after.value).toBe("");
    expect(blank?.changesDisplayedValue).toBe(false);
    const filled = evaluateGrid(applyPlanToGrid(grid, p));
    expect(valueAt(filled, 1, 3)).toBe(0.4286);
    expect(valueAt(filled, 2, 3) ?? "").toBe("");
  });
});
