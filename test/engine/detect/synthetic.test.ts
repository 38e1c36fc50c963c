/**
 * Detection on small sheets built by hand: layouts users have that the seed workbooks do not show.
 * Row and column numbers below are absolute 0-based (row 0 = Excel row 1).
 */
import { detectTables, explainNoTable } from "../../../src/engine/detect";
import { type CellValue, type MergedArea, gridFromRows } from "../../../src/engine/grid";
import type { Table } from "../../../src/engine/model";

const m = (top: number, left: number, bottom: number, right: number): MergedArea => ({ top, left, bottom, right });

function only(rows: CellValue[][], extra: Parameters<typeof gridFromRows>[2] = {}): Table {
  const tables = detectTables(gridFromRows("Sheet1", rows, extra));
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe("total row first", () => {
  it("reads 'Toàn tỉnh' right under the header as the total row", () => {
    const t = only([
      ["PHỤ LỤC"],
      [],
      ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp"],
      ["Toàn tỉnh", null, 30, 21],
      [1, "Huyện A", 10, 7],
      [2, "Huyện B", 20, 14],
    ], { merges: [m(3, 0, 3, 1)] });
    expect(t.totalRows).toEqual([3]);
    expect(t.dataRows).toEqual([4, 5]);
    expect(t.captions).toEqual(["PHỤ LỤC"]);
  });
});

describe("sub-total groups", () => {
  const rows: CellValue[][] = [
    ["TT", "Đơn vị", "Đảng viên", "Chỉ tiêu"],
    ["I", "Khối huyện", 300, 12], // sums the two units under it
    [1, "Huyện A", 100, 4],
    [2, "Huyện B", 200, 8],
    ["II", "Khối cơ quan", null, null], // a heading without numbers
    [3, "Sở X", 50, 2],
    [4, "Sở Y", 70, 3],
    [null, "Cộng khối cơ quan", 120, 5],
    [null, "Tổng cộng", 420, 17],
  ];

  it("finds the leading and trailing sub-totals and their units, the heading is neither", () => {
    const t = only(rows);
    expect(t.subtotals).toEqual([
      { row: 1, members: [2, 3] },
      { row: 7, members: [5, 6] },
    ]);
    expect(t.dataRows).toEqual([2, 3, 5, 6]);
    expect(t.totalRows).toEqual([8]);
  });

  it("a group's percent column does not keep its counts from confirming the sub-total", () => {
    const t = only([
      ["TT", "Đơn vị", "Chỉ tiêu", "Tỷ lệ %", "Tỷ lệ ĐVTN %"],
      ["I", "Khối huyện", 20, 60, 50],
      [1, "Huyện A", 10, 50, 40],
      [2, "Huyện B", 10, 70, 60],
      [null, "Tổng cộng", 20, 60, 50],
    ]);
    expect(t.subtotals).toEqual([{ row: 1, members: [2, 3] }]);
    expect(t.dataRows).toEqual([2, 3]);
  });

  it("a row numbered 'I' whose numbers do not sum anything is read as a unit", () => {
    const t = only([
      ["TT", "Đơn vị", "Đảng viên"],
      [1, "Huyện A", 100],
      ["I", "Khối lạ", 999],
      [2, "Huyện B", 200],
      [null, "Tổng cộng", 1299],
    ]);
    expect(t.subtotals).toEqual([]);
    expect(t.dataRows).toEqual([1, 2, 3]);
  });

  it("a unit named 'Công an …' or 'Tổng công ty …' is not a (sub-)total", () => {
    const t = only([
      ["STT", "Đơn vị", "Đảng viên", "Chỉ tiêu"],
      [1, "Công an tỉnh", 972, 30],
      [2, "Tổng công ty X", 463, 12],
      [null, "Tổng cộng", 1435, 42],
    ]);
    expect(t.dataRows).toEqual([1, 2]);
    expect(t.subtotals).toEqual([]);
    expect(t.totalRows).toEqual([3]);
  });
});

describe("column-numbering row", () => {
  it.each([
    ["(1) (2) …", ["(1)", "(2)", "(3)", "(4)", "(5)=(3)+(4)"]],
    ["A B 1 2 3", ["A", "B", 1, 2, 3]],
    ["1 2 3 as numbers", [1, 2, 3, 4, 5]],
  ])("%s is part of the header band, not data", (_name, numbering) => {
    const t = only([
      ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp", "Tổng"],
      numbering as CellValue[],
      [1, "Xã A", 5, 3, 3],
      [2, "Xã B", 6, 4, 4],
    ]);
    expect(t.numberingRow).toBe(1);
    expect([t.headerTop, t.headerBottom]).toEqual([0, 1]);
    expect(t.dataRows).toEqual([2, 3]);
    expect(t.columns.map((c) => c.header)).toEqual(["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp", "Tổng"]);
  });
});

describe("breakdown table", () => {
  it("reads 'Tổng số …' as the base row and the rows after 'Trong đó:' as its subsets (row tree, issue 9)", () => {
    const t = only([
      ["TT", "Nội dung", "Số lượng", "Tỷ lệ %"],
      [null, "Tổng số đảng viên kết nạp", 164, 100],
      [null, "Trong đó:", null, null],
      [1, "Nữ", 70, 42.68],
      [2, "Dân tộc thiểu số", 12, 7.32],
      [3, "Đoàn viên thanh niên", 120, 73.17],
    ]);
    expect(t.shape).toBe("breakdown");
    // The subsets overlap (70 + 12 + 120 > 164): the first row is not their total but the base they are part of.
    expect(t.totalRows).toEqual([]);
    expect(t.dataRows).toEqual([1]);
    expect(t.rowTree?.families).toEqual([{ parent: 1, kind: "subsets", rows: [3, 4, 5] }]);
    expect(t.columns[3]).toMatchObject({ role: "percent", percentForm: "points", decimals: 2 });
  });
});

describe("result-versus-plan table", () => {
  it("rows are indicators; columns plan, result and percent", () => {
    const t = only([
      ["STT", "Chỉ tiêu", "Nghị quyết", "Kết quả thực hiện", "Tỷ lệ %"],
      [1, "Kết nạp đảng viên", 280, 164, 58.57],
      [2, "Thành lập tổ chức đảng", 10, 7, 70],
    ]);
    expect(t.shape).toBe("plan-result");
    expect(t.dataRows).toEqual([1, 2]);
  });

  it("years in the first column are labels, not row numbers (Nghệ An's yearly results)", () => {
    const t = only([
      ["Năm", "Chỉ tiêu", "Kết quả thực hiện", "Tỷ lệ %"],
      [2020, 4249, 3293, 77.51],
      [2021, 4486, 4037, 90],
      [2022, 4248, 3998, 94.11],
    ]);
    expect(t.sttCol).toBeNull();
    expect(t.dataRows).toEqual([1, 2, 3]);
    expect(t.columns[3]).toMatchObject({ role: "percent", percentForm: "points", decimals: 2 });
  });

  it("a units table with quota and result columns stays 'units'", () => {
    const t = only([
      ["STT", "Tên chi bộ, đảng bộ", "Chỉ tiêu giao", "Kết quả", "Tỷ lệ %"],
      [1, "Xã A", 10, 5, 50],
      [2, "Xã B", 10, 7, 70],
    ]);
    expect(t.shape).toBe("units");
  });
});

describe("columns", () => {
  it("row numbers typed as text ('1.', '2.') under no STT header still make the STT column", () => {
    const t = only([
      ["", "Tên đơn vị", "Chỉ tiêu", "Ghi chú"],
      ["1.", "Xã A", 5, null],
      ["2.", "Xã B", 6, null],
      ["3.", "Xã C", 7, null],
    ]);
    expect(t.sttCol).toBe(0);
    expect(t.labelCols).toEqual([1]);
    expect(t.columns.map((c) => c.role)).toEqual(["stt", "label", "count", "text"]);
  });

  it("a one-line letterhead right above the header (number | place and date) is a caption", () => {
    const t = only([
      ["Số 623-TB/HU", null, "Vĩnh Bảo, ngày 14 tháng 9 năm 2023"],
      ["STT", "Đơn vị", "Chỉ tiêu"],
      [1, "Xã A", 5],
    ]);
    expect(t.headerTop).toBe(1);
    expect(t.captions).toEqual(["Số 623-TB/HU Vĩnh Bảo, ngày 14 tháng 9 năm 2023"]);
  });
});

describe("absolute coordinates", () => {
  it("a sheet whose used range starts at C5 reports C5-based rows and columns", () => {
    const t = only(
      [
        ["STT", "Đơn vị", "Chỉ tiêu", "Tỷ lệ %"],
        [1, "Xã A", 10, 0.5],
        [2, "Xã B", 20, 0.25],
        ["Tổng cộng", null, 30, 0.3333],
      ],
      {
        top: 4,
        left: 2,
        merges: [m(7, 2, 7, 3)],
        numberFormats: [
          [null, null, null, null],
          [null, null, "0", "0.00%"],
          [null, null, "0", "0.00%"],
          [null, null, "0", "0.00%"],
        ],
      },
    );
    expect([t.top, t.left, t.bottom, t.right]).toEqual([4, 2, 7, 5]);
    expect(t.sttCol).toBe(2);
    expect(t.labelCols).toEqual([3]);
    expect(t.dataRows).toEqual([5, 6]);
    expect(t.totalRows).toEqual([7]);
    expect(t.columns.find((c) => c.col === 5)).toMatchObject({ role: "percent", percentForm: "fraction", decimals: 2 });
  });
});

describe("header band without merge records", () => {
  it("reads blanks under a tall header and beside a wide one as merged", () => {
    const t = only([
      ["STT", "Đơn vị", "Năm 2024", null, "Năm 2025", null],
      [null, null, "Tổng", "ĐVTN", "Tổng", "ĐVTN"],
      [1, "Sở A", 5, 3, 4, 2],
      [2, "Sở B", 6, 4, 5, 3],
    ]);
    expect(t.headerTree.map((n) => [n.label, n.left, n.right, n.bottom])).toEqual([
      ["STT", 0, 0, 1],
      ["Đơn vị", 1, 1, 1],
      ["Năm 2024", 2, 3, 0],
      ["Năm 2025", 4, 5, 0],
    ]);
    expect(t.headerTree[3].children.map((n) => n.label)).toEqual(["Tổng", "ĐVTN"]);
    expect(t.columns[5].path).toEqual(["Năm 2025", "ĐVTN"]);
    expect(t.sttCol).toBe(0);
  });
});

describe("years typed as numbers in the header", () => {
  it("reads 2024 | 2025 under 'Chỉ tiêu' as header cells, not as a unit row", () => {
    const t = only(
      [
        ["STT", "Đơn vị", "Chỉ tiêu", null],
        [null, null, 2024, 2025],
        [1, "Xã A", 5, 6],
        [2, "Xã B", 7, 8],
      ],
      { merges: [m(0, 0, 1, 0), m(0, 1, 1, 1), m(0, 2, 0, 3)] },
    );
    expect([t.headerTop, t.headerBottom]).toEqual([0, 1]);
    expect(t.dataRows).toEqual([2, 3]);
    expect(t.columns[3].path).toEqual(["Chỉ tiêu", "2025"]);
  });

  it("a unit row whose counts look like years is still a unit row", () => {
    const t = only([
      ["STT", "Đơn vị", "Đảng viên", "Đoàn viên"],
      [1, "Xã A", 1995, 2010],
      [2, "Xã B", 2001, 2002],
    ]);
    expect(t.dataRows).toEqual([1, 2]);
  });
});

describe("where a table ends", () => {
  it("a blank row or two inside the units is not the end; a prose note is", () => {
    const t = only([
      ["STT", "Đơn vị", "Chỉ tiêu"],
      [1, "Xã A", 5],
      [],
      [2, "Xã B", 6],
      [],
      ["Ghi chú: số liệu tính đến ngày 30/9/2023, các đơn vị chưa báo cáo được tính bằng không."],
      [3, "Xã C", 7],
    ]);
    expect(t.dataRows).toEqual([1, 3]);
    expect(t.bottom).toBe(3);
  });

  it("two tables, one under the other, each with its own caption and header", () => {
    const tables = detectTables(
      gridFromRows("Sheet1", [
        ["Biểu 1"],
        ["STT", "Đơn vị", "Chỉ tiêu"],
        [1, "Xã A", 5],
        [null, "Cộng", 5],
        [],
        ["Biểu 2"],
        ["STT", "Đơn vị", "Kết nạp", "Tỷ lệ %"],
        [1, "Xã A", 3, 60],
      ]),
    );
    expect(tables.map((t) => [t.headerTop, t.dataRows, t.totalRows, t.captions])).toEqual([
      [1, [2], [3], ["Biểu 1"]],
      [6, [7], [], ["Biểu 2"]],
    ]);
  });

  it("a header repeated right after a page break (no blank row, numbering row included) is not data", () => {
    const header: CellValue[] = ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp"];
    const numbering: CellValue[] = ["(1)", "(2)", "(3)", "(4)"];
    const t = only([header, numbering, [1, "Xã A", 5, 3], [2, "Xã B", 6, 4], header, numbering, [3, "Xã C", 7, 5], [null, "Tổng cộng", 18, 12]]);
    expect(t.repeatedHeaderRows).toEqual([4, 5]);
    expect(t.dataRows).toEqual([2, 3, 6]);
    expect(t.totalRows).toEqual([7]);
  });

  it("the same header again after a total row starts a second table", () => {
    const header: CellValue[] = ["STT", "Đơn vị", "Chỉ tiêu"];
    const tables = detectTables(
      gridFromRows("Sheet1", [header, [1, "Xã A", 5], [null, "Tổng cộng", 5], [], header, [1, "Xã A", 6], [null, "Tổng cộng", 6]]),
    );
    expect(tables.map((t) => [t.headerTop, t.dataRows, t.totalRows])).toEqual([
      [0, [1], [2]],
      [4, [5], [6]],
    ]);
  });

  it("a second header band right under the last unit (no blank, no caption) starts a new table", () => {
    const tables = detectTables(
      gridFromRows("Sheet1", [
        ["STT", "Đơn vị", "Chỉ tiêu"],
        [1, "Xã A", 5],
        ["STT", "Đơn vị", "Tổng cộng", "Đoàn viên thanh niên"],
        [1, "Xã A", 3, 2],
      ]),
    );
    expect(tables.map((t) => [t.headerTop, t.dataRows])).toEqual([
      [0, [1]],
      [2, [3]],
    ]);
  });

  it("numbered notes under the total row are not units", () => {
    const t = only([
      ["STT", "Đơn vị", "Chỉ tiêu"],
      [1, "Xã A", 5],
      [2, "Xã B", 6],
      [null, "Tổng cộng", 11],
      [1, "Số liệu do các đơn vị báo cáo"],
    ]);
    expect(t.dataRows).toEqual([1, 2]);
    expect(t.bottom).toBe(3);
  });

  it("three blank rows end a table; rows after them without a header are no table", () => {
    const t = only([["STT", "Đơn vị", "Chỉ tiêu"], [1, "Xã A", 5], [], [], [], [2, "Xã B", 6]]);
    expect(t.dataRows).toEqual([1]);
    expect(t.bottom).toBe(1);
  });

  it("hidden rows and columns stay in the table and are noted", () => {
    const t = only(
      [
        ["STT", "Đơn vị", "Chỉ tiêu", "Ghi chú nội bộ"],
        [1, "Xã A", 5, 1],
        [2, "Xã B", 6, 2],
      ],
      { hiddenRows: [2], hiddenCols: [3] },
    );
    expect(t.dataRows).toEqual([1, 2]);
    expect(t.hiddenRows).toEqual([2]);
    expect(t.hiddenCols).toEqual([3]);
  });
});

describe("no table", () => {
  it("an empty sheet", () => {
    const g = gridFromRows("Sheet1", []);
    expect(detectTables(g)).toEqual([]);
    expect(explainNoTable(g)).toBe("empty-sheet");
  });

  it("prose only", () => {
    const g = gridFromRows("Sheet1", [["THÔNG BÁO"], [], ["Kết quả 9 tháng đầu năm 2023 đã kết nạp được 164 đảng viên, đạt 58,57%."]]);
    expect(detectTables(g)).toEqual([]);
    expect(explainNoTable(g)).toBe("prose-only");
  });

  it("numbers with no header band above them", () => {
    const g = gridFromRows("Sheet1", [["Số liệu thô"], [], [1, "Xã A", 5], [2, "Xã B", 6]]);
    expect(detectTables(g)).toEqual([]);
    expect(explainNoTable(g)).toBe("no-header");
  });

  it("a header with no data rows", () => {
    const g = gridFromRows("Sheet1", [["PHỤ LỤC"], ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp"]]);
    expect(detectTables(g)).toEqual([]);
    expect(explainNoTable(g)).toBe("header-only");
  });
});

describe("units whose names start like a sub-total", () => {
  it("communes named Cộng Hòa, Cộng Hiền are units, not sub-totals of the rows above", () => {
    const t = only([
      ["STT", "Xã", "Chỉ tiêu", "Đã kết nạp"],
      [1, "Cổ Am", 4, 2],
      [2, "Cộng Hiền", 3, 3],
      [3, "Tân Hưng", 5, 1],
      [4, "Cộng Hòa", 9, 4], // 4 + 3 + … would not make a sub-total anyway; the label alone must not
      [null, "Tổng cộng", 21, 10],
    ]);
    expect(t.subtotals).toEqual([]);
    expect(t.dataRows).toEqual([1, 2, 3, 4]);
    expect(t.totalRows).toEqual([5]);
  });

  it("'Cộng khối …' is a sub-total by its words even when its numbers are wrong", () => {
    const t = only([
      ["STT", "Đơn vị", "Chỉ tiêu"],
      [1, "Xã A", 4],
      [2, "Xã B", 3],
      [null, "Cộng khối xã", 8], // 4 + 3 = 7: wrong, still the group's sub-total
      [3, "Sở X", 5],
      [null, "Tổng cộng", 12],
    ]);
    expect(t.subtotals).toEqual([{ row: 3, members: [1, 2] }]);
  });

  it("'Cộng' and another word that adds up two or more rows is their sub-total", () => {
    const t = only([
      ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp"],
      [1, "Phường 1", 4, 2],
      [2, "Phường 2", 3, 1],
      [null, "Cộng phường", 7, 3],
      [3, "Xã C", 5, 5],
      [null, "Tổng cộng", 12, 8],
    ]);
    expect(t.subtotals).toEqual([{ row: 3, members: [1, 2] }]);
    expect(t.dataRows).toEqual([1, 2, 4]);
  });
});

describe("'-' and 'x' for 'nothing assigned'", () => {
  it.each([["-"], ["x"], ["–"]])("a unit row of %s is a unit row: the table and its total row go on past it", (mark) => {
    const t = only([
      ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp", "Đang trình"],
      [1, "Xã A", 10, 5, 1],
      [2, "Xã B", 8, 3, 0],
      [3, "Công an huyện", mark, mark, mark],
      [4, "Xã C", 6, 6, 2],
      [null, "Tổng cộng", 10 + 8 + 6, 5 + 3 + 6, 1 + 0 + 2],
    ]);
    expect(t.dataRows).toEqual([1, 2, 3, 4]);
    expect(t.totalRows).toEqual([5]);
  });
});

describe("sub-totals told by row numbers (1 over a, b; 1 over 1.1, 1.2)", () => {
  it("a district row that adds up the communes lettered under it is their sub-total", () => {
    const t = only([
      ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp"],
      [1, "Đảng bộ huyện A", 4 + 6, 2 + 4],
      ["a", "Xã X", 4, 2],
      ["b", "Xã Y", 6, 4],
      [2, "Đảng bộ huyện B", 2 + 3, 1 + 2],
      ["a", "Xã Z", 2, 1],
      ["b", "Xã W", 3, 2],
      [null, "Tổng cộng", 15, 9],
    ]);
    expect(t.subtotals).toEqual([
      { row: 1, members: [2, 3] },
      { row: 4, members: [5, 6] },
    ]);
    expect(t.dataRows).toEqual([2, 3, 5, 6]);
  });

  it("three levels: 1 adds up 1.1 and 1.2, and 1.1 adds up 1.1.1 and 1.1.2", () => {
    const t = only([
      ["TT", "Đơn vị", "Chỉ tiêu"],
      ["1", "Khối huyện", 3 + 2 + 4],
      ["1.1", "Huyện A", 3 + 2],
      ["1.1.1", "Xã X", 3],
      ["1.1.2", "Xã Y", 2],
      ["1.2", "Huyện B", 4],
      ["2", "Sở Z", 7],
      [null, "Tổng cộng", 16],
    ]);
    expect(t.subtotals).toEqual([
      { row: 1, members: [2, 5] },
      { row: 2, members: [3, 4] },
    ]);
    expect(t.dataRows).toEqual([3, 4, 5, 6]);
  });

  it("a numbered row whose sub-items do not add up to it stays a unit", () => {
    const t = only([
      ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp"],
      [1, "Xã A", 10, 6],
      ["a", "Chi bộ thôn 1", 4, 2], // 4 + 3 ≠ 10, 2 + 1 ≠ 6: items of the unit, not its parts
      ["b", "Chi bộ thôn 2", 3, 1],
      [2, "Xã B", 5, 3],
      [null, "Tổng cộng", 15, 9],
    ]);
    expect(t.subtotals).toEqual([]);
  });
});

describe("grand totals written with more words", () => {
  it.each([["Cộng (I + II)"], ["Cộng toàn tỉnh"], ["Tổng (A+B)"], ["Cộng chung"]])("'%s' after two groups is the grand total", (label) => {
    const t = only([
      ["STT", "Đơn vị", "Chỉ tiêu"],
      ["I", "Khối huyện", 7],
      [1, "Huyện A", 4],
      [2, "Huyện B", 3],
      ["II", "Khối cơ quan", 5],
      [3, "Sở X", 5],
      [null, label, 12],
    ]);
    expect(t.totalRows).toEqual([6]);
    expect(t.subtotals.map((g) => g.row)).toEqual([1, 4]);
  });
});

describe("a rule's percent in a header does not make the column a percent", () => {
  it("'Chỉ tiêu năm 2024 (3,5%)' holds counts; 'Đạt %' and 'Tỷ lệ (3,5%)' hold percents", () => {
    const t = only([
      ["STT", "Đơn vị", "Số đảng viên", "Chỉ tiêu năm 2024 (3,5%)", "Đạt %", "Tỷ lệ (3,5%)"],
      [1, "A", 120, 5, 40, 4.17],
      [2, "B", 300, 11, 54.55, 3.67],
      [null, "Tổng cộng", 420, 16, 50, 3.81],
    ]);
    expect(t.columns.slice(2).map((c) => c.role)).toEqual(["count", "count", "percent", "percent"]);
  });
});
