/**
 * The breakdown corpus (issue 9): small tables of the five other shapes users keep beside the quota
 * appendix — vertical breakdowns, horizontal breakdowns, quality ratings, results against plans, unit
 * lists grouped under Roman numerals — rebuilt from published party-committee news pages (the source of
 * each is in `source`). About half carry one planted slip of the kind people make; the others are clean
 * and keep the oddities real tables have (truncated percents, "x" / "-", shares adding to 100,01 or
 * 99,99, a commune called Cộng Hòa, a stock row "Tổng số đảng viên" that is not a total).
 *
 * `expect` lists every error and warning the table must draw (code and cell); `info` lists info findings
 * that must be present (others are allowed). Expected values are worked out by hand from the published
 * figures, in the comments next to them — never from the engine.
 *
 * Built into test/fixtures/bd-<name>.xlsx by scripts/build-fixtures.ts.
 */
import type { CellValue } from "../src/engine/grid";

export interface FixtureSheet {
  readonly name: string;
  /** Rows from Excel row 1, cells from column A. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Merged ranges in A1 notation ("C3:K3"). */
  readonly merges?: readonly string[];
  /** Number formats by A1 range ("D4:D9": "0.00"). */
  readonly formats?: { readonly [range: string]: string };
}

export interface Finding {
  readonly code: string;
  readonly cell: string;
  /** The sheet, when the workbook has more than one. */
  readonly sheet?: string;
}

export interface BreakdownFixture {
  readonly name: string;
  readonly shape: "vertical" | "horizontal" | "rating" | "plan" | "units";
  readonly source: string;
  /** What was planted, or undefined for a clean table. */
  readonly slip?: string;
  readonly sheets: readonly FixtureSheet[];
  readonly expect: readonly Finding[];
  readonly info?: readonly Finding[];
}

const f = (code: string, cell: string, sheet?: string): Finding => (sheet ? { code, cell, sheet } : { code, cell });

// ---------------------------------------------------------------------------------------------------
// 1. Vertical breakdowns
// ---------------------------------------------------------------------------------------------------

/** 68 admitted = 34 % of the year's 200; 69 % women (47/68 = 69,12), 83,8 % college (57/68 = 83,82), 64,7 % youth (44/68 = 64,71). */
function haiDuong2014(womenPercent: number): FixtureSheet {
  return {
    name: "Kết nạp",
    rows: [
      ["KẾT QUẢ KẾT NẠP ĐẢNG VIÊN QUÝ I NĂM 2014"],
      ["(Đảng bộ thành phố Hải Dương)"],
      ["TT", "Nội dung", "Số lượng", "Tỷ lệ (%)", "Ghi chú"],
      [1, "Chỉ tiêu kết nạp năm 2014", 200, null, null],
      [2, "Số đảng viên đã kết nạp", 68, 34, "so với chỉ tiêu năm"],
      [null, "Trong đó:", null, null, null],
      ["-", "Đảng viên nữ", 47, womenPercent, "so với số đã kết nạp"],
      ["-", "Trình độ cao đẳng trở lên", 57, 83.82, null],
      ["-", "Đoàn viên thanh niên", 44, 64.71, null],
    ],
    formats: { "D4:D9": "0.00" },
  };
}

/** 4.220 admitted in 2016: 96 % upper-secondary (4052 → 96,02), 57,32 % college (2419), >11 % religious (470 → 11,137), ~3 % minorities (121 → 2,867), ~5 % private firms (205 → 4,857). */
function dongNai2016(upperSecondary: number): FixtureSheet {
  return {
    name: "Phát triển đảng viên",
    rows: [
      ["BÁO CÁO KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN NĂM 2016"],
      [],
      ["STT", "Chỉ tiêu", "Số lượng", "Tỷ lệ %"],
      ["I", "Tổng số đảng viên kết nạp trong năm", 4220, 100],
      [null, "Trong đó:", null, null],
      [1, "Có trình độ trung học phổ thông", upperSecondary, 96.02],
      [2, "Trình độ chuyên môn cao đẳng trở lên", 2419, 57.32],
      [3, "Đồng bào có đạo", 470, 11.13], // 11,137 cut off, not rounded: info only
      [4, "Người dân tộc thiểu số", 121, 2.87],
      [5, "Trong doanh nghiệp ngoài khu vực nhà nước", 205, 4.86],
      ["II", "Tổng số đảng viên toàn Đảng bộ cuối năm", 72154, null], // a stock, not the total of the rows above
    ],
    formats: { "D4:D11": "0.00" },
  };
}

