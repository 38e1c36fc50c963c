/**
 * Small tables rebuilt from published reports, with the slips people make planted in them (and one the
 * publisher made). Expected causes come from the published figures.
 */
import { gridFromRows, type CellValue } from "../../../src/engine/grid";
import { analyzeGrid } from "../../../src/engine/analyze";
import { inferRelations } from "../../../src/engine/relations/index";
import { runChecks } from "../../../src/engine/checks/index";
import { explainIssues } from "../../../src/engine/causes/index";
import type { Issue } from "../../../src/engine/model";
import { buildTable } from "../checks/table-builder";

const errors = (issues: readonly Issue[]) => issues.filter((i) => i.severity === "error");

/**
 * Quảng Nam, quotas for new members in 2024 by the committees under the Provincial Party Committee.
 * Source: https://baoquangnam.vn/xay-dung-dang/nam-2024-giao-chi-tieu-toan-dang-bo-tinh-phat-trien-1905-dang-vien-moi-153731.html
 * The article says 1.905 in all; its 22 figures add up to 1.950 — two digits swapped in the total, or a
 * unit's 150 that should read 105 (Tam Kỳ and Điện Bàn both have 150).
 */
const QUANG_NAM: readonly [string, number][] = [
  ["Đảng bộ TP. Tam Kỳ", 150], ["Đảng bộ TP. Hội An", 110], ["Đảng bộ thị xã Điện Bàn", 150], ["Đảng bộ huyện Đại Lộc", 125],
  ["Đảng bộ huyện Duy Xuyên", 90], ["Đảng bộ huyện Thăng Bình", 115], ["Đảng bộ huyện Núi Thành", 115], ["Đảng bộ huyện Phú Ninh", 87],
  ["Đảng bộ huyện Quế Sơn", 87], ["Đảng bộ huyện Nông Sơn", 30], ["Đảng bộ huyện Hiệp Đức", 48], ["Đảng bộ huyện Tiên Phước", 77],
  ["Đảng bộ huyện Phước Sơn", 80], ["Đảng bộ huyện Bắc Trà My", 95], ["Đảng bộ huyện Nam Trà My", 95], ["Đảng bộ huyện Nam Giang", 110],
  ["Đảng bộ huyện Đông Giang", 95], ["Đảng bộ huyện Tây Giang", 80], ["Đảng bộ Công an tỉnh", 12], ["Đảng bộ Quân sự tỉnh", 29],
  ["Đảng bộ Biên phòng tỉnh", 15], ["Đảng bộ Khối các cơ quan tỉnh", 155],
];

function quangNam(total: number, change?: { index: number; value: number }) {
  const rows: CellValue[][] = [
    ["TỈNH ỦY QUẢNG NAM"],
    ["CHỈ TIÊU PHÁT TRIỂN ĐẢNG VIÊN MỚI NĂM 2024"],
    [],
    ["STT", "Đảng bộ", "Chỉ tiêu phát triển đảng viên mới năm 2024"],
    ...QUANG_NAM.map(([name, quota], i) => [i + 1, name, change?.index === i ? change.value : quota]),
    ["", "Tổng cộng", total],
  ];
  const grid = gridFromRows("Chỉ tiêu", rows);
  const [table] = analyzeGrid(grid).tables;
  return { table, firstRow: 4, totalRow: 4 + QUANG_NAM.length };
}

describe("Quảng Nam 2024 (22 committees)", () => {
  it("as published (total 1.905, figures 1.950): three transpositions fit equally — no cell is certain", () => {
    const { table, totalRow } = quangNam(1905);
    const [err] = errors(table.issues);
    expect(err).toMatchObject({ code: "TOTAL_MISMATCH", row: totalRow, col: 2, expected: 1950, actual: 1905 });
    expect(err.cause).toBeUndefined();
    const named = (err.candidates ?? []).map((c) => [c.row, c.value, c.kind]);
    expect(named).toEqual(
      expect.arrayContaining([
        [totalRow, 1950, "transposition"],
        [4, 105, "transposition"], // Tam Kỳ
        [6, 105, "transposition"], // Điện Bàn
      ]),
    );
  });

  it("with the total put right (1.950), Khối các cơ quan tỉnh's 155 typed 515: that cell, high", () => {
    const { table, firstRow } = quangNam(1950, { index: 21, value: 515 });
    const [err] = errors(table.issues);
    expect(err.cause).toMatchObject({ row: firstRow + 21, col: 2, value: 155, typed: 515, kind: "transposition", confidence: "high" });
  });

  it("Đại Lộc's 125 typed 152: Nông Sơn's 30 could as well be 3 — candidates, no certain cause", () => {
    const { table, firstRow } = quangNam(1950, { index: 3, value: 152 });
    const [err] = errors(table.issues);
    expect(err.cause?.confidence).not.toBe("high");
    const named = (err.candidates ?? []).map((c) => [c.row, c.value]);
    expect(named).toEqual(expect.arrayContaining([[firstRow + 3, 125], [firstRow + 9, 3]]));
  });
});

