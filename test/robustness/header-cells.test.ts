/**
 * Issue 12, point 3: one number or one error value in a single header row does not hide the table below it
 * (a wrong total under it went unreported with exit 0).
 */
import { analyzeGrid } from "../../src/engine/analyze";
import { type CellValue, gridFromRows } from "../../src/engine/grid";

// Units' quotas 3 + 2 + 4 = 9; the total row says 10.
const units: CellValue[][] = [
  [1, "Chi bộ Trường Tiểu học", 3],
  [2, "Chi bộ Trường THCS", 2],
  [3, "Chi bộ Trạm Y tế", 4],
  ["", "Tổng cộng", 10],
];

test.each<[string, CellValue]>([
  ["a year typed as a number", 2024],
  ["a stray #REF!", { error: "#REF!" }],
])("a header row with %s: the table is found and its wrong total reported", (_name, odd) => {
  const grid = gridFromRows("S", [["PHỤ LỤC CHỈ TIÊU"], [], ["STT", "Tên chi bộ", "Chỉ tiêu giao", odd], ...units]);
  const a = analyzeGrid(grid);
  expect(a.tables).toHaveLength(1);
  const errors = a.tables[0].issues.filter((i) => i.severity === "error" && i.code === "TOTAL_MISMATCH");
  expect(errors.map((i) => [i.row, i.col, i.expected, i.actual])).toEqual([[6, 2, 9, 10]]);
});

test("a unit row with a name and one number is still a unit row, not a header", () => {
  const grid = gridFromRows("S", [["STT", "Tên chi bộ", "Chỉ tiêu giao"], ["", "Chi bộ Trường Tiểu học", 3], ...units.slice(1)]);
  const a = analyzeGrid(grid);
  expect(a.tables).toHaveLength(1);
  expect(a.tables[0].table.headerBottom).toBe(0);
});
