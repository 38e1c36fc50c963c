/**
 * The row tree and the relations read from it (issue 9), on small hand-built sheets. Expected values come
 * from the arithmetic written next to them.
 */
import { analyzeGrid } from "../../../src/engine/analyze";
import { a1, gridFromRows, type CellValue, type MergedArea } from "../../../src/engine/grid";
import type { TableAnalysis } from "../../../src/engine/model";
import { relationSentence } from "../../../src/engine/report";

function only(rows: CellValue[][], merges: MergedArea[] = []): TableAnalysis {
  const tables = analyzeGrid(gridFromRows("S", rows, { merges })).tables;
  expect(tables).toHaveLength(1);
  return tables[0];
}
const findings = (t: TableAnalysis) => t.issues.filter((i) => i.severity !== "info").map((i) => `${i.code} ${a1(i.row, i.col)}`);

describe("row tree", () => {
  it("a 'Tỷ lệ (%)' row under a total: each share of its Tổng số column; one mistyped share is reported once, at its cell", () => {
    const t = only([
      ["HUY HIỆU THEO ĐƠN VỊ"],
      [],
      ["STT", "Đơn vị", "Tổng số", "70 năm", "60 năm", "50 năm"],
      [1, "Huyện A", 30, 5, 10, 15],
      [2, "Huyện B", 20, 3, 7, 10],
      [null, "Tổng cộng", 50, 8, 17, 25],
      [null, "Tỷ lệ so với tổng số (%)", 100, 16, 34, 55], // 25/50 = 50, typed 55
    ]);
    expect(t.table.rowTree?.percentRows).toEqual([{ row: 6, of: 5 }]);
    expect(t.table.totalRows).toEqual([5]);
    expect(findings(t)).toEqual(["PERCENT_MISMATCH F7"]);
    expect(t.issues.find((i) => i.code === "PERCENT_MISMATCH")?.expected).toBe(50);
  });

  it("a 'Trong số …' line under a unit is a subset of it and is not added into the total (11 + 18 + 12 = 41)", () => {
    const t = only([
      ["XẾP LOẠI"],
      [],
      ["STT", "Đơn vị", "Số TCCSĐ", "Hoàn thành tốt nhiệm vụ trở lên"],
      [1, "Khối Đảng", 12, 11],
      [2, "Khối Chính quyền", 20, 18],
      [null, "Trong số được xếp loại HTTNV trở lên: tiêu biểu", 6, 6],
      [3, "Khối Doanh nghiệp", 15, 12],
      [null, "Tổng cộng", 47, 41],
    ]);
    expect(t.table.rowTree?.families).toEqual([{ parent: 4, kind: "subsets", rows: [5] }]);
    expect(t.table.dataRows).toEqual([3, 4, 6]);
    expect(findings(t)).toEqual([]);
  });

  it("'Tổng số đảng viên' among admissions and cards issued is a stock, not their total", () => {
    const t = only([
      ["TÌNH HÌNH ĐẢNG VIÊN"],
      [],
      ["TT", "Nội dung", "Năm 2023", "Năm 2024"],
      [1, "Tổng số đảng viên", 5120, 5230],
      [2, "Kết nạp đảng viên mới", 160, 172],
      [3, "Phát thẻ đảng viên", 150, 168],
    ]);
    expect(t.table.totalRows).toEqual([]);
    expect(findings(t)).toEqual([]);
  });

  it("a rating listed without its total: shares of the rows' sum (45 + 228 + 24 + 3 = 300; 3/300 = 1 %, typed 10)", () => {
    const t = only([
      ["XẾP LOẠI ĐẢNG VIÊN"],
      [],
      ["STT", "Mức xếp loại", "Số lượng", "Tỷ lệ (%)"],
      [1, "Hoàn thành xuất sắc nhiệm vụ", 45, 15],
      [2, "Hoàn thành tốt nhiệm vụ", 228, 76],
      [3, "Hoàn thành nhiệm vụ", 24, 8],
      [4, "Không hoàn thành nhiệm vụ", 3, 10],
    ]);
    expect(findings(t)).toEqual(["PERCENT_MISMATCH D7"]);
    expect(t.issues.find((i) => i.code === "PERCENT_MISMATCH")?.expected).toBe(1);
  });

  it("a rating whose base is stated in the caption (8.120 rated of 8.450): no error, one ratio per cell", () => {
    const t = only([
      ["KẾT QUẢ ĐÁNH GIÁ ĐẢNG VIÊN NĂM 2023"],
      ["(Tổng số đảng viên toàn Đảng bộ: 8.450 đồng chí; được đánh giá: 8.120)"],
      ["TT", "Mức xếp loại", "Số lượng", "Tỷ lệ (%)"],
      [1, "Hoàn thành xuất sắc nhiệm vụ", 1218, 15.0], // 1218/8120 = 15,00
      [2, "Hoàn thành tốt nhiệm vụ", 6200, 76.35], // 6200/8120 = 76,35
      [3, "Hoàn thành nhiệm vụ", 650, 8.0], // 650/8120 = 8,00
      [4, "Không hoàn thành nhiệm vụ", 52, 0.64], // 52/8120 = 0,64
    ]);
    expect(findings(t)).toEqual([]);
    const ratios = t.relations.filter((r) => r.kind === "ratio");
    expect(ratios).toHaveLength(4);
    // 76,35 fits only 8.120 (6200/8450 = 73,37); "8" (shown without decimals) fits both 650/8120 and 650/8450 = 7,69: no error either way.
    const at = (row: number) => ratios.find((r) => r.kind === "ratio" && r.at.row === row);
    expect(at(4)).toMatchObject({ denominator: { value: 8120 }, basis: "caption" });
  });

  it("'so với KH' and 'so với CK' headers name their denominators, even with an 'x' row", () => {
    const t = only([
      ["KẾT QUẢ"],
      [],
      ["TT", "Chỉ tiêu", "KH năm 2024", "TH 6 tháng", "So với KH (%)", "Cùng kỳ 2023", "So với CK (%)"],
      [1, "Kết nạp đảng viên", 300, 162, 54, 150, 108], // 162/300 = 54; 162/150 = 108
      [2, "Tổ chức cơ sở đảng thành lập mới", "x", 3, "x", 2, 150], // 3/2 = 150
    ]);
    expect(t.relations.filter((r) => r.kind === "percent").map((r) => r.kind === "percent" && [r.col, r.numerator, r.denominator])).toEqual([
      [4, 3, 2],
      [6, 3, 5],
    ]);
    expect(findings(t)).toEqual([]);
  });

  it("'Tổng số | Nữ | Đoàn viên | Dân tộc' in a one-row table are subsets, not parts of the total", () => {
    const t = only([
      ["CƠ CẤU ĐẢNG VIÊN MỚI"],
      [],
      ["Nội dung", "Tổng số", "Nữ", "Đoàn viên thanh niên", "Dân tộc thiểu số"],
      ["Số lượng", 128, 61, 96, 19],
    ]);
    expect(t.relations.some((r) => r.kind === "parts")).toBe(false);
    expect(findings(t)).toEqual([]);
  });
});

