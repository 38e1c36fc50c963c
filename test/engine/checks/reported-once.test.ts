/**
 * One wrong figure is reported once. A unit row whose "Tổng" is not the sum of its years makes the total
 * row's "Tổng" differ from the sum of its years by the same amount, although each column of the total row
 * adds up right: that second finding only repeats the first. A total row with a mistake of its own is
 * still reported.
 */
import { analyzeGrid } from "../../../src/engine/analyze";
import { gridFromRows, type CellValue, type MergedArea } from "../../../src/engine/grid";

// Tổng, 2023, 2024, 2025 per unit; unit C's Tổng says 21 although 7 + 7 + 8 = 22.
const UNITS: readonly (readonly [number, number, number, number])[] = [
  [30, 10, 10, 10],
  [45, 15, 15, 15],
  [21, 7, 7, 8],
  [12, 4, 4, 4],
  [9, 3, 3, 3],
];
const columnSums = [0, 1, 2, 3].map((i) => UNITS.reduce((s, u) => s + u[i], 0));
const merges: MergedArea[] = [
  { top: 0, left: 0, bottom: 1, right: 0 },
  { top: 0, left: 1, bottom: 1, right: 1 },
  { top: 0, left: 2, bottom: 0, right: 5 },
];

function sheet(total: readonly number[]): CellValue[][] {
  return [
    ["STT", "Đơn vị", "Chỉ tiêu giai đoạn 2023-2025", null, null, null],
    [null, null, "Tổng", "Năm 2023", "Năm 2024", "Năm 2025"],
    ...UNITS.map((u, i): CellValue[] => [i + 1, `Huyện ${"ABCDE"[i]}`, ...u]),
    [null, "Tổng cộng", ...total],
  ];
}

const errors = (rows: CellValue[][]) =>
  analyzeGrid(gridFromRows("S", rows, { merges })).tables.flatMap((t) => t.issues.filter((i) => i.severity === "error"));

test("a unit's wrong Tổng is reported at the unit, not again at the total row that adds the columns up right", () => {
  expect(errors(sheet(columnSums))).toEqual([
    expect.objectContaining({ code: "PARTS_MISMATCH", row: 2 + 2, col: 2, expected: 7 + 7 + 8, actual: 21 }),
  ]);
});

test("a total row with a mistake of its own is reported there too", () => {
  const wrongTotal = [columnSums[0], columnSums[1] + 5, columnSums[2], columnSums[3]];
  const found = errors(sheet(wrongTotal)).map((i) => [i.code, i.row, i.col]);
  const totalRow = 2 + UNITS.length;
  expect(found).toContainEqual(["PARTS_MISMATCH", 4, 2]);
  expect(found).toContainEqual(["TOTAL_MISMATCH", totalRow, 3]);
});
