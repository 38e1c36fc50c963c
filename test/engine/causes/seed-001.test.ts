/**
 * Seed 001 (Vĩnh Bảo, 9 months of 2023) with slips planted in its published rows. The base is the table as
 * it should have been: quota total 281 (the units' sum) and its percent 164/281 = 58,36, so each test
 * has exactly the one slip it plants. Expected values are the published figures.
 */
import { SEED_001, loadFixtureSheet, seed001Row } from "../../helpers/fixtures";
import type { Grid } from "../../../src/engine/grid";
import { analyzeGrid } from "../../../src/engine/analyze";
import { errorsOf, tableAt, withSlips, type Slip } from "./slip-helpers";

const { cols, totalRow } = SEED_001;
let clean: Grid;
beforeAll(async () => {
  const grid = await loadFixtureSheet(SEED_001.name, SEED_001.sheet);
  clean = withSlips(grid, [
    { row: totalRow, col: cols.quota, value: 281 },
    { row: totalRow, col: cols.percent, value: 58.36 },
  ]);
});

const analyse = (slips: readonly Slip[]) => tableAt(withSlips(clean, slips), SEED_001.firstDataRow, cols.quota);

test("the corrected base has no error, so every finding below comes from the planted slip", () => {
  expect(errorsOf(tableAt(clean, SEED_001.firstDataRow, cols.quota))).toEqual([]);
});

describe("a unit's figure that breaks its row and its column", () => {
  // Unit 1, Đảng bộ thị trấn Vĩnh Bảo: 15 | 7 | 5 | 12 | 80,00. Admitted 7 typed 17 (a 1 too many).
  const row = seed001Row(1);
  it("the column total and the row's Tổng cộng both fail; both findings name D6 = 7 with high confidence", () => {
    const errs = errorsOf(analyse([{ row, col: cols.admitted, value: 17 }]));
    expect(errs.map((e) => e.code).sort()).toEqual(["ROW_RELATION_MISMATCH", "TOTAL_MISMATCH"]);
    for (const e of errs) expect(e.cause).toMatchObject({ row, col: cols.admitted, value: 7, typed: 17, kind: "digit", confidence: "high" });
  });
});

describe("percent slips", () => {
  it("operands swapped: unit 2 (5 of a quota of 7, 71,43) typed 7/5 = 140,00", () => {
    const row = seed001Row(2);
    const [err] = errorsOf(analyse([{ row, col: cols.percent, value: 140 }]));
    expect(err).toMatchObject({ code: "PERCENT_MISMATCH", row, col: cols.percent });
    expect(err.cause).toMatchObject({ row, col: cols.percent, value: 71.43, kind: "operands", confidence: "high" });
  });

  it("another column as numerator: unit 5 (7 of 9, 77,78) typed 6/9 = 66,67, the admitted instead of admitted + pending", () => {
    const row = seed001Row(5);
    const [err] = errorsOf(analyse([{ row, col: cols.percent, value: 66.67 }]));
    expect(err.cause).toMatchObject({ row, col: cols.percent, value: 77.78, kind: "base", confidence: "high" });
  });

  it("two digits swapped: unit 13 (5 of 8, 62,50) typed 65,20", () => {
    const row = seed001Row(13);
    const [err] = errorsOf(analyse([{ row, col: cols.percent, value: 65.2 }]));
    expect(err.cause).toMatchObject({ row, col: cols.percent, value: 62.5, typed: 65.2, kind: "transposition", confidence: "high" });
  });
});

describe("ambiguity: the candidate pool total is 10 off and many units could each have lost or gained a 1", () => {
  // Unit 16, Đảng bộ xã Trung Lập: pool 15 typed 5. The pool column takes part in nothing but its total,
  // and units with 5, 7, 9 … could as well have been 15, 17, 19: no cell may be called certain.
  const row = seed001Row(16);
  it("lists several one-digit repairs (each unit 10 more, or the total 10 less) and names no cause", () => {
    const [err] = errorsOf(analyse([{ row, col: cols.pool, value: 5 }]));
    expect(err).toMatchObject({ code: "TOTAL_MISMATCH", row: totalRow, col: cols.pool, expected: 358, actual: 368 });
    expect(err.cause).toBeUndefined();
    const candidates = err.candidates ?? [];
    expect(candidates.length).toBeGreaterThanOrEqual(4);
    for (const c of candidates) {
      expect(c.confidence).toBe("low");
      expect(c.value - c.typed).toBe(c.row === totalRow ? -10 : 10);
    }
  });
});

describe("the published table itself (quota total 280, units 281, total percent from 280)", () => {
  it("no cell is named with high confidence: the total agrees with its own percent, several units could be 1 lower", async () => {
    const grid = await loadFixtureSheet(SEED_001.name, SEED_001.sheet);
    const [err] = analyzeGrid(grid).tables[0].issues.filter((i) => i.code === "TOTAL_MISMATCH");
    expect(err.cause?.confidence).not.toBe("high");
  });
});

describe("percents copied or computed one row off", () => {
  it("unit 3's 12,50 replaced by unit 2's 71,43 (copied down): copied, value 12,5", () => {
    const row = seed001Row(3);
    const [err] = errorsOf(analyse([{ row, col: cols.percent, value: 71.43 }]));
    expect(err.cause).toMatchObject({ row, col: cols.percent, value: 12.5, kind: "copied", confidence: "high" });
  });

  it("unit 5's 7 admitted over unit 6's quota 7 (100,00 for 77,78): another row as base", () => {
    const row = seed001Row(5);
    const [err] = errorsOf(analyse([{ row, col: cols.percent, value: 100 }]));
    expect(err.cause).toMatchObject({ row, col: cols.percent, value: 77.78, kind: "base" });
  });
});
