/** reconcileTable on hand-written sheets: what counts as a difference, and what does not. */
import { analyzeGrid } from "../../../src/engine/analyze";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";
import { parseComparePair } from "../../../src/engine/reconcile/columns";
import { reconcileTable } from "../../../src/engine/reconcile/reference";

function sheet(name: string, header: CellValue[], rows: CellValue[][], total: CellValue[]) {
  const grid = gridFromRows(name, [["PHỤ LỤC"], [], header, ...rows, total]);
  return { grid, analysis: analyzeGrid(grid) };
}

const REF = sheet(
  "Giao",
  ["STT", "Đơn vị", "Số đảng viên", "Chỉ tiêu"],
  [
    [1, "Xã Cộng Hòa", 120, 4],
    [2, "Xã An Hòa", 200, 7],
    [3, "Thị trấn Vĩnh Bảo", 350, 12],
    [4, "Xã Tân Liên", 90, "x"],
    [5, "Xã Cổ Am", 150, 5],
  ],
  ["Tổng cộng", "", 910, 28],
);

function reconcile(header: CellValue[], rows: CellValue[][], total: CellValue[], compare: string[] = [], ref = REF) {
  const rep = sheet("Báo cáo", header, rows, total);
  expect(rep.analysis.tables).toHaveLength(1);
  return reconcileTable(rep.grid, rep.analysis.tables[0], { grid: ref.grid, tables: ref.analysis.tables, label: "giao.xlsx#Giao" }, {
    compare: compare.map((c) => parseComparePair(c)!),
  });
}

describe("reconcileTable", () => {
  it("a faithful report: names written otherwise, 'x' against 0, Cộng Hòa a commune: no finding", () => {
    const r = reconcile(
      ["STT", "Đơn vị", "Số đảng viên", "Chỉ tiêu", "Đã kết nạp"],
      [
        [1, "Cộng Hoà", 120, 4, 3],
        [2, "xã An Hoà", 200, 7, 5],
        [3, "TT Vĩnh Bảo", 350, 12, 9],
        [4, "Xã Tân Liên", 90, 0, 0],
        [5, "Xã Cổ Am", 150, 5, 2],
      ],
      ["Tổng cộng", "", 910, 28, 19],
    );
    expect(r).toBeDefined();
    expect(r!.issues).toEqual([]);
    expect(r!.pairings.map((p) => [p.unit, p.reference, p.match])).toEqual([
      ["Cộng Hoà", "Xã Cộng Hòa", "near"],
      ["xã An Hoà", "Xã An Hòa", "exact"],
      ["TT Vĩnh Bảo", "Thị trấn Vĩnh Bảo", "near"],
      ["Xã Tân Liên", "Xã Tân Liên", "exact"],
      ["Xã Cổ Am", "Xã Cổ Am", "exact"],
    ]);
    expect(r!.columns.map((c) => [c.col, c.referenceCol])).toEqual([
      ["C", "C"],
      ["D", "D"],
    ]);
  });

  it("a changed figure, a missing and an extra unit", () => {
    const r = reconcile(
      ["STT", "Đơn vị", "Số đảng viên", "Chỉ tiêu"],
      [
        [1, "Xã Cộng Hòa", 120, 3],
        [2, "Xã An Hòa", 200, 7],
        [3, "Thị trấn Vĩnh Bảo", 350, 12],
        [4, "Xã Cổ Am", 150, 5],
        [5, "Xã Hưng Nhân", 80, 2],
      ],
      ["Tổng cộng", "", 900, 29],
    );
    const found = r!.issues.map((i) => [i.code, i.row, i.col, i.expected, i.actual]);
    expect(found).toEqual([
      ["REFERENCE_MISMATCH", 3, 3, 4, 3],
      ["UNIT_NOT_IN_REFERENCE", 7, 1, undefined, undefined],
      ["UNIT_MISSING", 6, 1, undefined, undefined],
    ]);
  });

  it("columns whose headers differ are compared only when paired with --compare", () => {
    const rows = [
      [1, "Xã Cộng Hòa", 3],
      [2, "Xã An Hòa", 7],
      [3, "Thị trấn Vĩnh Bảo", 12],
      [4, "Xã Cổ Am", 5],
    ];
    const header = ["STT", "Đơn vị", "Chỉ tiêu được giao năm 2024"];
    const total = ["Tổng cộng", "", 27];
    expect(reconcile(header, rows, total)!.issues.filter((i) => i.code === "REFERENCE_MISMATCH")).toEqual([]);
    const paired = reconcile(header, rows, total, ["Chỉ tiêu được giao = Chỉ tiêu"]);
    expect(paired!.issues.filter((i) => i.code === "REFERENCE_MISMATCH").map((i) => [i.row, i.col, i.expected, i.actual])).toEqual([[3, 2, 4, 3]]);
    const byLetter = reconcile(header, rows, total, ["C = D"]);
    expect(byLetter!.issues.filter((i) => i.code === "REFERENCE_MISMATCH")).toHaveLength(1);
  });

  it("a table about other units has no counterpart", () => {
    const r = reconcile(
      ["STT", "Đơn vị", "Chỉ tiêu"],
      [
        [1, "Sở Y tế", 3],
        [2, "Sở Tài chính", 2],
        [3, "Cục Thuế", 4],
      ],
      ["Tổng cộng", "", 9],
    );
    expect(r).toBeUndefined();
  });
});

