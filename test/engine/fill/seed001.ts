/**
 * Test helper: seed 001 (Vĩnh Bảo, 9-month results) as users have it, typed from the published table,
 * with the blank line the page break left after unit 28, and the Table + relations the engine should find.
 * The published total row says quota 280; the units' quotas add up to 281.
 */
import { type CellValue, type Grid, gridFromRows } from "../../../src/engine/grid";
import type { Column, Relation, Table } from "../../../src/engine/model";

// STT, name, quota, admitted, pending, total, percent, candidates
export const SEED001_UNITS: readonly (readonly [number, string, number, number, number, number, number, number])[] = [
  [1, "Đảng bộ thị trấn Vĩnh Bảo", 15, 7, 5, 12, 80.0, 9],
  [2, "Đảng bộ xã An Hòa", 7, 4, 1, 5, 71.43, 14],
  [3, "Đảng bộ xã Cổ Am", 8, 1, 0, 1, 12.5, 5],
  [4, "Đảng bộ xã Cộng Hiền", 7, 3, 0, 3, 42.86, 5],
  [5, "Đảng bộ xã Cao Minh", 9, 6, 1, 7, 77.78, 6],
  [6, "Đảng bộ xã Dũng Tiến", 7, 8, 0, 8, 114.29, 0],
  [7, "Đảng bộ xã Đồng Minh", 9, 6, 0, 6, 66.67, 2],
  [8, "Đảng bộ xã Giang Biên", 7, 4, 1, 5, 71.43, 11],
  [9, "Đảng bộ xã Hùng Tiến", 7, 7, 0, 7, 100.0, 7],
  [10, "Đảng bộ xã Hưng Nhân", 6, 2, 0, 2, 33.33, 2],
  [11, "Đảng bộ xã Hòa Bình", 9, 1, 2, 3, 33.33, 14],
  [12, "Đảng bộ xã Hiệp Hòa", 7, 2, 0, 2, 28.57, 9],
  [13, "Đảng bộ xã Liên Am", 8, 4, 1, 5, 62.5, 9],
  [14, "Đảng bộ xã Lý Học", 7, 3, 2, 5, 71.43, 7],
  [15, "Đảng bộ xã Nhân Hòa", 7, 4, 2, 6, 85.71, 8],
  [16, "Đảng bộ xã Trung Lập", 7, 5, 0, 5, 71.43, 15],
  [17, "Đảng bộ xã Thanh Lương", 7, 1, 1, 2, 28.57, 8],
  [18, "Đảng bộ xã Tân Liên", 7, 2, 1, 3, 42.86, 15],
  [19, "Đảng bộ xã Tiên Phong", 7, 0, 0, 0, 0.0, 9],
  [20, "Đảng bộ xã Trần Dương", 8, 6, 0, 6, 75.0, 1],
  [21, "Đảng bộ xã Tân Hưng", 8, 2, 0, 2, 25.0, 9],
  [22, "Đảng bộ xã Tam Đa", 8, 4, 0, 4, 50.0, 7],
  [23, "Đảng bộ xã Thắng Thủy", 7, 8, 0, 8, 114.29, 7],
  [24, "Đảng bộ xã Tam Cường", 7, 5, 1, 6, 85.71, 10],
  [25, "Đảng bộ xã Vĩnh Long", 5, 0, 0, 0, 0.0, 13],
  [26, "Đảng bộ xã Vĩnh Quang", 9, 2, 0, 2, 22.22, 15],
  [27, "Đảng bộ xã Vĩnh An", 7, 4, 1, 5, 71.43, 5],
  [28, "Đảng bộ xã Vĩnh Tiến", 6, 3, 0, 3, 50.0, 0],
  [29, "Đảng bộ xã Vĩnh Phong", 6, 2, 0, 2, 33.33, 4],
  [30, "Đảng bộ xã Việt Tiến", 8, 0, 5, 5, 62.5, 14],
  [31, "Đảng bộ Bệnh viện ĐK Vĩnh Bảo", 3, 0, 0, 0, 0.0, 15],
  [32, "Đảng bộ Công ty TNHH MTV KTCT Thủy lợi", 4, 3, 0, 3, 75.0, 6],
  [33, "Đảng bộ Trường THPT Tô Hiệu", 5, 1, 0, 1, 20.0, 23],
  [34, "Đảng bộ Trường THPT Vĩnh Bảo", 6, 4, 0, 4, 66.67, 26],
  [35, "Đảng bộ Trường THPT Nguyễn Khuyến", 5, 6, 0, 6, 120.0, 13],
  [36, "Đảng bộ Trường THPT Nguyễn Bình Khiêm", 5, 6, 0, 6, 120.0, 15],
  [37, "Đảng bộ Công An huyện", 2, 0, 2, 2, 100.0, 5],
  [38, "Chi bộ Hội Liên hiệp Phụ nữ huyện", 1, 1, 0, 1, 100.0, 0],
  [39, "Chi bộ Văn phòng HĐND&UBND huyện", 2, 0, 2, 2, 100.0, 0],
  [40, "Chi bộ Phòng Lao động- Thương binh & Xã hội", 1, 0, 0, 0, 0.0, 2],
  [41, "Chi bộ Phòng Tài chính - Kế hoạch", 1, 1, 0, 1, 100.0, 0],
  [42, "Chi bộ Phòng Văn hoá - Thông tin", 1, 0, 0, 0, 0.0, 1],
  [43, "Chi bộ Phòng Tài nguyên và Môi trường", 1, 0, 0, 0, 0.0, 0],
  [44, "Chi bộ Ban quản lý dự án đầu tư xây dựng", 1, 0, 1, 1, 100.0, 0],
  [45, "Chi bộ Văn phòng Đăng ký QSD đất - chi nhánh VB", 1, 0, 0, 0, 0.0, 1],
  [46, "Chi bộ Trung tâm phát triển quỹ đất", 1, 0, 0, 0, 0.0, 1],
  [47, "Chi bộ Trung tâm GDNN và GDTX", 1, 0, 0, 0, 0.0, 5],
  [48, "Chi bộ trường THPT Cộng Hiền", 3, 2, 0, 2, 66.67, 12],
  [49, "Chi bộ Bảo hiểm xã hội", 1, 0, 0, 0, 0.0, 0],
  [50, "Chi bộ Trạm Khuyến nông Vĩnh Bảo", 2, 0, 0, 0, 0.0, 2],
  [51, "Chi bộ Ngân hàng CSXH huyện", 1, 1, 0, 1, 100.0, 0],
  [52, "Chi bộ Trung tâm Y tế", 2, 2, 0, 2, 100.0, 1],
  [53, "Ngân hàng NNN và PTNT Vĩnh Bảo", 2, 1, 0, 1, 50.0, 0],
  [54, "Ngân hàng NNN và PTNT Nam Am", 2, 1, 0, 1, 50.0, 0],
];

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
