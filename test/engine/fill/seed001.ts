/**
 * Test helper: seed 001 (Vĩnh Bảo, 9-month results) as users have it, typed from the published table,
 * with the blank line the page break left after unit 28, and the Table + relations the engine should find.
 * The published total row says quota 280; the units' quotas add up to 281.
 */
import { type CellValue, type Grid, gridFromRows } from "../../../src/engine/grid";
import type { Column, Relation, Table } from "../../../src/engine/model";

// STT, name, quota, admitted, pending, total, percent, candidates (as published; one copy for all tests)
import { SEED_001_UNITS as SEED001_UNITS } from "../checks/seed-rows";
export { SEED001_UNITS };

/** Published total row: quota 280, admitted 135, pending 29, total 164, 58.57 %, candidates 368. */
export const SEED001_TOTAL = ["TỔNG CỘNG", 280, 135, 29, 164, 58.57, 368] as const;

export const HEADER_ROW = 2;
export const FIRST_UNIT_ROW = 3;
/** The blank line after unit 28. */
export const BLANK_ROW = FIRST_UNIT_ROW + 28;
export const TOTAL_ROW = FIRST_UNIT_ROW + 55;
export const [COL_STT, COL_NAME, COL_QUOTA, COL_ADMITTED, COL_PENDING, COL_TOTAL, COL_PERCENT, COL_POOL] = [0, 1, 2, 3, 4, 5, 6, 7];

export const UNIT_ROWS: readonly number[] = SEED001_UNITS.map((_, i) => FIRST_UNIT_ROW + i + (i >= 28 ? 1 : 0));

const HEADERS = ["STT", "Tên chi bộ, đảng bộ", "Chỉ tiêu giao năm 2023", "Đã kết nạp", "Đang trình duyệt", "Tổng cộng", "Tỷ lệ %", "Nguồn hiện có đã học lớp cảm tình Đảng"];

export function seed001Grid(): Grid {
  const rows: CellValue[][] = [["KẾT QUẢ KẾT NẠP ĐẢNG VIÊN 9 THÁNG ĐẦU NĂM 2023"], [], [...HEADERS]];
  SEED001_UNITS.forEach((u, i) => {
    if (i === 28) rows.push([]);
    rows.push([...u]);
  });
  rows.push([null, ...SEED001_TOTAL]);
  const formats = rows.map((_, r) =>
    HEADERS.map((__, c) => (r >= FIRST_UNIT_ROW && c === COL_PERCENT ? "0.00" : r >= FIRST_UNIT_ROW && c >= COL_QUOTA ? "#,##0" : null)),
  );
  return gridFromRows("Sheet1", rows, { numberFormats: formats });
}

function column(col: number, role: Column["role"], decimals?: number): Column {
  return { col, header: HEADERS[col], path: [HEADERS[col]], role, ...(decimals !== undefined ? { decimals } : {}) };
}

export function seed001Table(): Table {
  return {
    sheet: "Sheet1",
    top: HEADER_ROW,
    left: 0,
    bottom: TOTAL_ROW,
    right: COL_POOL,
    headerTop: HEADER_ROW,
    headerBottom: HEADER_ROW,
    numberingRow: null,
    repeatedHeaderRows: [],
    dataRows: UNIT_ROWS,
    totalRows: [TOTAL_ROW],
    subtotals: [],
    sttCol: COL_STT,
    labelCols: [COL_NAME],
    columns: [
      column(COL_STT, "stt"),
      column(COL_NAME, "label"),
      column(COL_QUOTA, "count"),
      column(COL_ADMITTED, "count"),
      column(COL_PENDING, "count"),
      column(COL_TOTAL, "count"),
      { ...column(COL_PERCENT, "percent", 2), percentForm: "points" },
      column(COL_POOL, "count"),
    ],
    headerTree: HEADERS.map((label, c) => ({ label, top: HEADER_ROW, bottom: HEADER_ROW, left: c, right: c, children: [] })),
    shape: "units",
    captions: ["KẾT QUẢ KẾT NẠP ĐẢNG VIÊN 9 THÁNG ĐẦU NĂM 2023"],
  };
}

export function seed001Relations(): Relation[] {
  return [
    { kind: "column-total", row: TOTAL_ROW, rows: UNIT_ROWS, cols: [COL_QUOTA, COL_ADMITTED, COL_PENDING, COL_TOTAL, COL_POOL] },
    { kind: "parts", whole: COL_TOTAL, parts: [COL_ADMITTED, COL_PENDING], source: "data" },
    { kind: "percent", col: COL_PERCENT, numerator: COL_TOTAL, denominator: COL_QUOTA, scale: 100, decimals: 2 },
  ];
}
