/**
 * The checks on hand-built tables holding the published seed rows (detection bypassed): the expected
 * findings of issue 3 must come out of relations + checks alone.
 */
import { inferRelations } from "../../../src/engine/relations/index";
import { runChecks } from "../../../src/engine/checks/index";
import { buildTable, leaf } from "./table-builder";
import { SEED_001_TOTAL, SEED_001_UNITS, SEED_004_UNITS } from "./seed-rows";
import type { HeaderNode } from "../../../src/engine/model";

const errors = <T extends { severity: string }>(xs: readonly T[]) => xs.filter((i) => i.severity === "error");

describe("seed 001 (Vĩnh Bảo): quota total 280 against 281", () => {
  const built = buildTable({
    headers: ["STT", "Tên chi bộ, đảng bộ", "Chỉ tiêu giao năm 2023", "Đã kết nạp", "Đang trình duyệt", "Tổng cộng", "Tỷ lệ %", "Nguồn hiện có đã học lớp cảm tình Đảng"],
    roles: ["stt", "label", "count", "count", "count", "count", "percent", "count"],
    units: SEED_001_UNITS,
    total: [...SEED_001_TOTAL],
    numberFormats: (_r, c) => (c === 6 ? "0.00" : null),
  });
  const relations = inferRelations(built.grid, built.table);
  const issues = runChecks(built.grid, built.table, relations);

  it("finds Tổng cộng = Đã kết nạp + Đang trình duyệt in the data", () => {
    expect(relations).toContainEqual({ kind: "parts", whole: 5, parts: [3, 4], source: "data" });
  });

  it("finds Tỷ lệ % = Tổng cộng / Chỉ tiêu giao × 100 at 2 decimals", () => {
    expect(relations).toContainEqual({ kind: "percent", col: 6, numerator: 5, denominator: 2, scale: 100, decimals: 2 });
  });

  it("reports exactly one error: the quota total, expected the sum of the 54 quotas", () => {
    const quotaSum = SEED_001_UNITS.reduce((s, u) => s + u[2], 0);
    expect(quotaSum).toBe(281);
    const errs = errors(issues);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({ code: "TOTAL_MISMATCH", row: built.totalRow, col: 2, expected: quotaSum, actual: 280 });
    expect(relations[errs[0].relation as number].kind).toBe("column-total");
    expect(errs[0].params).toMatchObject({ cell: `C${built.totalRow + 1}`, header: "Chỉ tiêu giao năm 2023" });
  });

  it("does not flag the total row's 58.57 (164 / 280 of the stated total) nor any unit percent", () => {
    expect(issues.filter((i) => i.code === "PERCENT_MISMATCH" || i.code === "PERCENT_TRUNCATED")).toEqual([]);
  });
});

describe("seed 004 (Bình Định): row 24 says 8 for 2024 but its parts are 10 + 0", () => {
  const headerTop = 2;
  const years: HeaderNode[] = [3, 6].map((first, k) => ({
    label: k === 0 ? "Năm 2024" : "Năm 2025",
    top: headerTop + 1,
    bottom: headerTop + 1,
    left: first,
    right: first + 2,
    children: [
      leaf("Tổng cộng", first, headerTop + 2, headerTop + 2),
      leaf("Đoàn viên thanh niên", first + 1, headerTop + 2, headerTop + 2),
      leaf("Đoàn viên công đoàn", first + 2, headerTop + 2, headerTop + 2),
    ],
  }));
  const built = buildTable({
    top: headerTop,
    groupHeaderRows: [
      ["STT", "Đơn vị", null, "Chỉ tiêu phát triển đảng viên"],
      [null, null, null, "Năm 2024", null, null, "Năm 2025"],
    ],
    headers: ["", "", "", "Tổng cộng", "Đoàn viên thanh niên", "Đoàn viên công đoàn", "Tổng cộng", "Đoàn viên thanh niên", "Đoàn viên công đoàn"],
    roles: ["stt", "kind", "label", "count", "count", "count", "count", "count", "count"],
    units: SEED_004_UNITS,
    headerTree: [
      leaf("STT", 0, headerTop, headerTop + 2),
      { label: "Đơn vị", top: headerTop, bottom: headerTop + 2, left: 1, right: 2, children: [] },
      { label: "Chỉ tiêu phát triển đảng viên", top: headerTop, bottom: headerTop, left: 3, right: 8, children: years },
    ],
  });
  const relations = inferRelations(built.grid, built.table);
  const issues = runChecks(built.grid, built.table, relations);

  it("takes each year's Tổng cộng as the sum of its siblings from the header tree", () => {
    expect(relations).toContainEqual({ kind: "parts", whole: 3, parts: [4, 5], source: "header" });
    expect(relations).toContainEqual({ kind: "parts", whole: 6, parts: [7, 8], source: "header" });
  });

  it("reports exactly one error, PARTS_MISMATCH at row 24's 2024 total", () => {
    const row24 = SEED_004_UNITS.findIndex((u) => u[0] === 24);
    const expected = SEED_004_UNITS[row24][4] + SEED_004_UNITS[row24][5];
    const errs = errors(issues);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({ code: "PARTS_MISMATCH", row: built.unitRow(row24), col: 3, expected, actual: 8 });
    expect(expected).toBe(10);
  });

  it("notes the missing total row as info", () => {
    expect(issues.filter((i) => i.code === "TOTAL_MISSING")).toHaveLength(1);
  });
});
