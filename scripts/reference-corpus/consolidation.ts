/**
 * Consolidation folders (issue 11 point 3): don-vi/ holds one workbook per unit, tong-hop.xlsx beside it is the
 * summary. The units' totals are published figures; the split of each unit over its chi bộ is ours (the
 * articles give no breakdown) and says so. Each unit file is internally consistent, so the only finding a
 * correct tool reports is the planted summary row.
 */
import type { CorpusTable, Line } from "../corpus/types";
import { flatHeader, pct, sum } from "./build-helpers";
import type { ConsolidationCase, UnitFile } from "./types";

/** One unit's workbook: captions, STT | Chi bộ | figures…, a "Tổng cộng" row of their sums (and % when asked). */
function unitFile(
  file: string,
  namedBy: UnitFile["namedBy"],
  sheet: string,
  captions: string[],
  headers: string[],
  rows: [string, ...number[]][],
  summaryKey: string,
  percentOf?: [number, number],
): UnitFile {
  const width = rows[0].length - 1;
  const totals = Array.from({ length: width }, (_, c) => sum(rows.map((r) => r[c + 1] as number)));
  const withPct = (figures: number[]) => (percentOf ? [...figures, pct(figures[percentOf[0]], figures[percentOf[1]])] : figures);
  const table: CorpusTable = {
    name: file.replace(/\.xlsx$/, ""),
    shape: "unit",
    source: { url: "see the case", title: "unit file" },
    provenance: "derived split of a published unit total",
    sheets: [
      {
        name: sheet,
        blocks: [
          {
            captions,
            headerRows: 1,
            header: flatHeader("STT", "Chi bộ", ...headers),
            lines: [
              ...rows.map(([name, ...f], i): Line => ({ key: `c${i + 1}`, cells: [i + 1, name, ...withPct(f)] })),
              { key: "total", cells: ["Tổng cộng", null, ...withPct(totals)], merge: [0, 1], bold: true },
            ],
          },
        ],
      },
    ],
  };
  return { file, table, namedBy, totalKey: "total", summaryKey };
}