/**
 * Ninh Thuận, first half of 2022: committees that passed half of their quota, admitted and percent of quota.
 * Source: https://baoninhthuan.com.vn/news/131984p24c161/toan-tinh-ket-nap-288-dang-vien-dat-3534-chi-tieu-nam-2022.htm
 * The quotas are the ones the published percents imply (21 is 105 % of 20, 52 is 50,98 % of 102, …).
 */
describe("Ninh Thuận 2022, admitted against quota", () => {
  const units: [string, number, number, number][] = [
    ["Đảng bộ Công an tỉnh", 20, 21, 105.0],
    ["Đảng bộ huyện Ninh Phước", 102, 52, 50.98],
    ["Đảng bộ Quân sự tỉnh", 10, 5, 50.0],
    ["Đảng bộ Bộ đội Biên phòng tỉnh", 8, 4, 50.0],
    ["Đảng bộ huyện Ninh Sơn", 75, 13, 17.33],
  ];
  const build = (row: number, percent: number) =>
    buildTable({
      headers: ["STT", "Đảng bộ", "Chỉ tiêu năm 2022", "Đã kết nạp", "Tỷ lệ % so với chỉ tiêu"],
      roles: ["stt", "label", "count", "count", "percent"],
      units: units.map(([name, quota, admitted, pct], i) => [i + 1, name, quota, admitted, i === row ? percent : pct]),
      numberFormats: (_r, c) => (c === 4 ? "0.00" : null),
    });
  const causeOf = (row: number, percent: number) => {
    const b = build(row, percent);
    const relations = inferRelations(b.grid, b.table);
    const [err] = errors(explainIssues(b.grid, b.table, relations, runChecks(b.grid, b.table, relations)));
    return { err, at: b.unitRow(row) };
  };

  it("Ninh Phước's 50,98 typed 59,08: the percent cell, two digits swapped", () => {
    const { err, at } = causeOf(1, 59.08);
    expect(err.cause).toMatchObject({ row: at, col: 4, value: 50.98, kind: "transposition", confidence: "high" });
  });

  it("in a %-formatted column (50,98% typed 59,08%) the cause's value is in percent points: 50,98", () => {
    const b = buildTable({
      headers: ["STT", "Đảng bộ", "Chỉ tiêu năm 2022", "Đã kết nạp", "Tỷ lệ % so với chỉ tiêu"],
      roles: ["stt", "label", "count", "count", "percent"],
      percentForm: "fraction",
      units: units.map(([name, quota, admitted, pct], i) => [i + 1, name, quota, admitted, i === 1 ? 0.5908 : pct / 100]),
      numberFormats: (_r, c) => (c === 4 ? "0.00%" : null),
    });
    const relations = inferRelations(b.grid, b.table);
    const [err] = errors(explainIssues(b.grid, b.table, relations, runChecks(b.grid, b.table, relations)));
    expect(err).toMatchObject({ code: "PERCENT_MISMATCH", row: b.unitRow(1), col: 4, expected: 0.5098 });
    expect(err.cause).toMatchObject({ row: b.unitRow(1), col: 4, value: 50.98, typed: 59.08, kind: "transposition", confidence: "high" });
  });

  it("Ninh Sơn's percent typed as quota / admitted (576,92): operands swapped", () => {
    const { err, at } = causeOf(4, 576.92);
    expect(err.cause).toMatchObject({ row: at, col: 4, value: 17.33, kind: "operands", confidence: "high" });
  });
});

/**
 * Bình Thuận 2017: the new members admitted and, of which (trong đó), women, ethnic minorities, believers
 * and youth-union members with their share of the total.
 * Source: http://www.binhthuancpv.org.vn/Index.aspx?ID=22746&CatID=152
 */
describe("Bình Thuận 2017, a breakdown with shares of the total", () => {
  const build = (women: number) =>
    buildTable({
      headers: ["STT", "Nội dung", "Số lượng", "Tỷ lệ %"],
      roles: ["stt", "label", "count", "percent"],
      shape: "breakdown",
      totalFirst: true,
      total: ["", "Tổng số đảng viên mới kết nạp", 1932, 100],
      units: [
        ["", "Nữ", women, 48.14],
        ["", "Người dân tộc thiểu số", 112, 5.8],
        ["", "Người có đạo", 112, 5.8],
        ["", "Đoàn viên thanh niên", 1214, 62.84],
      ],
      numberFormats: (_r, c) => (c === 3 ? "0.00" : null),
    });

  it("women 930 typed 390: the count cell (its share 48,14 % still says 930), not the share", () => {
    const b = build(390);
    const relations = inferRelations(b.grid, b.table);
    expect(relations.some((r) => r.kind === "share")).toBe(true);
    const [err] = errors(explainIssues(b.grid, b.table, relations, runChecks(b.grid, b.table, relations)));
    expect(err).toMatchObject({ code: "PERCENT_MISMATCH", row: b.unitRow(0), col: 3 });
    expect(err.cause).toMatchObject({ row: b.unitRow(0), col: 2, value: 930, typed: 390, kind: "transposition", confidence: "high" });
  });
});