describe("SL / % pairs", () => {
  it("in a one-row table the % of each pair is its SL over the row's Tổng số (61/128 = 47,66; 96/128 = 75, typed 57)", () => {
    const t = only(
      [
        ["CƠ CẤU ĐẢNG VIÊN MỚI NĂM 2024"],
        [],
        ["Nội dung", "Tổng số", "Nữ", null, "Đoàn viên thanh niên", null],
        [null, null, "SL", "%", "SL", "%"],
        ["Đảng viên mới kết nạp", 128, 61, 47.66, 96, 57],
      ],
      [
        { top: 2, left: 0, bottom: 3, right: 0 },
        { top: 2, left: 1, bottom: 3, right: 1 },
        { top: 2, left: 2, bottom: 2, right: 3 },
        { top: 2, left: 4, bottom: 2, right: 5 },
      ],
    );
    expect(findings(t)).toEqual(["PERCENT_MISMATCH F5"]);
    expect(t.issues.find((i) => i.code === "PERCENT_MISMATCH")?.expected).toBe(75);
  });
});

describe("relations in words", () => {
  it("a subset's percent: D7 = C7 / C5 × 100, of the row it hangs under, in both languages", () => {
    const t = only([
      ["KẾT NẠP"],
      [],
      ["TT", "Nội dung", "Số lượng", "Tỷ lệ (%)"],
      [1, "Chỉ tiêu kết nạp năm 2024", 200, null],
      [2, "Số đảng viên đã kết nạp", 68, 34],
      [null, "Trong đó:", null, null],
      ["-", "Đảng viên nữ", 47, 69.12],
    ]);
    const ratio = t.relations.find((r) => r.kind === "ratio" && r.at.row === 6);
    expect(ratio).toBeDefined();
    if (!ratio) return;
    expect(relationSentence(ratio, t.table, undefined, "vi")).toBe('D7 = C7 / C5 × 100, so với "Số đảng viên đã kết nạp"');
    expect(relationSentence(ratio, t.table, undefined, "en")).toBe('D7 = C7 / C5 × 100, of "Số đảng viên đã kết nạp"');
  });
});