/** A summary sheet: STT | Đơn vị | figures…, and a total row of SUM formulas over the unit rows. */
function summaryTable(
  name: string,
  captions: string[],
  headers: string[],
  rows: [string, string, ...number[]][],
  percentOf?: [number, number],
  totalFirst = false,
): CorpusTable {
  // Caption lines, a blank row, the header row (and the total row when it comes first).
  const first = captions.length + (captions.length > 0 ? 1 : 0) + 2 + (totalFirst ? 1 : 0);
  const last = first + rows.length - 1;
  const width = rows[0].length - 2;
  const cols = Array.from({ length: width }, (_, c) => String.fromCharCode(67 + c));
  const totals = cols.map((_, c) => sum(rows.map((r) => r[c + 2] as number)));
  const totalCells = cols.map((col, c) => ({ f: `SUM(${col}${first}:${col}${last})`, v: totals[c] }));
  const pctAt = totalFirst ? first - 1 : last + 1;
  const pctCell = percentOf ? [{ f: `ROUND(${cols[percentOf[0]]}${pctAt}/${cols[percentOf[1]]}${pctAt}*100,2)`, v: pct(totals[percentOf[0]], totals[percentOf[1]]) }] : [];
  const totalLine: Line = { key: "total", cells: ["Tổng cộng", null, ...totalCells, ...pctCell], merge: [0, 1], bold: true };
  return {
    name,
    shape: "unit",
    source: { url: "see the case", title: "summary" },
    provenance: "summary of the units' files",
    sheets: [
      {
        name: "Tổng hợp",
        blocks: [
          {
            captions,
            headerRows: 1,
            header: flatHeader("STT", "Đơn vị", ...headers),
            lines: [
              ...(totalFirst ? [totalLine] : []),
              ...rows.map(([key, label, ...f], i): Line => ({
                key,
                cells: [i + 1, label, ...f, ...(percentOf ? [pct(f[percentOf[0]], f[percentOf[1]])] : [])],
              })),
              ...(totalFirst ? [] : [totalLine]),
            ],
          },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Bình Định ĐUK, 2025 registrations (seed 004): four units, the summary's Sở Y tế row copied from 2024.

const BD_HEADERS = ["Tổng số", "Đoàn viên thanh niên", "Đoàn viên công đoàn"];
const BD_CAPTION = "ĐĂNG KÝ CHỈ TIÊU KẾT NẠP ĐẢNG VIÊN NĂM 2025";

export const binhDinhConsolidation: ConsolidationCase = {
  name: "binh-dinh-duk-2025-sai-dong",
  sources: [{ url: "seed:004 (../shared/seeds/004)", title: "Kế hoạch 104-KH/ĐUK, Đảng ủy Khối các cơ quan tỉnh Bình Định: chỉ tiêu phát triển đảng viên năm 2024 và 2025" }],
  provenance:
    "Unit totals: seed 004's 2025 figures of units 1, 4, 12, 16 (Bệnh viện Đa khoa tỉnh 15 = 10 + 5, Cục Thuế 10 = 5 + 5, Sở Giao thông vận tải 7 = 4 + 3, Sở Y tế 8 = 4 + 4). The split over three chi bộ each is ours. Summary: the four units with SUM formulas; Sở Y tế's row holds its 2024 figures (10 = 4 + 6), copied from last year's file.",
  summary: summaryTable(
    "tong-hop",
    ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH BÌNH ĐỊNH", "TỔNG HỢP ĐĂNG KÝ CHỈ TIÊU KẾT NẠP ĐẢNG VIÊN NĂM 2025"],
    BD_HEADERS,
    [
      ["bv", "Bệnh viện Đa khoa tỉnh Bình Định", 15, 10, 5],
      ["thue", "Cục Thuế tỉnh Bình Định", 10, 5, 5],
      ["gtvt", "Sở Giao thông vận tải tỉnh Bình Định", 7, 4, 3],
      ["yte", "Sở Y tế tỉnh Bình Định", 10, 4, 6],
    ],
  ),
  units: [
    unitFile("benh-vien-da-khoa.xlsx", "caption", "Sheet1", ["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH BÌNH ĐỊNH", BD_CAPTION], BD_HEADERS, [
      ["Chi bộ Khoa Nội", 5, 3, 2], ["Chi bộ Khoa Ngoại", 6, 4, 2], ["Chi bộ Khối Hành chính", 4, 3, 1],
    ], "bv"),
    unitFile("Cục Thuế tỉnh Bình Định.xlsx", "file", "Sheet1", [BD_CAPTION], BD_HEADERS, [
      ["Chi bộ Văn phòng Cục", 4, 2, 2], ["Chi bộ Phòng Kiểm tra", 3, 1, 2], ["Chi bộ Phòng Tuyên truyền - Hỗ trợ", 3, 2, 1],
    ], "thue"),
    unitFile("dv03.xlsx", "sheet", "Sở Giao thông vận tải", [BD_CAPTION], BD_HEADERS, [
      ["Chi bộ Văn phòng Sở", 3, 2, 1], ["Chi bộ Thanh tra Sở", 2, 1, 1], ["Chi bộ Ban Quản lý dự án", 2, 1, 1],
    ], "gtvt"),
    unitFile("dv04.xlsx", "caption", "Sheet1", ["ĐẢNG BỘ SỞ Y TẾ TỈNH BÌNH ĐỊNH", BD_CAPTION], BD_HEADERS, [
      ["Chi bộ Văn phòng Sở", 3, 1, 2], ["Chi bộ Chi cục An toàn vệ sinh thực phẩm", 2, 1, 1], ["Chi bộ Chi cục Dân số", 3, 2, 1],
    ], "yte"),
  ],
  columns: [
    { unit: "C", summary: "C" },
    { unit: "D", summary: "D" },
    { unit: "E", summary: "E" },
  ],
  findings: [
    {
      code: "SUMMARY_MISMATCH",
      at: { side: "summary", cell: "yte:C" },
      expected: 8,
      actual: 10,
      source: { side: "unit:dv04.xlsx", cell: "total:C" },
      why: "Sở Y tế's file totals 3 + 2 + 3 = 8 (seed 004, 2025); the summary row holds 10, its 2024 figure.",
    },
    {
      code: "SUMMARY_MISMATCH",
      at: { side: "summary", cell: "yte:E" },
      expected: 4,
      actual: 6,
      source: { side: "unit:dv04.xlsx", cell: "total:E" },
      why: "Sở Y tế's ĐVCĐ: 2 + 1 + 1 = 4 in its file; 6 (2024) in the summary. Its ĐVTN 4 happens to be the same both years.",
    },
  ],
  tolerated: [
    { code: "SUMMARY_MISMATCH", at: { side: "summary", cell: "total:C" }, why: "The summary's total 42 ≠ the units' 40: the same slip seen at the total row." },
    { code: "SUMMARY_MISMATCH", at: { side: "summary", cell: "total:E" }, why: "19 ≠ 17, the same slip at the total row." },
  ],
  write: false,
};

// ---------------------------------------------------------------------------------------------------------
// Ninh Thuận, 6 months of 2022: the three armed-forces đảng bộ (published quota-derived and admitted). Clean.

const NT_HEADERS = ["Chỉ tiêu năm 2022", "Kết nạp 6 tháng", "Tỷ lệ (%)"];
const NT_CAPTION = "KẾT QUẢ KẾT NẠP ĐẢNG VIÊN 6 THÁNG ĐẦU NĂM 2022";

export const ninhThuanConsolidation: ConsolidationCase = {
  name: "ninh-thuan-2022-6-thang-khop",
  sources: [
    {
      url: "https://baoninhthuan.com.vn/news/131984p24c161/toan-tinh-ket-nap-288-dang-vien-dat-3534-chi-tieu-nam-2022.htm",
      title: "Toàn tỉnh kết nạp 288 đảng viên, đạt 35,34% chỉ tiêu năm 2022 (Báo Ninh Thuận)",
    },
  ],
  provenance:
    "Unit totals: Công an tỉnh 21 admitted (105 % → quota 20), Quân sự tỉnh 5 (50 % → 10), Bộ đội Biên phòng tỉnh 4 (50 % → 8), as published; the quota is derived as admitted / %. The split over three subordinate units each is ours. The summary is right: nothing to report, and `consolidate -o` must write the same figures.",
  summary: summaryTable(
    "tong-hop",
    ["BAN TỔ CHỨC TỈNH ỦY NINH THUẬN", "TỔNG HỢP " + NT_CAPTION],
    NT_HEADERS,
    [
      ["ca", "Đảng bộ Công an tỉnh", 20, 21],
      ["qs", "Đảng bộ Quân sự tỉnh", 10, 5],
      ["bp", "Đảng bộ Bộ đội Biên phòng tỉnh", 8, 4],
    ],
    [1, 0],
  ),
  units: [
    unitFile("cong-an.xlsx", "caption", "Báo cáo", ["ĐẢNG BỘ CÔNG AN TỈNH NINH THUẬN", NT_CAPTION], NT_HEADERS, [
      ["Đảng bộ Phòng An ninh", 8, 9], ["Đảng bộ Phòng Cảnh sát", 7, 8], ["Đảng bộ Công an huyện Ninh Phước", 5, 4],
    ], "ca", [1, 0]),
    unitFile("dv2.xlsx", "sheet", "Quân sự tỉnh", [NT_CAPTION], NT_HEADERS, [
      ["Đảng bộ Cơ quan Bộ CHQS tỉnh", 4, 2], ["Đảng bộ Trung đoàn 896", 4, 2], ["Đảng bộ Ban CHQS huyện Ninh Sơn", 2, 1],
    ], "qs", [1, 0]),
    unitFile("Bo doi Bien phong tinh.xlsx", "file", "Sheet1", [NT_CAPTION], NT_HEADERS, [
      ["Chi bộ Cơ quan BĐBP tỉnh", 3, 2], ["Chi bộ Đồn Biên phòng Cà Ná", 3, 1], ["Chi bộ Đồn Biên phòng Phước Dinh", 2, 1],
    ], "bp", [1, 0]),
  ],
  columns: [
    { unit: "C", summary: "C" },
    { unit: "D", summary: "D" },
    { unit: "E", summary: "E", percentOf: ["D", "C"] },
  ],
  findings: [],
  write: true,
};

// ---------------------------------------------------------------------------------------------------------
// Vĩnh Bảo, results to 31/8/2023 (seed 001): four units, the summary's thị trấn row taken from an older file.

const VB_HEADERS = ["Chỉ tiêu", "Đã kết nạp", "Đang trình", "Tổng số", "Tỷ lệ %"];
const VB_CAPTION = "KẾT QUẢ KẾT NẠP ĐẢNG VIÊN ĐẾN NGÀY 31/8/2023";

export const vinhBaoConsolidation: ConsolidationCase = {
  name: "vinh-bao-2023-file-cu",
  sources: [{ url: "seed:001 (../shared/seeds/001)", title: "Thông báo 623-TB/HU, Huyện ủy Vĩnh Bảo, 14/9/2023: kết quả kết nạp đảng viên theo chỉ tiêu" }],
  provenance:
    "Unit totals: seed 001's rows of thị trấn Vĩnh Bảo (15 / 7 / 5 / 12 / 80 %), xã Cộng Hiền (7 / 3 / 0 / 3 / 42,86 %), Dũng Tiến and Thắng Thủy (7 / 8 / 0 / 8 / 114,29 %). The split over chi bộ is ours. Summary: total row first (SUM formulas below it), the thị trấn row taken from the unit's previous report (15 / 5 / 5 / 10 / 66,67 %: consistent in itself, so only the comparison with the unit's file shows it).",
  summary: summaryTable(
    "tong-hop",
    ["HUYỆN ỦY VĨNH BẢO", "TỔNG HỢP " + VB_CAPTION],
    VB_HEADERS,
    [
      ["tt", "Đảng bộ thị trấn Vĩnh Bảo", 15, 5, 5, 10],
      ["conghien", "Đảng bộ xã Cộng Hiền", 7, 3, 0, 3],
      ["dungtien", "Đảng bộ xã Dũng Tiến", 7, 8, 0, 8],
      ["thangthuy", "Đảng bộ xã Thắng Thủy", 7, 8, 0, 8],
    ],
    [3, 0],
    true,
  ),
  units: [
    unitFile("dv1.xlsx", "sheet", "TT Vĩnh Bảo", [VB_CAPTION], VB_HEADERS, [
      ["Chi bộ Khu 1", 4, 2, 1, 3], ["Chi bộ Khu 2", 4, 2, 2, 4], ["Chi bộ Khu 3", 4, 2, 1, 3], ["Chi bộ Khu 4", 3, 1, 1, 2],
    ], "tt", [3, 0]),
    unitFile("dv2.xlsx", "caption", "Sheet1", ["ĐẢNG BỘ XÃ CỘNG HIỀN", VB_CAPTION], VB_HEADERS, [
      ["Chi bộ thôn 1", 2, 1, 0, 1], ["Chi bộ thôn 2", 2, 1, 0, 1], ["Chi bộ thôn 3", 3, 1, 0, 1],
    ], "conghien", [3, 0]),
    unitFile("Dung Tien.xlsx", "file", "Sheet1", [VB_CAPTION], VB_HEADERS, [
      ["Chi bộ thôn 1", 3, 3, 0, 3], ["Chi bộ thôn 2", 2, 3, 0, 3], ["Chi bộ thôn 3", 2, 2, 0, 2],
    ], "dungtien", [3, 0]),
    unitFile("Thắng Thuỷ.xlsx", "file", "Sheet1", [VB_CAPTION], VB_HEADERS, [
      ["Chi bộ thôn 1", 2, 3, 0, 3], ["Chi bộ thôn 2", 3, 3, 0, 3], ["Chi bộ thôn 3", 2, 2, 0, 2],
    ], "thangthuy", [3, 0]),
  ],
  columns: [
    { unit: "C", summary: "C" },
    { unit: "D", summary: "D" },
    { unit: "E", summary: "E" },
    { unit: "F", summary: "F" },
    { unit: "G", summary: "G", percentOf: ["F", "C"] },
  ],
  findings: [
    {
      code: "SUMMARY_MISMATCH",
      at: { side: "summary", cell: "tt:D" },
      expected: 7,
      actual: 5,
      source: { side: "unit:dv1.xlsx", cell: "total:D" },
      why: "Thị trấn Vĩnh Bảo's file: 2 + 2 + 2 + 1 = 7 admitted (seed 001); the summary row says 5 (an older report).",
    },
    {
      code: "SUMMARY_MISMATCH",
      at: { side: "summary", cell: "tt:F" },
      expected: 12,
      actual: 10,
      source: { side: "unit:dv1.xlsx", cell: "total:F" },
      why: "Its total 3 + 4 + 3 + 2 = 12 = 7 + 5; the summary says 10 = 5 + 5.",
    },
    {
      code: "SUMMARY_MISMATCH",
      at: { side: "summary", cell: "tt:G" },
      expected: 80,
      actual: 66.67,
      source: { side: "unit:dv1.xlsx", cell: "total:G" },
      why: "12 / 15 = 80,00 % in the file; 10 / 15 = 66,67 % in the summary.",
    },
  ],
  tolerated: ["D", "F", "G"].map((col) => ({
    code: "SUMMARY_MISMATCH",
    at: { side: "summary", cell: `total:${col}` },
    why: "The summary's total row differs from the units' totals by the same slip.",
  })),
  write: false,
};

export const CONSOLIDATIONS: readonly ConsolidationCase[] = [binhDinhConsolidation, ninhThuanConsolidation, vinhBaoConsolidation];
