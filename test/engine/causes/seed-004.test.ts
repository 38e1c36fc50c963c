/**
 * Seed 004 (Bình Định ĐUK, plan 104) as published: unit 24's 2024 total says 8 but its parts are 10 + 0.
 * Either the total (10) or the youth-union part (8) was typed wrong, and nothing in the table tells which:
 * both are offered, neither is certain.
 */
import { SEED_004, loadFixtureSheet, seed004Row } from "../../helpers/fixtures";
import { errorsOf, tableAt } from "./slip-helpers";

test("row 24: D = 10 or E = 8, both candidates, no high-confidence cause", async () => {
  const grid = await loadFixtureSheet(SEED_004.name, SEED_004.sheet);
  const row = seed004Row(24);
  const t = tableAt(grid, row, SEED_004.cols.total2024);
  const err = errorsOf(t).find((e) => e.row === row);
  expect(err).toMatchObject({ code: "PARTS_MISMATCH", col: SEED_004.cols.total2024, expected: 10, actual: 8 });
  expect(err?.cause?.confidence).not.toBe("high");
  const named = (err?.candidates ?? []).map((c) => [c.col, c.value]);
  expect(named).toEqual(expect.arrayContaining([[SEED_004.cols.total2024, 10], [SEED_004.cols.youth2024, 8]]));
});
