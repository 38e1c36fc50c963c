import { a1, gridFromRows, valueAt } from "../../../src/engine/grid";
import type { Grid } from "../../../src/engine/grid";
import { applyPlanToGrid, planFill } from "../../../src/engine/fill";
import type { Relation, Table, TableAnalysis } from "../../../src/engine/model";
import { invertPlan, isEmptyPlan } from "../../../src/engine/plan";
import { analyzeGrid } from "../../../src/engine/analyze";
import { evaluateGrid } from "./evaluate";
import { gridDifferences } from "./grid-compare";
import { COL_PERCENT, COL_POOL, COL_QUOTA, COL_TOTAL, HEADER_ROW, SEED001_UNITS, TOTAL_ROW, UNIT_ROWS, seed001Grid, seed001Relations, seed001Table } from "./seed001";

const seed001 = (): TableAnalysis => ({ table: seed001Table(), relations: seed001Relations(), issues: [] });

describe("shortfall and status columns (--add-shortfall) on seed 001", () => {
  const grid = seed001Grid();
  const plan = planFill(grid, seed001(), { addShortfall: true });
  const [SHORT, STATUS] = [COL_POOL + 1, COL_POOL + 2];
  const filled = evaluateGrid(applyPlanToGrid(grid, plan));

  test("headers 'Còn thiếu' and 'Đánh giá' are added right of the table, styled like the neighbour header", () => {
    expect(valueAt(filled, HEADER_ROW, SHORT)).toBe("Còn thiếu");
    expect(valueAt(filled, HEADER_ROW, STATUS)).toBe("Đánh giá");
    const header = plan.edits.find((e) => e.row === HEADER_ROW && e.col === SHORT);
    expect(header?.after.styleFrom).toEqual({ row: HEADER_ROW, col: COL_POOL });
    expect(header?.reason).toBe("header");
  });

  test("shortfall = max(0, quota − admitted in total) and the status words in every unit; the total row sums the column", () => {
    SEED001_UNITS.forEach((u, i) => {
      const [quota, total] = [u[2], u[5]];
      const row = UNIT_ROWS[i];
      expect(valueAt(filled, row, SHORT)).toBe(Math.max(0, quota - total));
      expect(valueAt(filled, row, STATUS)).toBe(total > quota ? "Vượt" : total === quota ? "Đạt" : "Chưa đạt");
    });
    // Like every count column, the total row adds the units' shortfalls up (units ahead do not offset
    // units behind), so the table still adds up when it is checked again.
    const unitShortfalls = SEED001_UNITS.reduce((s, u) => s + Math.max(0, u[2] - u[5]), 0);
    expect(valueAt(filled, TOTAL_ROW, SHORT)).toBe(unitShortfalls);
    expect(plan.edits.find((e) => e.row === TOTAL_ROW && e.col === SHORT)?.after.formula).toMatch(/^=SUM\(/);
    expect(plan.edits.find((e) => e.row === UNIT_ROWS[0] && e.col === SHORT)?.after.formula).toBe(`=MAX(0,C${UNIT_ROWS[0] + 1}-F${UNIT_ROWS[0] + 1})`);
  });

  test("the values the plan computed match the formula engine's", () => {
    for (const e of plan.edits.filter((x) => x.col >= SHORT && x.after.formula)) {
      expect(valueAt(filled, e.row, e.col) ?? "").toEqual(e.after.value);
    }
  });

  test("QUOTA functions on request", () => {
    const p = planFill(grid, seed001(), { addShortfall: true, functions: "quota" });
    const r = UNIT_ROWS[0] + 1;
    expect(p.edits.find((e) => e.row === UNIT_ROWS[0] && e.col === SHORT)?.after.formula).toBe(`=QUOTA.SHORTFALL(C${r},F${r})`);
    expect(p.edits.find((e) => e.row === UNIT_ROWS[0] && e.col === STATUS)?.after.formula).toBe(`=QUOTA.STATUS(F${r},C${r})`);
  });

  test("undo removes the columns again; filling twice adds nothing", () => {
    expect(gridDifferences(applyPlanToGrid(applyPlanToGrid(grid, plan), invertPlan(plan)), grid)).toEqual([]);
    expect(isEmptyPlan(planFill(filled, seed001(), { addShortfall: true }))).toBe(true);
  });

  test("checked from scratch, the filled table has no errors and a second fill plans nothing", () => {
    // Analysed anew, the engine finds the new column's relations itself (shortfall per unit, column total).
    const again = analyzeGrid(filled);
    expect(again.tables).toHaveLength(1);
    expect(again.tables[0].relations.some((r) => r.kind === "shortfall" && r.col === SHORT)).toBe(true);
    expect(again.tables[0].issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(planFill(filled, again.tables[0], { addShortfall: true }).edits).toEqual([]);
  });
});

describe("a two-row header band with a numbering row", () => {
  // Row 0: "STT" "Đơn vị" "Kết quả" (merged C1:D1); row 1: under it "Chỉ tiêu" "Đã kết nạp" "Tỷ lệ %"; row 2: (1) … numbers.
  const grid = gridFromRows(
    "S",
    [
      ["STT", "Đơn vị", "Kết quả", null, null],
      [null, null, "Chỉ tiêu", "Đã kết nạp", "Tỷ lệ %"],
      [1, 2, 3, 4, 5],
      [1, "Xã A", 10, 4, 40],
      [2, "Xã B", 8, 8, 100],
      [null, "Tổng cộng", 18, 12, 66.67],
    ],
    { merges: [{ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }, { top: 0, left: 2, bottom: 0, right: 3 }] },
  );
  const table: Table = {
    ...seed001Table(),
    top: 0,
    bottom: 5,
    right: 4,
    headerTop: 0,
    headerBottom: 2,
    numberingRow: 2,
    dataRows: [3, 4],
    totalRows: [5],
    sttCol: 0,
    labelCols: [1],
  };
  const relations: Relation[] = [
    { kind: "column-total", row: 5, rows: [3, 4], cols: [2, 3] },
    { kind: "percent", col: 4, numerator: 3, denominator: 2, scale: 100, decimals: 2 },
  ];
  const plan = planFill(grid, { table, relations, issues: [] }, { addShortfall: true });

  test("the new headers span the title rows, merged, and the numbering goes on: (6), (7)", () => {
    expect(plan.addMerges).toEqual([
      { top: 0, bottom: 1, left: 5, right: 5 },
      { top: 0, bottom: 1, left: 6, right: 6 },
    ]);
    const filled = applyPlanToGrid(grid, plan);
    expect(valueAt(filled, 2, 5)).toBe(6);
    expect(valueAt(filled, 2, 6)).toBe(7);
    expect(valueAt(filled, 0, 5)).toBe("Còn thiếu");
    expect(valueAt(filled, 1, 5)).toBeNull();
    expect(filled.merges).toEqual(expect.arrayContaining(plan.addMerges as never[]));
    // The total percent 12/18 = 66.666… is shown as 66.67: right already.
    expect(plan.edits.find((e) => e.row === 5 && e.col === 4)?.changesDisplayedValue).toBe(false);
  });

  test("undo removes the merges it added", () => {
    const undone = applyPlanToGrid(applyPlanToGrid(grid, plan), invertPlan(plan));
    expect(undone.merges).toEqual(grid.merges);
  });
});

describe("sub-totals: a total adds the sub-totals or the units, never both", () => {
  const rows = [
    ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp"],
    ["I", "Khối huyện", 5, 3], // wrong: 2 + 4 = 6
    [1, "Xã A", 2, 1],
    [2, "Xã B", 4, 2],
    ["II", "Khối cơ quan", 3, 1],
    [3, "Sở C", 3, 1],
    [null, "Tổng cộng", 10, 4], // wrong: 6 + 3 = 9
  ];
  const grid: Grid = gridFromRows("S", rows);
  const table: Table = {
    ...seed001Table(),
    top: 0,
    bottom: 6,
    right: 3,
    headerTop: 0,
    headerBottom: 0,
    dataRows: [2, 3, 5],
    totalRows: [6],
    subtotals: [
      { row: 1, members: [2, 3] },
      { row: 4, members: [5] },
    ],
  };
  const subRelations: Relation[] = [
    { kind: "column-total", row: 1, rows: [2, 3], cols: [2, 3] },
    { kind: "column-total", row: 4, rows: [5], cols: [2, 3] },
  ];

  test("a total over units and sub-totals sums the sub-totals only", () => {
    const relations: Relation[] = [...subRelations, { kind: "column-total", row: 6, rows: [1, 2, 3, 4, 5], cols: [2, 3] }];
    const plan = planFill(grid, { table, relations, issues: [] });
    const at = (r: number, c: number) => plan.edits.find((e) => e.row === r && e.col === c);
    expect(at(1, 2)?.after.formula).toBe("=SUM(C3:C4)");
    expect(at(1, 2)?.after.value).toBe(6);
    expect(at(6, 2)?.after.formula).toBe("=SUM(C2,C5)");
    expect(at(6, 2)?.after.value).toBe(9);
    expect(at(6, 2)?.reason).toBe("total");
    expect(at(1, 2)?.reason).toBe("subtotal");
    const filled = evaluateGrid(applyPlanToGrid(grid, plan));
    expect(valueAt(filled, 6, 2)).toBe(2 + 4 + 3);
    expect(valueAt(filled, 6, 3)).toBe(1 + 2 + 1);
  });

  test("a total over the units skips the sub-total rows between them", () => {
    const relations: Relation[] = [...subRelations, { kind: "column-total", row: 6, rows: [2, 3, 5], cols: [2] }];
    const plan = planFill(grid, { table, relations, issues: [] });
    expect(plan.edits.find((e) => e.row === 6 && e.col === 2)?.after.formula).toBe("=SUM(C3:C4,C6)");
  });
});

describe("parts from the header tree", () => {
  test("a unit with no numbers at all stays blank (not assigned), others get =SUM of their parts", () => {
    const grid = gridFromRows("S", [
      ["Đơn vị", "Tổng", "ĐVTN", "ĐVCĐ"],
      ["A", 8, 10, 0],
      ["B", null, null, null],
    ]);
    const table: Table = { ...seed001Table(), top: 0, bottom: 2, right: 3, headerTop: 0, headerBottom: 0, dataRows: [1, 2], totalRows: [], sttCol: null, labelCols: [0], shape: "breakdown" };
    const plan = planFill(grid, { table, relations: [{ kind: "parts", whole: 1, parts: [2, 3], source: "header" }], issues: [] });
    expect(plan.edits.map((e) => [a1(e.row, e.col), e.before.value, e.after.formula, e.after.value, e.changesDisplayedValue])).toEqual([
      ["B2", 8, "=SUM(C2:D2)", 10, true],
    ]);
  });

  test("data-only parts are left alone unless confirmed", () => {
    const plan = planFill(seed001Grid(), seed001());
    expect(plan.edits.some((e) => e.col === COL_TOTAL && e.reason === "parts")).toBe(false);
    expect(plan.edits.filter((e) => e.col === COL_PERCENT)).toHaveLength(55);
    expect(plan.edits.filter((e) => e.col === COL_QUOTA)).toHaveLength(1);
  });
});

describe("breakdown tables: each subset's share of the total row", () => {
  test("each row divides by the total row, fixed with $ signs", () => {
    const grid = gridFromRows("S", [
      ["Chỉ tiêu", "Số lượng", "Tỷ lệ %"],
      ["Tổng số kết nạp", 240, 100],
      ["Trong đó:", null, null],
      ["Đoàn viên thanh niên", 176, 73.3],
      ["Nữ", 95, 39.5], // 95/240 = 39.58… → 39.6
    ]);
    const table: Table = { ...seed001Table(), top: 0, bottom: 4, right: 2, headerTop: 0, headerBottom: 0, dataRows: [3, 4], totalRows: [1], sttCol: null, labelCols: [0], shape: "breakdown" };
    const plan = planFill(grid, { table, relations: [{ kind: "share", col: 2, of: 1, totalRow: 1, scale: 100, decimals: 1 }], issues: [] });
    expect(plan.edits.map((e) => [a1(e.row, e.col), e.after.formula, e.after.value, e.changesDisplayedValue, e.reason])).toEqual([
      ["C4", '=IF($B$2=0,"",ROUND(B4/$B$2*100,1))', 73.3, false, "share"],
      ["C5", '=IF($B$2=0,"",ROUND(B5/$B$2*100,1))', 39.6, true, "share"],
    ]);
    const filled = evaluateGrid(applyPlanToGrid(grid, plan));
    expect(valueAt(filled, 4, 2)).toBe(39.6);
  });
});

describe("nested sub-totals (1 over 1.1 over 1.1.1)", () => {
  // "Đã kết nạp" of 1.1 says 9 although its communes add up to 1 + 2 = 3 (its quota 5 = 3 + 2 is right, so
  // it is still read as their sub-total); 1 says 9 + 1 = 10, right only for what 1.1 shows.
  const grid = gridFromRows("S", [
    ["TT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp"],
    ["1", "Khối huyện", 5 + 4, 9 + 1],
    ["1.1", "Huyện A", 3 + 2, 9],
    ["1.1.1", "Xã X", 3, 1],
    ["1.1.2", "Xã Y", 2, 2],
    ["1.2", "Huyện B", 4, 1],
    ["2", "Sở Z", 7, 3],
    [null, "Tổng cộng", 3 + 2 + 4 + 7, 1 + 2 + 1 + 3],
  ]);

  test("the fill corrects the inner sub-total first, so the outer one's value follows", () => {
    const analysis = analyzeGrid(grid).tables[0];
    expect(analysis.table.subtotals.map((g) => g.row)).toEqual([1, 2]);
    const plan = planFill(grid, analysis);
    const after = (row: number) => plan.edits.find((e) => e.row === row && e.col === 3)?.after;
    expect(after(2)).toMatchObject({ formula: "=SUM(D4:D5)", value: 1 + 2 });
    expect(after(1)).toMatchObject({ value: 1 + 2 + 1 });
    expect(valueAt(evaluateGrid(applyPlanToGrid(grid, plan)), 1, 3)).toBe(1 + 2 + 1);
  });
});
