/** One hand-built table per issue code: each test states the arithmetic it expects. */
import type { CellValue } from "../../../src/engine/grid";
import type { ColumnRole, HeaderNode, Issue, Relation } from "../../../src/engine/model";
import { inferRelations } from "../../../src/engine/relations/index";
import { runChecks } from "../../../src/engine/checks/index";
import { buildTable, leaf, type TableSpec } from "./table-builder";

function analyse(spec: TableSpec) {
  const built = buildTable(spec);
  const relations = inferRelations(built.grid, built.table);
  const issues = runChecks(built.grid, built.table, relations);
  return { ...built, relations, issues };
}
const codes = (issues: readonly Issue[]) => issues.map((i) => i.code).sort();
const notInfo = (issues: readonly Issue[]) => issues.filter((i) => i.severity !== "info");

/** STT, name, then numeric columns. */
function units(values: readonly (readonly CellValue[])[]): CellValue[][] {
  return values.map((v, i) => [i + 1, `Đơn vị ${i + 1}`, ...v]);
}
const roles = (...numeric: ColumnRole[]): ColumnRole[] => ["stt", "label", ...numeric];

describe("totals", () => {
  const base = [[10, 4], [7, 3], [5, 0]];
  it("a consistent table has no error or warning", () => {
    const r = analyse({ headers: ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp"], roles: roles("count", "count"), units: units(base), total: ["", "Tổng cộng", 22, 7] });
    expect(notInfo(r.issues)).toEqual([]);
    expect(r.relations[0]).toEqual({ kind: "column-total", row: r.totalRow, rows: [r.unitRow(0), r.unitRow(1), r.unitRow(2)], cols: [2, 3] });
  });

  it("TOTAL_MISMATCH at the total cell, counts compared exactly", () => {
    const r = analyse({ headers: ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp"], roles: roles("count", "count"), units: units(base), total: ["", "Tổng cộng", 22, 8] });
    expect(notInfo(r.issues)).toEqual([expect.objectContaining({ code: "TOTAL_MISMATCH", row: r.totalRow, col: 3, expected: 4 + 3 + 0, actual: 8, relation: 0 })]);
  });

  it("a total row placed first sums the rows below it", () => {
    const r = analyse({ headers: ["STT", "Đơn vị", "Số lượng"], roles: roles("count"), units: units([[1], [2]]), total: ["", "Toàn tỉnh", 4], totalFirst: true });
    expect(notInfo(r.issues)).toEqual([expect.objectContaining({ code: "TOTAL_MISMATCH", row: r.totalRow, expected: 3, actual: 4 })]);
  });

  it("non-integers add up as intervals at their shown decimals (XBRL)", () => {
    // 1.3 + 2.4 + 3.3 = 7.0; each item ±0.05 → [6.85, 7.15]. 7.1 (±0.05) overlaps; 7.3 does not.
    const spec = (total: number): TableSpec => ({ headers: ["STT", "Đơn vị", "Diện tích"], roles: roles("number"), units: units([[1.3], [2.4], [3.3]]), total: ["", "Cộng", total] });
    expect(notInfo(analyse(spec(7.1)).issues)).toEqual([]);
    expect(notInfo(analyse(spec(7.3)).issues)).toEqual([expect.objectContaining({ code: "TOTAL_MISMATCH", actual: 7.3 })]);
  });

  it("blank cells of units with no quota are not errors and count as nothing", () => {
    const r = analyse({ headers: ["STT", "Đơn vị", "Đảng viên", "Chỉ tiêu"], roles: roles("count", "count"), units: units([[972, 30], [463, null], [100, 5]]), total: ["", "Tổng cộng", 1535, 35] });
    expect(notInfo(r.issues)).toEqual([]);
  });

  it("sub-total rows sum their members, and the grand total sums the units", () => {
    // Rows: group I (sub-total), 2 units, group II (sub-total), 2 units, then the total.
    const r = analyse({
      headers: ["STT", "Đơn vị", "Chỉ tiêu"],
      roles: roles("count"),
      units: [["I", "Khối huyện", 9], [1, "A", 4], [2, "B", 5], ["II", "Khối cơ quan", 7], [3, "C", 2], [4, "D", 3]],
      total: ["", "Tổng cộng", 14],
      subtotals: [{ row: 3, members: [4, 5] }, { row: 6, members: [7, 8] }],
    });
    const sub2 = r.issues.filter((i) => i.code === "TOTAL_MISMATCH");
    expect(sub2).toEqual([expect.objectContaining({ row: 6, expected: 5, actual: 7 })]);
  });

  it("HARDCODED_TOTAL once per total row typed as constants, none where formulas are", () => {
    const specBase = { headers: ["STT", "Đơn vị", "A", "B"], roles: roles("count", "count"), units: units([[1, 2], [3, 4]]), total: ["", "Tổng cộng", 4, 6] };
    const typed = analyse(specBase);
    expect(typed.issues).toEqual([expect.objectContaining({ code: "HARDCODED_TOTAL", severity: "info", row: typed.totalRow })]);
    const withFormulas = analyse({ ...specBase, formulas: (r, c) => (r === 5 && c >= 2 ? `=SUM(${"ABCD"[c]}4:${"ABCD"[c]}5)` : null) });
    expect(withFormulas.totalRow).toBe(5);
    expect(withFormulas.issues).toEqual([]);
  });

  it("FORMULA_RANGE_INCOMPLETE when the SUM leaves a unit row out", () => {
    // Units on rows 4–6 (Excel); =SUM(C4:C5) leaves out row 6, whose value 0 hides it from the sum check.
    const r = analyse({
      headers: ["STT", "Đơn vị", "A"],
      roles: roles("count"),
      units: units([[1], [2], [0]]),
      total: ["", "Tổng cộng", 3],
      formulas: (row, c) => (row === 6 && c === 2 ? "=SUM(C4:C5)" : null),
    });
    expect(r.issues).toEqual([expect.objectContaining({ code: "FORMULA_RANGE_INCOMPLETE", row: 6, col: 2, params: expect.objectContaining({ rows: "6" }) })]);
  });

  it("FORMULA_RANGE_INCOMPLETE when a sub-total is counted twice", () => {
    const r = analyse({
      headers: ["STT", "Đơn vị", "A"],
      roles: roles("count"),
      units: [["I", "Khối", 0], [1, "A", 0], [2, "B", 0]],
      total: ["", "Tổng cộng", 0],
      subtotals: [{ row: 3, members: [4, 5] }],
      formulas: (row, c) => (c !== 2 ? null : row === 3 ? "=SUM(C5:C6)" : row === 6 ? "=SUM(C4:C6)" : null),
    });
    expect(r.issues.map((i) => [i.code, i.row])).toEqual([["FORMULA_RANGE_INCOMPLETE", 6]]);
  });

  it("TOTAL_MISSING (info) for a unit table without a total row", () => {
    const r = analyse({ headers: ["STT", "Đơn vị", "A"], roles: roles("count"), units: units([[1], [2]]) });
    expect(r.issues).toEqual([expect.objectContaining({ code: "TOTAL_MISSING", severity: "info" })]);
  });
});

describe("cells", () => {
  const spec = (cell: CellValue, role: ColumnRole = "count"): TableSpec => ({
    headers: ["STT", "Đơn vị", "A"],
    roles: roles(role),
    units: units([[1], [cell], [2]]),
  });
  const cellIssue = (cell: CellValue, role?: ColumnRole) => analyse(spec(cell, role)).issues.filter((i) => i.code !== "TOTAL_MISSING");

  it("FORMULA_ERROR for #REF! in a total", () => {
    const r = analyse({ headers: ["STT", "Đơn vị", "A"], roles: roles("count"), units: units([[1], [2]]), total: ["", "Tổng cộng", { error: "#REF!" }] });
    expect(r.issues).toEqual([expect.objectContaining({ code: "FORMULA_ERROR", row: r.totalRow, col: 2, actual: "#REF!" })]);
  });
  it("NOT_A_NUMBER for words in a count column; dashes mean nothing assigned", () => {
    expect(cellIssue("mười")).toEqual([expect.objectContaining({ code: "NOT_A_NUMBER", row: 4, col: 2, actual: "mười" })]);
    expect(cellIssue("-")).toEqual([]);
  });
  it("NEGATIVE_COUNT", () => {
    expect(cellIssue(-3)).toEqual([expect.objectContaining({ code: "NEGATIVE_COUNT", actual: -3 })]);
  });
  it("FRACTIONAL_COUNT", () => {
    expect(cellIssue(2.5)).toEqual([expect.objectContaining({ code: "FRACTIONAL_COUNT", actual: 2.5 })]);
  });
  it("NUMBER_AS_TEXT once per cell with the parsed value as expected, and the value still counts in totals", () => {
    const r = analyse({ headers: ["STT", "Đơn vị", "A"], roles: roles("count"), units: units([[1], ["7,715"]]), total: ["", "Tổng cộng", 7716] });
    expect(notInfo(r.issues)).toEqual([expect.objectContaining({ code: "NUMBER_AS_TEXT", row: r.unitRow(1), expected: 7715, actual: "7,715" })]);
  });
  it("a negative member is still a number: its total is judged too", () => {
    const r = analyse({ headers: ["STT", "Đơn vị", "A"], roles: roles("count"), units: units([[4], [-2]]), total: ["", "Tổng cộng", 4] });
    expect(codes(notInfo(r.issues))).toEqual(["NEGATIVE_COUNT", "TOTAL_MISMATCH"]);
  });
  it("a wrong member is reported where it is, not again at the total", () => {
    const r = analyse({ headers: ["STT", "Đơn vị", "A"], roles: roles("count"), units: units([[1], ["abc"]]), total: ["", "Tổng cộng", 5] });
    expect(codes(notInfo(r.issues))).toEqual(["NOT_A_NUMBER"]);
  });
});

describe("labels", () => {
  it("STT_SEQUENCE at the row that skips", () => {
    const r = analyse({ headers: ["STT", "Đơn vị", "A"], roles: roles("count"), units: [[1, "A", 1], [2, "B", 1], [4, "C", 1], [5, "D", 1]] });
    expect(r.issues.filter((i) => i.code === "STT_SEQUENCE")).toEqual([expect.objectContaining({ row: r.unitRow(2), col: 0, expected: 3, actual: 4 })]);
  });
  it("STT_SEQUENCE at a repeat", () => {
    const r = analyse({ headers: ["STT", "Đơn vị", "A"], roles: roles("count"), units: [[1, "A", 1], [2, "B", 1], [2, "C", 1]] });
    expect(r.issues.filter((i) => i.code === "STT_SEQUENCE")).toEqual([expect.objectContaining({ row: r.unitRow(2), expected: 3, actual: 2 })]);
  });
  it("DUPLICATE_UNIT at the second occurrence, whatever the case and spacing", () => {
    const r = analyse({ headers: ["STT", "Đơn vị", "A"], roles: roles("count"), units: [[1, "Xã An Hòa", 1], [2, "Xã Cổ Am", 1], [3, "XÃ  AN HÒA", 1]] });
    expect(r.issues.filter((i) => i.code === "DUPLICATE_UNIT")).toEqual([expect.objectContaining({ row: r.unitRow(2), col: 1, params: expect.objectContaining({ rows: `B${r.unitRow(0) + 1}` }) })]);
  });
});

describe("percents", () => {
  const pct = (rows: readonly (readonly CellValue[])[], extra: Partial<TableSpec> = {}) =>
    analyse({ headers: ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp", "Tỷ lệ %"], roles: roles("count", "count", "percent"), units: units(rows), ...extra });

  it("PERCENT_MISMATCH with the value rounded half away from zero as expected", () => {
    // 1/8 = 12.5 % → shown with 2 decimals; 12.60 is wrong.
    const r = pct([[7, 3, 42.86], [8, 1, 12.6], [9, 7, 77.78], [15, 12, 80]], { numberFormats: (_r, c) => (c === 4 ? "0.00" : null) });
    expect(r.relations).toContainEqual({ kind: "percent", col: 4, numerator: 3, denominator: 2, scale: 100, decimals: 2 });
    expect(notInfo(r.issues)).toEqual([expect.objectContaining({ code: "PERCENT_MISMATCH", row: r.unitRow(1), col: 4, expected: 12.5, actual: 12.6 })]);
  });

  it("a truncated percent is PERCENT_TRUNCATED info, not an error (3/7 as 42.85, 6/44 as 13.63)", () => {
    const r = pct([[7, 3, 42.85], [44, 6, 13.63], [30, 26, 86.66], [8, 4, 50]]);
    expect(notInfo(r.issues)).toEqual([]);
    const truncated = r.issues.filter((i) => i.code === "PERCENT_TRUNCATED");
    expect(truncated.map((i) => [i.row, i.expected, i.actual])).toEqual([
      [r.unitRow(0), 42.86, 42.85],
      [r.unitRow(1), 13.64, 13.63],
      [r.unitRow(2), 86.67, 86.66],
    ]);
  });

  it("percents shown with 0, 1 or 2 decimals in the same column are each judged at their own decimals", () => {
    const r = pct([[7, 3, 43], [8, 1, 12.5], [9, 7, 77.8], [3, 1, 33.33]]);
    expect(notInfo(r.issues)).toEqual([]);
  });

  it("fractions formatted as 0.00% (0.4286 → 42.86%)", () => {
    const r = pct([[7, 3, 0.4286], [8, 1, 0.125], [9, 7, 0.7778], [6, 1, 0.1767]], {
      percentForm: "fraction",
      numberFormats: (_r, c) => (c === 4 ? "0.00%" : null),
    });
    expect(r.relations).toContainEqual({ kind: "percent", col: 4, numerator: 3, denominator: 2, scale: 1, decimals: 4 });
    // 1/6 = 16.67 %, shown 17.67 %.
    expect(notInfo(r.issues)).toEqual([expect.objectContaining({ code: "PERCENT_MISMATCH", row: r.unitRow(3), expected: 0.1667, actual: 0.1767 })]);
  });

  it("a zero quota gives no percent judgement", () => {
    const r = pct([[0, 0, 0], [7, 3, 42.86], [8, 4, 50]]);
    expect(notInfo(r.issues)).toEqual([]);
  });

  it("no relation when no column pair explains the percent", () => {
    const r = pct([[7, 3, 10], [8, 1, 90], [9, 7, 35]]);
    expect(r.relations.filter((x) => x.kind === "percent" || x.kind === "share")).toEqual([]);
    expect(notInfo(r.issues)).toEqual([]);
  });

  it("share in a breakdown table: each subset row as a share of the total row", () => {
    // Total admitted 40; women 18 (45 %), youth 30 (75 %), ethnic 4 shown as 12 % (should be 10 %).
    const r = analyse({
      headers: ["STT", "Nội dung", "Số lượng", "Tỷ lệ %"],
      roles: roles("count", "percent"),
      shape: "breakdown",
      total: ["", "Tổng số kết nạp", 40, 100],
      totalFirst: true,
      units: [[1, "Nữ", 18, 45], [2, "Đoàn viên", 30, 75], [3, "Dân tộc thiểu số", 4, 12], [4, "Tôn giáo", 2, 5]],
    });
    const share: Relation = { kind: "share", col: 3, of: 2, totalRow: r.totalRow, scale: 100, decimals: 0 };
    expect(r.relations).toEqual([share]);
    expect(notInfo(r.issues)).toEqual([expect.objectContaining({ code: "PERCENT_MISMATCH", row: r.unitRow(2), expected: 10, actual: 12 })]);
  });
});

describe("parts and row relations", () => {
  it("ROW_RELATION_MISMATCH where a data-found relation (Tổng cộng = admitted + pending) fails", () => {
    const rows = Array.from({ length: 12 }, (_, i) => [i % 5, (i * 3) % 4, (i % 5) + ((i * 3) % 4)]);
    rows[7] = [2, 1, 4];
    const r = analyse({ headers: ["STT", "Đơn vị", "Đã kết nạp", "Đang trình duyệt", "Tổng cộng"], roles: roles("count", "count", "count"), units: units(rows) });
    expect(r.relations).toContainEqual({ kind: "parts", whole: 4, parts: [2, 3], source: "data" });
    expect(notInfo(r.issues)).toEqual([expect.objectContaining({ code: "ROW_RELATION_MISMATCH", row: r.unitRow(7), col: 4, expected: 3, actual: 4 })]);
  });

  it("old/new quota alternatives are never parts, even where the numbers happen to add up", () => {
    const rows = Array.from({ length: 25 }, (_, i) => [i + 2, i + 3, 2 * i + 5]);
    const r = analyse({ headers: ["STT", "Đơn vị", "Chỉ tiêu cũ", "Chỉ tiêu mới", "Tổng số"], roles: roles("count", "count", "count"), units: units(rows) });
    expect(r.relations.filter((x) => x.kind === "parts")).toEqual([]);
  });

  it("columns under 'Trong đó' are subsets, not parts", () => {
    const rows = Array.from({ length: 25 }, (_, i) => [2 * i + 3, i + 1, i + 2]);
    const top = 2;
    const r = analyse({
      top,
      groupHeaderRows: [["STT", "Đơn vị", "Tổng số", "Trong đó"]],
      headers: ["", "", "", "Nữ", "Dân tộc"],
      roles: roles("count", "count", "count"),
      units: units(rows),
      headerTree: [
        leaf("STT", 0, top, top + 1),
        leaf("Đơn vị", 1, top, top + 1),
        leaf("Tổng số", 2, top, top + 1),
        { label: "Trong đó", top, bottom: top, left: 3, right: 4, children: [leaf("Nữ", 3, top + 1, top + 1), leaf("Dân tộc", 4, top + 1, top + 1)] },
      ],
    });
    expect(r.relations.filter((x) => x.kind === "parts")).toEqual([]);
  });

  it("a column followed by a 'Chia ra' group is the sum of that group (header source)", () => {
    const top = 2;
    const tree: HeaderNode[] = [
      leaf("STT", 0, top, top + 1),
      leaf("Đơn vị", 1, top, top + 1),
      leaf("Tổng số", 2, top, top + 1),
      { label: "Chia ra", top, bottom: top, left: 3, right: 4, children: [leaf("Nam", 3, top + 1, top + 1), leaf("Nữ", 4, top + 1, top + 1)] },
    ];
    const r = analyse({
      top,
      groupHeaderRows: [["STT", "Đơn vị", "Tổng số", "Chia ra"]],
      headers: ["", "", "", "Nam", "Nữ"],
      roles: roles("count", "count", "count"),
      units: units([[5, 2, 3], [7, 7, 0], [4, 1, 2]]),
      headerTree: tree,
    });
    expect(r.relations).toContainEqual({ kind: "parts", whole: 2, parts: [3, 4], source: "header" });
    expect(notInfo(r.issues)).toEqual([expect.objectContaining({ code: "PARTS_MISMATCH", row: r.unitRow(2), col: 2, expected: 3, actual: 4 })]);
  });

  it("shortfall (còn thiếu) = max(0, quota − admitted)", () => {
    const r = analyse({
      headers: ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp", "Còn thiếu"],
      roles: roles("count", "count", "count"),
      units: units([[7, 3, 4], [8, 9, 0], [9, 2, 7], [6, 1, 5], [5, 1, 3]]),
    });
    expect(r.relations).toContainEqual({ kind: "shortfall", col: 4, target: 2, achieved: 3 });
    expect(notInfo(r.issues)).toEqual([expect.objectContaining({ code: "ROW_RELATION_MISMATCH", row: r.unitRow(4), col: 4, expected: 4, actual: 3 })]);
  });
});
