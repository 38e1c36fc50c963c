/**
 * A "Còn thiếu" (shortfall) column's total row is written two ways: the sum of the units' shortfalls
 * (Excel's SUM across the total row, units ahead do not offset units behind) or the total row's own
 * shortfall (total quota − total admitted). Both are accepted; anything else is a TOTAL_MISMATCH, and the
 * fill leaves either form alone.
 */
import { analyzeGrid } from "../../../src/engine/analyze";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";
import { planFill } from "../../../src/engine/fill";

// quota, admitted; shortfall = max(0, quota − admitted)
const UNITS: readonly [string, number, number][] = [
  ["Xã A", 10, 4],
  ["Xã B", 8, 8],
  ["Xã C", 12, 3],
  ["Xã D", 6, 9],
  ["Xã E", 9, 5],
];
const quota = UNITS.reduce((s, u) => s + u[1], 0); // 45
const admitted = UNITS.reduce((s, u) => s + u[2], 0); // 29
const sumOfShortfalls = UNITS.reduce((s, u) => s + Math.max(0, u[1] - u[2]), 0); // 6 + 0 + 9 + 0 + 4 = 19
const totalsShortfall = Math.max(0, quota - admitted); // 16

function table(totalShortfall: number): CellValue[][] {
  return [
    ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp", "Còn thiếu"],
    ...UNITS.map(([name, q, a], i): CellValue[] => [i + 1, name, q, a, Math.max(0, q - a)]),
    [null, "Tổng cộng", quota, admitted, totalShortfall],
  ];
}

const TOTAL_ROW = UNITS.length + 1;
const SHORT_COL = 4;

test("the two totals differ on this table, so the test tells them apart", () => {
  expect([sumOfShortfalls, totalsShortfall]).toEqual([19, 16]);
});

test.each([
  ["the sum of the units' shortfalls", sumOfShortfalls],
  ["the total row's own shortfall", totalsShortfall],
])("a total of %s is no error, and the fill keeps it", (_, value) => {
  const grid = gridFromRows("S", table(value));
  const analysis = analyzeGrid(grid);
  expect(analysis.tables).toHaveLength(1);
  const t = analysis.tables[0];
  expect(t.relations.some((r) => r.kind === "shortfall" && r.col === SHORT_COL)).toBe(true);
  expect(t.issues.filter((i) => i.severity === "error")).toEqual([]);
  const edit = planFill(grid, t).edits.find((e) => e.row === TOTAL_ROW && e.col === SHORT_COL);
  // Either no edit, or the constant turned into a formula that shows the same number.
  if (edit) expect(edit.changesDisplayedValue).toBe(false);
});

test("any other total is a TOTAL_MISMATCH against the sum, and the fill writes the sum", () => {
  const grid = gridFromRows("S", table(sumOfShortfalls + 2));
  const t = analyzeGrid(grid).tables[0];
  const errors = t.issues.filter((i) => i.severity === "error");
  expect(errors).toEqual([expect.objectContaining({ code: "TOTAL_MISMATCH", row: TOTAL_ROW, col: SHORT_COL, expected: sumOfShortfalls, actual: sumOfShortfalls + 2 })]);
  const edit = planFill(grid, t).edits.find((e) => e.row === TOTAL_ROW && e.col === SHORT_COL);
  expect(edit?.after).toMatchObject({ formula: "=SUM(E2:E6)", value: sumOfShortfalls });
});