/** Sa Đéc: 3.160 members = 3.052 full + 108 probationary (96,58 / 3,42); 625 admitted, 301 women (48,16), 412 youth (65,92). */
function saDec(full: number): FixtureSheet {
  return {
    name: "Đảng viên",
    rows: [
      ["TÌNH HÌNH ĐỘI NGŨ ĐẢNG VIÊN THỊ XÃ SA ĐÉC"],
      ["(Số liệu đến 30/6/2013)"],
      ["TT", "Nội dung", "Số lượng", "Tỷ lệ (%)"],
      ["I", "Tổng số đảng viên", 3160, 100],
      [null, "Chia ra:", null, null],
      [1, "Đảng viên chính thức", full, 96.58],
      [2, "Đảng viên dự bị", 108, 3.42],
      ["II", "Đảng viên mới kết nạp từ đầu nhiệm kỳ", 625, null],
      [null, "Trong đó:", null, null],
      [1, "Nữ", 301, 48.16],
      [2, "Đoàn viên thanh niên", 412, 65.92],
      ["III", "Tỷ lệ đảng viên so với dân số", null, 3.03], // a percent of a figure not in the table: no relation, no error
    ],
    formats: { "D4:D12": "0.00" },
  };
}

// ---------------------------------------------------------------------------------------------------
// 2. Horizontal breakdowns
// ---------------------------------------------------------------------------------------------------

/** Bình Định 19/5/2023: 637 badges = 24+5+8+27+153+99+37+163+121; shares rounded add to 100,01. */
const binhDinhBadges: FixtureSheet = {
  name: "Huy hiệu",
  rows: [
    ["TỔNG HỢP TRAO TẶNG HUY HIỆU ĐẢNG ĐỢT 19/5/2023"],
    ["(Đảng bộ tỉnh Bình Định)"],
    ["Nội dung", "Tổng số", "Chia theo loại Huy hiệu", null, null, null, null, null, null, null, null],
    [null, null, "75 năm", "70 năm", "65 năm", "60 năm", "55 năm", "50 năm", "45 năm", "40 năm", "30 năm"],
    ["Số lượng (đồng chí)", 637, 24, 5, 8, 27, 153, 99, 37, 163, 121],
    // 24/637 = 3,768; 5/637 = 0,785; 8/637 = 1,256; 27/637 = 4,239; 153/637 = 24,019; 99/637 = 15,542;
    // 37/637 = 5,808; 163/637 = 25,589; 121/637 = 18,995 → rounded they add to 100,01
    ["Tỷ lệ (%)", 100, 3.77, 0.78, 1.26, 4.24, 24.02, 15.54, 5.81, 25.59, 19.0],
  ],
  merges: ["A3:A4", "B3:B4", "C3:K3"],
  formats: { "B6:K6": "0.00" },
};

/** An Cựu 3/2/2026: 29 awarded (3 × 60, 2 × 55, 2 × 50, 2 × 45, 3 × 40, 17 × 30 years) + 1 posthumous = 30. */
function anCuu(thirtyYears: number): FixtureSheet {
  return {
    name: "Huy hiệu",
    rows: [
      ["DANH SÁCH TRAO TẶNG, TRUY TẶNG HUY HIỆU ĐẢNG"],
      ["Đảng bộ phường An Cựu"],
      ["TT", "Đợt", "Tổng số", "Trao tặng", null, null, null, null, null, null, "Truy tặng"],
      [null, null, null, "Cộng", "Chia theo số năm tuổi Đảng", null, null, null, null, null, null],
      [null, null, null, null, "60 năm", "55 năm", "50 năm", "45 năm", "40 năm", "30 năm", null],
      [1, "Dịp 3/2/2026", 30, 29, 3, 2, 2, 2, 3, thirtyYears, 1],
    ],
    merges: ["A3:A5", "B3:B5", "C3:C5", "D3:J3", "K3:K5", "D4:D5", "E4:J4"],
  };
}

