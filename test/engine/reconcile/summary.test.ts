/** checkSummary on hand-written sheets: units told by caption, sheet or file name; a one-row unit file is its own total. */
import { analyzeGrid } from "../../../src/engine/analyze";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";
import { checkSummary, type UnitFile } from "../../../src/engine/reconcile/summary";

const HEADER = ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp"];

function unitFile(file: string, sheet: string, caption: string, rows: CellValue[][], total?: CellValue[]): UnitFile {
  const grid = gridFromRows(sheet, [[caption], [], HEADER, ...rows, ...(total ? [total] : [])]);
  return { file, sheets: [{ grid, tables: analyzeGrid(grid).tables }] };
}

describe("checkSummary", () => {
  const summaryGrid = gridFromRows("Tổng hợp", [
    ["TỔNG HỢP"],
    [],
    HEADER,
    [1, "Xã An Hòa", 9, 5],
    [2, "Xã Cổ Am", 4, 2],
    [3, "Thị trấn Vĩnh Bảo", 12, 8],
    ["Tổng cộng", null, 25, 15],
  ]);
  const summary = analyzeGrid(summaryGrid).tables[0];
  const units = [
    unitFile("an-hoa.xlsx", "Sheet1", "ĐẢNG BỘ XÃ AN HÒA", [[1, "Chi bộ thôn 1", 4, 2], [2, "Chi bộ thôn 2", 5, 3]], ["Tổng cộng", null, 9, 5]),
    // Told by the file name only; one row: its own total. Its admitted count differs from the summary's.
    unitFile("co-am.xlsx", "Sheet1", "BÁO CÁO KẾT QUẢ", [[1, "Toàn đảng bộ", 4, 3]]),
    unitFile("vb.xlsx", "Thị trấn Vĩnh Bảo", "BÁO CÁO", [[1, "Chi bộ khu 1", 6, 4], [2, "Chi bộ khu 2", 6, 4]], ["Tổng cộng", null, 12, 8]),
  ];

  it("pairs every unit file with its row and reports only the row that differs", () => {
    const r = checkSummary(summaryGrid, summary, "tong-hop.xlsx", units);
    expect(r.identities.map((i) => [i.file, i.unit, i.identity?.source])).toEqual([
      ["an-hoa.xlsx", "Xã An Hòa", "caption"],
      ["co-am.xlsx", "Xã Cổ Am", "file"],
      ["vb.xlsx", "Thị trấn Vĩnh Bảo", "sheet"],
    ]);
    expect(r.issues.map((i) => [i.code, i.row, i.col, i.expected, i.actual, i.params?.unitFile])).toEqual([["SUMMARY_MISMATCH", 4, 3, 3, 2, "co-am.xlsx"]]);
  });
});

describe("checkSummary on the units' own form", () => {
  // The template a district sends down: "Tổng số" and "Tỷ lệ %" name nothing by themselves, but on one form they
  // are the same figure on both sides. Total row first in the summary; the thị trấn row from an older file.
  const FORM = ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp", "Đang trình", "Tổng số", "Tỷ lệ %"];
  const summaryGrid = gridFromRows("Tổng hợp", [
    ["TỔNG HỢP KẾT QUẢ"],
    [],
    FORM,
    ["Tổng cộng", null, 22, 8, 5, 13, 59.09],
    [1, "Đảng bộ thị trấn Vĩnh Bảo", 15, 5, 5, 10, 66.67],
    [2, "Đảng bộ xã Cộng Hiền", 7, 3, 0, 3, 42.86],
  ]);
  const summary = analyzeGrid(summaryGrid).tables[0];
  const form = (file: string, sheet: string, caption: string, rows: CellValue[][], total: CellValue[]): UnitFile => {
    const grid = gridFromRows(sheet, [[caption], [], FORM, ...rows, total]);
    return { file, sheets: [{ grid, tables: analyzeGrid(grid).tables }] };
  };
  // 12 / 15 = 80 %; 3 / 7 = 42,857… %, shown as 42,86 in the summary (within its two decimals).
  const units = [
    form("dv1.xlsx", "TT Vĩnh Bảo", "KẾT QUẢ", [[1, "Chi bộ Khu 1", 8, 4, 2, 6, 75], [2, "Chi bộ Khu 2", 7, 3, 3, 6, 85.71]], ["Tổng cộng", null, 15, 7, 5, 12, 80]),
    form("dv2.xlsx", "Sheet1", "ĐẢNG BỘ XÃ CỘNG HIỀN", [[1, "Chi bộ thôn 1", 4, 2, 0, 2, 50], [2, "Chi bộ thôn 2", 3, 1, 0, 1, 33.33]], ["Tổng cộng", null, 7, 3, 0, 3, 3 / 7 * 100]),
  ];

  it("compares the total and the percent columns too, within the percent's decimals", () => {
    const r = checkSummary(summaryGrid, summary, "tong-hop.xlsx", units);
    const mine = r.issues.filter((i) => i.row === 4);
    expect(mine.map((i) => [i.code, i.col, i.expected, i.actual])).toEqual([
      ["SUMMARY_MISMATCH", 3, 7, 5],
      ["SUMMARY_MISMATCH", 5, 12, 10],
      ["SUMMARY_MISMATCH", 6, 80, 66.67],
    ]);
    expect(r.issues.filter((i) => i.row === 5)).toEqual([]);
  });
});
