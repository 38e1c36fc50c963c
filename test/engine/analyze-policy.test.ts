/** analyzeGrid's policy option: the one way every front end gets policy findings and found rules. */
import { analyzeGrid } from "../../src/engine/analyze";
import type { PolicyRule } from "../../src/engine/policy/index";
import { loadFixtureSheet, SEED_004 } from "../helpers/fixtures";
import { SEED_004_ROWS } from "./policy/seed-004";

const total2025 = SEED_004_ROWS.reduce((s, r) => s + r[6], 0);
const rule: PolicyRule = { kind: "planTotal", column: { header: ["Năm 2025", "Tổng cộng"] }, total: 240, comparison: "equal" };

test("without a policy: no policy findings and no found-rule list, as before", async () => {
  const grid = await loadFixtureSheet("seed-004", SEED_004.sheet);
  const [table] = analyzeGrid(grid).tables;
  expect(table.issues.filter((i) => i.code === "PLAN_TOTAL_MISMATCH")).toEqual([]);
  expect(table.foundRules).toBeUndefined();
});

test("with a policy: its findings come after the table's own, and the found rules are listed", async () => {
  const grid = await loadFixtureSheet("seed-004", SEED_004.sheet);
  const plain = analyzeGrid(grid).tables[0];
  const [table] = analyzeGrid(grid, { policy: { rules: [rule] } }).tables;
  expect(table.issues.slice(0, plain.issues.length)).toEqual(plain.issues);
  expect(table.issues.slice(plain.issues.length).map((i) => [i.code, i.col, i.expected, i.actual])).toEqual([
    ["PLAN_TOTAL_MISMATCH", SEED_004.cols.total2025, 240, total2025],
  ]);
  // The fixture's captions are titles only: nothing to propose.
  expect(table.foundRules).toEqual([]);
});