describe("columns paired by their values", () => {
  const rows = [
    [1, "Xã Cộng Hòa", 120, 4],
    [2, "Xã An Hòa", 200, 7],
    [3, "Thị trấn Vĩnh Bảo", 350, 12],
    [4, "Xã Tân Liên", 90, 3],
    [5, "Xã Cổ Am", 150, 5],
  ];
  const ref = sheet("Giao", ["STT", "Đơn vị", "Số đảng viên", "Chỉ tiêu"], rows, ["Tổng cộng", "", 910, 31]);

  it("a renamed quota column agreeing on 4 of 5 units is compared, and the fifth is the difference", () => {
    const changed = rows.map((r) => (r[1] === "Xã Cổ Am" ? [r[0], r[1], r[2], 6] : r));
    const r = reconcile(["STT", "Đơn vị", "Số đảng viên", "Chỉ tiêu được giao năm 2024"], changed, ["Tổng cộng", "", 910, 32], [], ref);
    expect(r!.columns.map((c) => [c.col, c.referenceCol, c.source])).toEqual([
      ["C", "C", "header"],
      ["D", "D", "values"],
    ]);
    expect(r!.issues.map((i) => [i.code, i.row, i.col, i.expected, i.actual])).toEqual([["REFERENCE_MISMATCH", 7, 3, 5, 6]]);
  });

  it("what units achieved is never paired with their quota, even when most met it exactly", () => {
    const achieved = rows.map((r) => (r[1] === "Xã Cổ Am" ? [r[0], r[1], r[2], 6] : r));
    const r = reconcile(["STT", "Đơn vị", "Số đảng viên", "Đã kết nạp"], achieved, ["Tổng cộng", "", 910, 32], [], ref);
    expect(r!.columns.map((c) => c.col)).toEqual(["C"]);
    expect(r!.issues).toEqual([]);
  });
});

describe("a leaf header repeated under two years", () => {
  // Two header levels: the year above, "Đoàn viên thanh niên" below. The reference assigns 2024's figures, the
  // report gives 2025's: the same leaf of another year is another figure and is never compared by itself.
  function twoLevel(name: string, year: string, rows: CellValue[][], total: CellValue[]) {
    const grid = gridFromRows(
      name,
      [["PHỤ LỤC"], [], ["STT", "Đơn vị", year, null], [null, null, "Tổng số", "Đoàn viên thanh niên"], ...rows, total],
      {
        merges: [
          { top: 2, bottom: 3, left: 0, right: 0 },
          { top: 2, bottom: 3, left: 1, right: 1 },
          { top: 2, bottom: 2, left: 2, right: 3 },
        ],
      },
    );
    return { grid, analysis: analyzeGrid(grid) };
  }
  const units = ["Sở Y tế", "Sở Tài chính", "Cục Thuế", "Sở Tư pháp"];
  const ref = twoLevel("Giao", "Năm 2024", units.map((u, i) => [i + 1, u, 10 + i, 4 + i]), ["Tổng cộng", "", 46, 22]);
  const rep = twoLevel("Báo cáo", "Năm 2025", units.map((u, i) => [i + 1, u, 12 + i, 6 + i]), ["Tổng cộng", "", 54, 30]);

  it("pairs the units but compares no column", () => {
    expect(ref.analysis.tables).toHaveLength(1);
    expect(rep.analysis.tables).toHaveLength(1);
    const r = reconcileTable(rep.grid, rep.analysis.tables[0], { grid: ref.grid, tables: ref.analysis.tables, label: "giao.xlsx#Giao" }, { compare: [] });
    expect(r!.pairings.filter((p) => p.match === "exact")).toHaveLength(4);
    expect(r!.issues.filter((i) => i.code === "REFERENCE_MISMATCH")).toEqual([]);
  });

  it("compares them when the user pairs the two years with header levels", () => {
    const r = reconcileTable(rep.grid, rep.analysis.tables[0], { grid: ref.grid, tables: ref.analysis.tables, label: "giao.xlsx#Giao" }, {
      compare: [parseComparePair("Năm 2025 / Đoàn viên thanh niên = Năm 2024 / Đoàn viên thanh niên")!],
    });
    expect(r!.issues.filter((i) => i.code === "REFERENCE_MISMATCH").map((i) => [i.col, i.expected, i.actual])).toEqual([
      [3, 4, 6],
      [3, 5, 7],
      [3, 6, 8],
      [3, 7, 9],
    ]);
  });
});
