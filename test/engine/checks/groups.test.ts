/**
 * Tables grouped by commune (a heading or a sub-total row per group) number their rows from 1 again in
 * each group and repeat unit names ("Chi bộ thôn 1" of each commune): neither is a STT_SEQUENCE or a
 * DUPLICATE_UNIT. Within one group they still are.
 */
import { analyzeGrid } from "../../../src/engine/analyze";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";

const codes = (rows: CellValue[][]) =>
  analyzeGrid(gridFromRows("S", rows))
    .tables.flatMap((t) => t.issues)
    .filter((i) => i.code === "STT_SEQUENCE" || i.code === "DUPLICATE_UNIT")
    .map((i) => [i.code, i.row]);

const HEADER: CellValue[] = ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp"];

test("groups opened by headings without numbers", () => {
  expect(
    codes([
      HEADER,
      ["I", "Xã An Hòa", null, null],
      [1, "Chi bộ thôn 1", 2, 1],
      [2, "Chi bộ thôn 2", 3, 2],
      ["II", "Xã Cổ Am", null, null],
      [1, "Chi bộ thôn 1", 1, 1],
      [2, "Chi bộ thôn 2", 2, 0],
      [null, "Tổng cộng", 2 + 3 + 1 + 2, 1 + 2 + 1 + 0],
    ]),
  ).toEqual([]);
});

test("groups opened by sub-total rows", () => {
  expect(
    codes([
      HEADER,
      ["I", "Xã An Hòa", 5, 3],
      [1, "Chi bộ thôn 1", 2, 1],
      [2, "Chi bộ thôn 2", 3, 2],
      ["II", "Xã Cổ Am", 3, 1],
      [1, "Chi bộ thôn 1", 1, 1],
      [2, "Chi bộ thôn 2", 2, 0],
      [null, "Tổng cộng", 8, 4],
    ]),
  ).toEqual([]);
});

test("inside one group, a skipped number and a repeated name are still reported", () => {
  expect(
    codes([
      HEADER,
      ["I", "Xã An Hòa", null, null],
      [1, "Chi bộ thôn 1", 2, 1],
      [3, "Chi bộ thôn 2", 3, 2],
      [4, "Chi bộ thôn 1", 1, 1],
      [null, "Tổng cộng", 6, 4],
    ]),
  ).toEqual([
    ["STT_SEQUENCE", 3],
    ["DUPLICATE_UNIT", 4],
  ]);
});

test("'-' in unit and total cells is 'nothing': no NOT_A_NUMBER, and the sums are judged without it", () => {
  const issues = analyzeGrid(
    gridFromRows("S", [
      ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp", "Đang trình"],
      [1, "Xã A", 10, 5, "-"],
      [2, "Xã B", 8, "-", "-"],
      [3, "Quân sự huyện", "-", "-", "-"],
      [null, "Tổng cộng", 18, 6, "-"],
    ]),
  ).tables.flatMap((t) => t.issues);
  expect(issues.filter((i) => i.severity === "error")).toEqual([
    // 5 + nothing = 5, not 6: the one real mistake.
    expect.objectContaining({ code: "TOTAL_MISMATCH", row: 4, col: 3, expected: 5, actual: 6 }),
  ]);
});

test("a group row whose sub-total is mistyped still opens its group: the slip is not a numbering warning", () => {
  // As in Quảng Nam's 2024 quotas: group II says 40 where its units add up to 30 (10 + 20), so it is not
  // read as a sub-total; "II" still starts a group whose numbering restarts at 1.
  const header: CellValue[] = ["STT", "Đảng bộ", "Chỉ tiêu 2024"];
  const rows: CellValue[][] = [
    header,
    ["I", "Các huyện, thị xã, thành phố", 150],
    [1, "Tam Kỳ", 15],
    [2, "Hội An", 25],
    [3, "Điện Bàn", 35],
    [4, "Duy Xuyên", 35],
    [5, "Quế Sơn", 40],
    ["II", "Các đảng bộ trực thuộc Tỉnh ủy", 40],
    [1, "Công an tỉnh", 10],
    [2, "Quân sự tỉnh", 20],
    [null, null, 180],
  ];
  expect(codes(rows).filter(([code]) => code === "STT_SEQUENCE")).toEqual([]);
});

test("within a group, a skipped number is still a numbering warning", () => {
  const rows: CellValue[][] = [HEADER, ["I", "Khối huyện", 6, 3], [1, "Xã A", 2, 1], [3, "Xã B", 4, 2]];
  expect(codes(rows)).toEqual([["STT_SEQUENCE", 3]]);
});