/** Bát Xát communes: SL / % pairs, each % of the row's admissions (9/19 = 47,37 … 35/79 = 44,30). */
function batXat(namChacWomenPercent: number): FixtureSheet {
  return {
    name: "Kết nạp theo đối tượng",
    rows: [
      ["KẾT QUẢ KẾT NẠP ĐẢNG VIÊN NĂM 2024 THEO ĐỐI TƯỢNG"],
      ["(Đảng bộ huyện Bát Xát)"],
      ["STT", "Đảng bộ", "Tổng số kết nạp", "Nữ", null, "Đoàn viên thanh niên", null, "Dân tộc thiểu số", null],
      [null, null, null, "SL", "%", "SL", "%", "SL", "%"],
      [1, "Đảng bộ xã Bản Qua", 19, 9, 47.37, 12, 63.16, 17, 89.47],
      [2, "Đảng bộ xã A Lù", 17, 8, 47.06, 11, 64.71, 16, 94.12],
      [3, "Đảng bộ xã Nậm Chạc", 16, 7, namChacWomenPercent, 10, 62.5, 15, 93.75],
      [4, "Đảng bộ xã Bản Vược", 15, 6, 40, 9, 60, 12, 80],
      [5, "Đảng bộ xã Phìn Ngan", 12, 5, 41.67, 8, 66.67, 11, 91.67],
      [null, "Tổng cộng", 79, 35, 44.3, 50, 63.29, 71, 89.87],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:I3", "A10:B10"],
    formats: { "E5:E10": "0.00", "G5:G10": "0.00", "I5:I10": "0.00" },
  };
}

// ---------------------------------------------------------------------------------------------------
// 3. Quality ratings
// ---------------------------------------------------------------------------------------------------

/** Cần Thơ 2016: 701 rated of 709; 439 clean-strong (62,62), of which 107 exemplary (107/439 = 24,37), 217 / 43 / 2. */
const canTho2016: FixtureSheet = {
  name: "Xếp loại",
  rows: [
    ["KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2016"],
    ["Đảng bộ thành phố có 709 tổ chức cơ sở đảng; 701 tổ chức cơ sở đảng được đánh giá"],
    ["STT", "Xếp loại", "Số TCCSĐ", "Tỷ lệ (%)"],
    [null, "Tổng số TCCSĐ được đánh giá", 701, 100],
    [1, "Trong sạch, vững mạnh", 439, 62.62],
    [null, "Trong đó: Trong sạch, vững mạnh tiêu biểu", 107, 24.37],
    [2, "Hoàn thành tốt nhiệm vụ", 217, 30.96],
    [3, "Hoàn thành nhiệm vụ", 43, 6.13],
    [4, "Yếu kém", 2, 0.29],
  ],
  formats: { "D4:D9": "0.00" },
};

/** Đồng Tháp 2012: 773 rated of 787; 680 (87,97), of which 140 exemplary (140/680 = 20,59), 79 (10,22), 11 (1,42), 3 (0,39). */
function dongThap2012(good: number): FixtureSheet {
  return {
    name: "Xếp loại 2012",
    rows: [
      ["KẾT QUẢ ĐÁNH GIÁ CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2012"],
      ["Toàn Đảng bộ có 787 tổ chức cơ sở đảng, 773 tổ chức cơ sở đảng được đánh giá"],
      ["STT", "Xếp loại", "Số lượng", "Tỷ lệ (%)"],
      [null, "Tổng số", 773, 100],
      [1, "Trong sạch, vững mạnh", 680, 87.97],
      ["-", "Trong đó: tiêu biểu", 140, 20.59],
      [2, "Hoàn thành tốt nhiệm vụ", good, 10.22],
      [3, "Hoàn thành nhiệm vụ", 11, 1.42],
      [4, "Yếu kém", 3, 0.39],
    ],
    formats: { "D4:D9": "0.00" },
  };
}

/**
 * Hải Dương 2019, two tables on one sheet: 662 of 686 organisations rated, 604 good (91,2), of which
 * 144 excellent (144/604 = 23,8), 58 (8,8); then members: 99.363 (90,33), 10.010 (9,10), 627 (0,57) of 110.000.
 */
function haiDuong2019(memberTotal: number): FixtureSheet {
  return {
    name: "Đánh giá 2019",
    rows: [
      ["KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM 2019"],
      ["1. Tổ chức cơ sở đảng (toàn tỉnh có 686 TCCSĐ, 662 TCCSĐ được đánh giá)"],
      ["TT", "Mức xếp loại", "Số lượng", "Tỷ lệ %"],
      [1, "Hoàn thành tốt nhiệm vụ trở lên", 604, 91.2],
      [null, "Trong đó: Hoàn thành xuất sắc nhiệm vụ", 144, 23.8],
      [2, "Hoàn thành nhiệm vụ", 58, 8.8],
      [3, "Không hoàn thành nhiệm vụ", 0, 0],
      [null, "Cộng", 662, 100],
      [],
      ["2. Đảng viên được đánh giá, xếp loại"],
      ["TT", "Mức xếp loại", "Số lượng", "Tỷ lệ %"],
      [1, "Hoàn thành tốt nhiệm vụ trở lên", 99363, 90.33],
      [2, "Hoàn thành nhiệm vụ", 10010, 9.1],
      [3, "Không hoàn thành nhiệm vụ", 627, 0.57],
      [null, "Cộng", memberTotal, 100],
    ],
    formats: { "D4:D8": "0.0", "D12:D15": "0.00" },
  };
}

/** Đồng Tháp, two years: 2011 (776: 650, 104, 16, 6 → 83,76 + 13,40 + 2,06 + 0,77 = 99,99) beside 2012 (773). */
const dongThapTwoYears: FixtureSheet = {
  name: "So sánh",
  rows: [
    ["SO SÁNH KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2011 - 2012"],
    [],
    ["STT", "Xếp loại", "Năm 2011", null, "Năm 2012", null, "Tăng (+), giảm (-)"],
    [null, null, "Số lượng", "Tỷ lệ %", "Số lượng", "Tỷ lệ %", null],
    [null, "Tổng số", 776, 100, 773, 100, -3],
    [1, "Trong sạch, vững mạnh", 650, 83.76, 680, 87.97, 30],
    [2, "Hoàn thành tốt nhiệm vụ", 104, 13.4, 79, 10.22, -25],
    [3, "Hoàn thành nhiệm vụ", 16, 2.06, 11, 1.42, -5],
    [4, "Yếu kém", 6, 0.77, 3, 0.39, -3],
  ],
  merges: ["A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:G4"],
  formats: { "D5:D9": "0.00", "F5:F9": "0.00" },
};

// ---------------------------------------------------------------------------------------------------
// 4. Results against plans
// ---------------------------------------------------------------------------------------------------

/** Cần Thơ, 10 months of 2019: 1.988 admitted of 2.100 (94,67), 1.875 a year before (106,03) … */
function canTho2019(badgePercent: number): FixtureSheet {
  return {
    name: "Chỉ tiêu",
    rows: [
      ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CÔNG TÁC XÂY DỰNG ĐẢNG 10 THÁNG NĂM 2019"],
      [],
      ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2019", "Thực hiện 10 tháng năm 2019", "Tỷ lệ % so với kế hoạch", "Cùng kỳ năm 2018", "Tỷ lệ % so với cùng kỳ"],
      [1, "Kết nạp đảng viên mới", "đảng viên", 2100, 1988, 94.67, 1875, 106.03],
      [2, "Đảng bộ trực thuộc kết nạp vượt kế hoạch", "đảng bộ", "x", 8, "x", 6, 133.33],
      [3, "Trao tặng Huy hiệu Đảng", "huy hiệu", "-", 1240, "-", 1180, badgePercent], // 1240/1180 = 105,08
      [4, "Tổng số đảng viên toàn Đảng bộ", "đảng viên", "x", 52310, "x", 51045, 102.48], // a stock, not a total
    ],
    formats: { "F4:F7": "0.00", "H4:H7": "0.00" },
  };
}

/** Đảng ủy Khối các cơ quan Đồng Tháp, half term: 1.235 admitted of 1.200 (102,916 printed 102,91). */
const dongThapKhoi: FixtureSheet = {
  name: "Nghị quyết",
  rows: [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI VI (NỬA NHIỆM KỲ)"],
    [],
    ["STT", "Nội dung chỉ tiêu", "Chỉ tiêu Nghị quyết", "Kết quả thực hiện", "Tỷ lệ % so với chỉ tiêu"],
    [1, "Kết nạp đảng viên mới", 1200, 1235, 102.91],
    [2, "Đảng viên đủ tư cách hoàn thành tốt nhiệm vụ (%)", 95, 97.35, "x"],
  ],
  formats: { "E4:E5": "0.00" },
};

// ---------------------------------------------------------------------------------------------------
// 5. Unit lists grouped under Roman numerals
// ---------------------------------------------------------------------------------------------------

/**
 * Cần Thơ, units to 31/10/2019: I (8 units that met their plan: 1115 planned, 1357 admitted), II (6 that did
 * not: 985, 631), and an unlabelled grand total 2100 / 1988. Percents printed whole, some cut off (241/150 = 160,67 → 160).
 */
function canThoUnits(groupTwoPlan: number): FixtureSheet {
  return {
    name: "Đảng bộ trực thuộc",
    rows: [
      ["KẾT QUẢ KẾT NẠP ĐẢNG VIÊN CỦA CÁC ĐẢNG BỘ TRỰC THUỘC THÀNH ỦY"],
      ["(Từ đầu năm đến ngày 31/10/2019)"],
      ["STT", "Đảng bộ", "Kế hoạch năm 2019", "Đã kết nạp", "Tỷ lệ %"],
      ["I", "Các đảng bộ đạt và vượt kế hoạch", 1115, 1357, 122],
      [1, "Đảng bộ huyện Thới Lai", 150, 241, 160],
      [2, "Đảng bộ Khối Cơ quan Dân Chính Đảng", 250, 333, 133],
      [3, "Đảng bộ quận Thốt Nốt", 100, 126, 126],
      [4, "Đảng bộ Khối Doanh nghiệp", 120, 147, 122],
      [5, "Đảng bộ Quân sự thành phố", 15, 17, 113],
      [6, "Đảng bộ huyện Phong Điền", 200, 208, 104],
      [7, "Đảng bộ quận Ninh Kiều", 120, 123, 102],
      [8, "Đảng bộ quận Ô Môn", 160, 162, 101],
      ["II", "Các đảng bộ chưa đạt kế hoạch", groupTwoPlan, 631, 64],
      [1, "Đảng bộ quận Cái Răng", 130, 98, 75],
      [2, "Đảng bộ quận Bình Thủy", 120, 101, 84],
      [3, "Đảng bộ huyện Cờ Đỏ", 180, 117, 65],
      [4, "Đảng bộ huyện Vĩnh Thạnh", 175, 110, 63],
      [5, "Đảng bộ Công an thành phố", 180, 95, 53],
      [6, "Đảng bộ Bộ đội Biên phòng thành phố", 200, 110, 55],
      [null, null, 2100, 1988, 95],
      [],
      ["Ghi chú: số liệu do ban tổ chức các đảng bộ trực thuộc báo cáo."],
      [],
      [null, null, null, "T/M BAN THƯỜNG VỤ"],
      [null, null, null, "PHÓ BÍ THƯ"],
    ],
    formats: { "E4:E20": "0" },
  };
}

/** Nam Sách (Hải Dương): four communes, "Cộng", then "Chia ra (theo nghề nghiệp):" — a partition of the total. */
const namSach: FixtureSheet = {
  name: "Nam Sách",
  rows: [
    ["KẾT NẠP ĐẢNG VIÊN NĂM 2023 - CỤM XÃ PHÍA NAM"],
    [],
    ["STT", "Đơn vị", "Tổng số đảng viên", "Kết nạp năm 2023", "Tỷ lệ kết nạp (%)"],
    [1, "Đảng bộ xã Cộng Hòa", 412, 12, 2.91],
    [2, "Đảng bộ xã An Lâm", 356, 10, 2.81],
    [3, "Đảng bộ xã Nam Hưng", 298, 9, 3.02],
    [4, "Đảng bộ thị trấn Nam Sách", 520, 15, 2.88],
    [null, "Cộng", 1586, 46, 2.9],
    [null, "Chia ra (theo nghề nghiệp):", null, null, null],
    ["-", "Cán bộ, công chức, viên chức", 640, 14, 2.19],
    ["-", "Nông dân", 598, 18, 3.01],
    ["-", "Nghề nghiệp khác", 348, 14, 4.02],
  ],
  formats: { "E4:E12": "0.00" },
};

/** Bình Định units over two pages on one sheet ("Trang 1", "Trang 2"), the header repeated, one total at the end. */
const pagedUnits: FixtureSheet = {
  name: "Huy hiệu theo đơn vị",
  rows: [
    ["TRAO TẶNG HUY HIỆU ĐẢNG ĐỢT 19/5/2023 THEO ĐẢNG BỘ TRỰC THUỘC"],
    ["Trang 1"],
    ["STT", "Đảng bộ", "Tổng số", "55 năm trở lên", "Dưới 55 năm"],
    [1, "Thành phố Quy Nhơn", 142, 52, 90],
    [2, "Thị xã An Nhơn", 96, 33, 63],
    [3, "Huyện Tuy Phước", 88, 31, 57],
    [4, "Huyện Phù Cát", 79, 27, 52],
    [],
    ["Trang 2"],
    ["STT", "Đảng bộ", "Tổng số", "55 năm trở lên", "Dưới 55 năm"],
    [5, "Thị xã Hoài Nhơn", 84, 25, 59],
    [6, "Huyện Phù Mỹ", 71, 22, 49],
    [7, "Huyện Tây Sơn", 77, 27, 50],
    [null, "Tổng cộng", 637, 217, 420], // 24+5+8+27+153 = 217 badges of 55 years or more; 99+37+163+121 = 420
  ],
};

/** The same units over two sheets, the header repeated on the second, one total on the last page for all seven. */
function pagedSheets(total: number): FixtureSheet[] {
  const header = ["STT", "Đảng bộ", "Tổng số", "55 năm trở lên", "Dưới 55 năm"];
  return [
    {
      name: "Trang 1",
      rows: [["TRAO TẶNG HUY HIỆU ĐẢNG ĐỢT 19/5/2023 THEO ĐẢNG BỘ TRỰC THUỘC"], [], header, [1, "Thành phố Quy Nhơn", 142, 52, 90], [2, "Thị xã An Nhơn", 96, 33, 63], [3, "Huyện Tuy Phước", 88, 31, 57], [4, "Huyện Phù Cát", 79, 27, 52]],
    },
    {
      name: "Trang 2",
      rows: [header, [5, "Thị xã Hoài Nhơn", 84, 25, 59], [6, "Huyện Phù Mỹ", 71, 22, 49], [7, "Huyện Tây Sơn", 77, 27, 50], [null, "Tổng cộng", total, 217, 420]],
    },
  ];
}

export const BREAKDOWN_FIXTURES: readonly BreakdownFixture[] = [
  {
    name: "v-haiduong-2014",
    shape: "vertical",
    source: "https://baohaiduong.vn/69-so-dang-vien-moi-ket-nap-la-nu-307611.html",
    sheets: [haiDuong2014(69.12)],
    expect: [],
  },
  {
    name: "v-haiduong-2014-wrong-base",
    shape: "vertical",
    source: "https://baohaiduong.vn/69-so-dang-vien-moi-ket-nap-la-nu-307611.html",
    slip: "women's share taken of the year's plan (47/200 = 23,50) though the note says of those admitted (47/68 = 69,12)",
    sheets: [haiDuong2014(23.5)],
    expect: [f("PERCENT_MISMATCH", "D7")],
  },
  {
    name: "v-dongnai-2016",
    shape: "vertical",
    source: "http://baodongnai.com.vn/tintuc/201701/ket-nap-moi-hon-4200-dang-vien-2775414/",
    sheets: [dongNai2016(4052)],
    expect: [],
    info: [f("PERCENT_TRUNCATED", "D8")],
  },
  {
    name: "v-dongnai-2016-subset",
    shape: "vertical",
    source: "http://baodongnai.com.vn/tintuc/201701/ket-nap-moi-hon-4200-dang-vien-2775414/",
    slip: "4052 typed 4502: a subset larger than the 4220 admitted",
    sheets: [dongNai2016(4502)],
    expect: [f("SUBSET_EXCEEDS_WHOLE", "C6")],
  },
  {
    name: "v-sadec",
    shape: "vertical",
    source: "http://www.baodongthap.com.vn/xay-dung-dang/dang-uy-khoi-cac-co-quan-tinh-ket-nap-duoc-1-235-dang-vien-moi-31741.aspx",
    sheets: [saDec(3052)],
    expect: [],
  },
  {
    name: "v-sadec-parts",
    shape: "vertical",
    source: "http://www.baodongthap.com.vn/xay-dung-dang/dang-uy-khoi-cac-co-quan-tinh-ket-nap-duoc-1-235-dang-vien-moi-31741.aspx",
    slip: "3052 typed 3025: the 'Chia ra' rows add to 3133, not 3160",
    sheets: [saDec(3025)],
    expect: [f("PARTS_MISMATCH", "C4")],
  },
  {
    name: "h-binhdinh-badges",
    shape: "horizontal",
    source: "https://binhdinh.dcs.vn/chinh-tri/;%40%40oXyzs/-/view-content/217044/trao-tang-637-huy-hieu-dang-dot-19-5-2023",
    sheets: [binhDinhBadges],
    expect: [],
  },
  {
    name: "h-ancuu-badges",
    shape: "horizontal",
    source: "https://huengaynay.vn/chinh-tri-xa-hoi/xay-dung-dang/phuong-an-cuu-trao-tang-truy-tang-huy-hieu-dang-cho-30-dang-vien-162460.html",
    sheets: [anCuu(17)],
    expect: [],
  },
  {
    name: "h-ancuu-badges-swapped",
    shape: "horizontal",
    source: "https://huengaynay.vn/chinh-tri-xa-hoi/xay-dung-dang/phuong-an-cuu-trao-tang-truy-tang-huy-hieu-dang-cho-30-dang-vien-162460.html",
    slip: "17 typed 71: the age bands add to 83, not the 29 in 'Cộng'",
    sheets: [anCuu(71)],
    expect: [f("PARTS_MISMATCH", "D6")],
  },
  {
    name: "h-batxat-pairs-wrong-base",
    shape: "horizontal",
    source: "https://vietnam.vn/ja/nhieu-dang-bo-o-bat-xat-ket-nap-dang-vien-vuot-ke-hoach-de-ra",
    slip: "Nậm Chạc's women taken of the district's 79 (8,86) instead of the commune's 16 (43,75)",
    sheets: [batXat(8.86)],
    expect: [f("PERCENT_MISMATCH", "E7")],
  },
  {
    name: "r-cantho-2016",
    shape: "rating",
    source: "https://baocantho.com.vn/nang-cao-nang-luc-lanh-dao-pham-chat-cua-nguoi-dung-dau-van-de-cap-bach-a19333.html",
    sheets: [canTho2016],
    expect: [],
  },
  {
    name: "r-dongthap-2012-swapped",
    shape: "rating",
    source: "https://baodongthap.vn/chinh-tri/20-59-co-so-dang-dat-trong-sach-vung-manh-tieu-bieu-29592.aspx",
    slip: "79 typed 97: the ratings add to 791, not the 773 rated",
    sheets: [dongThap2012(97)],
    expect: [f("TOTAL_MISMATCH", "C4")],
  },
  {
    name: "r-haiduong-2019-stacked",
    shape: "rating",
    source: "http://m.baohaiduong.vn/chinh-tri/912-so-to-chuc-co-so-dang-hoan-thanh-tot-nhiem-vu-129280",
    slip: "second table's total typed 110100; its rows add to 110000",
    sheets: [haiDuong2019(110100)],
    expect: [f("TOTAL_MISMATCH", "C15")],
  },
  {
    name: "r-dongthap-two-years",
    shape: "rating",
    source: "https://baodongthap.vn/chinh-tri/20-59-co-so-dang-dat-trong-sach-vung-manh-tieu-bieu-29592.aspx",
    sheets: [dongThapTwoYears],
    expect: [],
  },
  {
    name: "k-cantho-2019",
    shape: "plan",
    source: "http://bantuyengiao.cantho.gov.vn/article/8-dang-bo-truc-thuoc-thanh-uy-ket-nap-dang-vien-vuot-ke-hoach/16337.htm",
    sheets: [canTho2019(105.08)],
    expect: [],
  },
  {
    name: "k-cantho-2019-swapped",
    shape: "plan",
    source: "http://bantuyengiao.cantho.gov.vn/article/8-dang-bo-truc-thuoc-thanh-uy-ket-nap-dang-vien-vuot-ke-hoach/16337.htm",
    slip: "105,08 typed 150,08",
    sheets: [canTho2019(150.08)],
    expect: [f("PERCENT_MISMATCH", "H6")],
  },
  {
    name: "k-dongthap-khoi",
    shape: "plan",
    source: "http://www.baodongthap.com.vn/xay-dung-dang/dang-uy-khoi-cac-co-quan-tinh-ket-nap-duoc-1-235-dang-vien-moi-31741.aspx",
    sheets: [dongThapKhoi],
    expect: [],
    info: [f("PERCENT_TRUNCATED", "E4")],
  },
  {
    name: "u-cantho-groups",
    shape: "units",
    source: "http://bantuyengiao.cantho.gov.vn/article/8-dang-bo-truc-thuoc-thanh-uy-ket-nap-dang-vien-vuot-ke-hoach/16337.htm",
    sheets: [canThoUnits(985)],
    expect: [],
    info: [f("PERCENT_TRUNCATED", "E5")],
  },
  {
    name: "u-cantho-groups-swapped",
    shape: "units",
    source: "http://bantuyengiao.cantho.gov.vn/article/8-dang-bo-truc-thuoc-thanh-uy-ket-nap-dang-vien-vuot-ke-hoach/16337.htm",
    slip: "group II's plan 985 typed 958",
    sheets: [canThoUnits(958)],
    expect: [f("TOTAL_MISMATCH", "C13")],
  },
  {
    name: "u-namsach-chiara",
    shape: "units",
    source: "http://m.baohaiduong.vn/chinh-tri/912-so-to-chuc-co-so-dang-hoan-thanh-tot-nhiem-vu-129280",
    sheets: [namSach],
    expect: [],
  },
  {
    name: "u-binhdinh-pages",
    shape: "units",
    source: "https://binhdinh.dcs.vn/chinh-tri/;%40%40oXyzs/-/view-content/217044/trao-tang-637-huy-hieu-dang-dot-19-5-2023",
    sheets: [pagedUnits],
    expect: [],
  },
  {
    name: "u-binhdinh-two-sheets",
    shape: "units",
    source: "https://binhdinh.dcs.vn/chinh-tri/;%40%40oXyzs/-/view-content/217044/trao-tang-637-huy-hieu-dang-dot-19-5-2023",
    sheets: pagedSheets(637),
    expect: [],
  },
  {
    name: "u-binhdinh-two-sheets-off",
    shape: "units",
    source: "https://binhdinh.dcs.vn/chinh-tri/;%40%40oXyzs/-/view-content/217044/trao-tang-637-huy-hieu-dang-dot-19-5-2023",
    slip: "the last page's total typed 673; the seven units on both pages add to 637",
    sheets: pagedSheets(673),
    expect: [f("TOTAL_MISMATCH", "C5", "Trang 2")],
  },
];
