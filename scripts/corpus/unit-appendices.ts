/**
 * Unit appendices: one row per đảng bộ, quota / admitted / percent, grouped under Roman numerals with
 * sub-totals, total first or last, a grand total without a label, a table split over pages with the header
 * band repeated. Sources in each spec; every expected value below was computed by hand from the published
 * figures (the sums are written out in `why`).
 */
import type { CorpusTable, Line } from "./types";
import { SEED_000_UNITS, SEED_001_UNITS, SEED_004_UNITS } from "./seed-rows";

const n = (stt: string | number) => Number(stt);

// Báo Quảng Nam, 12/2023: "Năm 2024, giao chỉ tiêu toàn Đảng bộ tỉnh phát triển 1.905 đảng viên mới".
const QUANG_NAM_GROUP_1: [string, number][] = [
  ["TP Tam Kỳ", 150], ["TP Hội An", 110], ["TX Điện Bàn", 150], ["Đại Lộc", 125], ["Duy Xuyên", 90], ["Thăng Bình", 115],
  ["Núi Thành", 115], ["Phú Ninh", 87], ["Quế Sơn", 87], ["Nông Sơn", 30], ["Hiệp Đức", 48], ["Tiên Phước", 77],
  ["Phước Sơn", 80], ["Bắc Trà My", 95], ["Nam Trà My", 95], ["Nam Giang", 110], ["Đông Giang", 95], ["Tây Giang", 80],
];
const QUANG_NAM_GROUP_2: [string, number][] = [["Công an tỉnh", 12], ["Quân sự tỉnh", 29], ["Bộ đội Biên phòng tỉnh", 15], ["Đảng bộ Khối các cơ quan tỉnh", 155]];

export const quangNam2024: CorpusTable = {
  name: "quang-nam-2024-giao-chi-tieu",
  shape: "unit",
  source: {
    url: "https://baoquangnam.vn/xay-dung-dang/nam-2024-giao-chi-tieu-toan-dang-bo-tinh-phat-trien-1905-dang-vien-moi-153731.html",
    title: "Năm 2024, giao chỉ tiêu toàn Đảng bộ tỉnh phát triển 1.905 đảng viên mới (Báo Quảng Nam)",
  },
  provenance:
    "Laid out from the article's list of 22 quotas; the grouping (I. huyện/thị/thành, II. đảng bộ trực thuộc) and its sub-totals are ours, the grand total is the published 1.905, on a row without a label.",
  oddities: "Grand-total row with no label; group rows are sub-totals above their units.",
  sheets: [
    {
      name: "Phụ lục",
      blocks: [
        {
          captions: ["TỈNH ỦY QUẢNG NAM", "CHỈ TIÊU PHÁT TRIỂN ĐẢNG VIÊN MỚI NĂM 2024", "(Kèm theo Kết luận của Ban Thường vụ Tỉnh ủy)"],
          headerRows: 1,
          header: [
            { r: 0, c: 0, text: "STT" },
            { r: 0, c: 1, text: "Đảng bộ" },
            { r: 0, c: 2, text: "Chỉ tiêu phát triển đảng viên mới năm 2024" },
          ],
          lines: [
            { key: "g1", cells: ["I", "Các huyện, thị xã, thành phố", 1739], bold: true },
            ...QUANG_NAM_GROUP_1.map(([name, q], i): Line => ({ key: `q${i + 1}`, cells: [i + 1, name, q] })),
            { key: "g2", cells: ["II", "Các đảng bộ trực thuộc Tỉnh ủy", 211], bold: true },
            ...QUANG_NAM_GROUP_2.map(([name, q], i): Line => ({ key: `q${i + 19}`, cells: [i + 1, name, q] })),
            { key: "total", cells: [null, null, 1905], bold: true },
          ],
          after: ["Ghi chú: chỉ tiêu là số tối thiểu phải kết nạp trong năm 2024."],
        },
      ],
    },
  ],
  realSlips: [
    {
      cells: ["total:C"],
      codes: ["TOTAL_MISMATCH"],
      why: "Published 1.905, but the 22 quotas add up to 1.950 (group I 1.739 + group II 211): 1.950 − 1.905 = 45, a multiple of 9 — the total's last two digits swapped.",
      cause: { cell: "total:C", value: 1950, kind: "transposition" },
    },
  ],
  slip: {
    at: "q20:C",
    typed: 92,
    finding: {
      cells: ["g2:C", "q20:C", "total:C"],
      codes: ["TOTAL_MISMATCH"],
      why: "Quân sự tỉnh 29 typed 92: group II 12 + 92 + 15 + 155 = 274 ≠ 211 (diff 63 = 7×9, two digits swapped).",
      cause: { cell: "q20:C", value: 29, kind: "transposition" },
    },
  },
};

// Ban Tuyên giáo Thành ủy Cần Thơ, 05/11/2019: 8 đảng bộ vượt kế hoạch, admitted and "% kế hoạch" (whole numbers).
const CAN_THO: [string, number, number, number][] = [
  ["Đảng bộ huyện Thới Lai", 150, 241, 160],
  ["Đảng bộ Khối Cơ quan Dân Chính Đảng thành phố", 250, 333, 133],
  ["Đảng bộ quận Thốt Nốt", 100, 126, 126],
  ["Đảng bộ Khối Doanh nghiệp thành phố", 120, 147, 122],
  ["Đảng bộ Quân sự thành phố", 15, 17, 113],
  ["Đảng bộ huyện Phong Điền", 200, 208, 104],
  ["Đảng bộ quận Ninh Kiều", 120, 123, 102],
  ["Đảng bộ quận Ô Môn", 160, 162, 101],
];

export const canTho2019: CorpusTable = {
  name: "can-tho-2019-vuot-ke-hoach",
  shape: "unit",
  source: {
    url: "http://bantuyengiao.cantho.gov.vn/article/8-dang-bo-truc-thuoc-thanh-uy-ket-nap-dang-vien-vuot-ke-hoach/16337.htm",
    title: "8 đảng bộ trực thuộc Thành ủy kết nạp đảng viên vượt kế hoạch (Ban Tuyên giáo Thành ủy Cần Thơ, 05/11/2019)",
  },
  provenance:
    "Laid out from prose: admitted and percent as published; the plan column is back-computed from the published whole-number percent (the unique plan for Thới Lai, Thốt Nốt, Quân sự, Phong Điền, Ô Môn; the round one where two fit).",
  oddities: "Percents shown as whole numbers and truncated, not rounded (241/150 = 160,67 shown 160; 147/120 = 122,5 shown 122; 123/120 = 102,5 shown 102).",
  sheets: [
    {
      name: "KQ 2019",
      blocks: [
        {
          captions: ["KẾT QUẢ KẾT NẠP ĐẢNG VIÊN CỦA CÁC ĐẢNG BỘ VƯỢT KẾ HOẠCH NĂM 2019", "(Toàn thành phố kết nạp 1.988 đảng viên, đạt 94,7% kế hoạch năm)"],
          headerRows: 1,
          header: [
            { r: 0, c: 0, text: "STT" },
            { r: 0, c: 1, text: "Đảng bộ" },
            { r: 0, c: 2, text: "Kế hoạch năm 2019" },
            { r: 0, c: 3, text: "Đã kết nạp" },
            { r: 0, c: 4, text: "Tỷ lệ % so với kế hoạch" },
          ],
          formats: { 4: "0" },
          lines: CAN_THO.map(([name, plan, adm, pct], i): Line => ({ key: `u${i + 1}`, cells: [i + 1, name, plan, adm, pct] })),
        },
      ],
    },
  ],
  slip: {
    at: "u3:D",
    typed: 162,
    finding: {
      cells: ["u3:D", "u3:E"],
      codes: ["PERCENT_MISMATCH", "ROW_RELATION_MISMATCH"],
      why: "Thốt Nốt admitted 126 typed 162: 162/100 = 162% but the row says 126%.",
      cause: { cell: "u3:D", value: 126, kind: "transposition" },
    },
  },
};

// Báo Ninh Thuận: "Toàn tỉnh kết nạp 288 đảng viên, đạt 35,34% chỉ tiêu năm 2022" (to 30/6/2022).
export const ninhThuan2022: CorpusTable = {
  name: "ninh-thuan-2022-6-thang",
  shape: "unit",
  source: {
    url: "https://baoninhthuan.com.vn/news/131984p24c161/toan-tinh-ket-nap-288-dang-vien-dat-3534-chi-tieu-nam-2022.htm",
    title: "Toàn tỉnh kết nạp 288 đảng viên, đạt 35,34% chỉ tiêu năm 2022 (Báo Ninh Thuận)",
  },
  provenance:
    "Laid out from prose: the five units the article names, admitted and percent as published; each quota is the unique whole number giving the published percent (21/20 = 105%, 52/102 = 50,98%, 13/75 = 17,33%). The province line stays in the caption (the five units are a selection, not the whole).",
  oddities: "A 'Ghi chú' text column; no total row (a selection of units).",
  sheets: [
    {
      name: "6 tháng 2022",
      blocks: [
        {
          captions: ["KẾT QUẢ KẾT NẠP ĐẢNG VIÊN 6 THÁNG ĐẦU NĂM 2022 (MỘT SỐ ĐẢNG BỘ)", "Toàn tỉnh kết nạp 288 đảng viên, đạt 35,34% chỉ tiêu năm 2022"],
          headerRows: 1,
          header: [
            { r: 0, c: 0, text: "STT" },
            { r: 0, c: 1, text: "Đảng bộ" },
            { r: 0, c: 2, text: "Chỉ tiêu giao năm 2022" },
            { r: 0, c: 3, text: "Đã kết nạp đến 30/6/2022" },
            { r: 0, c: 4, text: "Tỷ lệ %" },
            { r: 0, c: 5, text: "Ghi chú" },
          ],
          formats: { 4: "0.00" },
          lines: [
            { key: "u1", cells: [1, "Đảng bộ Công an tỉnh", 20, 21, 105, "Vượt chỉ tiêu"] },
            { key: "u2", cells: [2, "Đảng bộ huyện Ninh Phước", 102, 52, 50.98, "Đạt trên 50%"] },
            { key: "u3", cells: [3, "Đảng bộ Quân sự tỉnh", 10, 5, 50, "Đạt 50%"] },
            { key: "u4", cells: [4, "Đảng bộ Bộ đội Biên phòng tỉnh", 8, 4, 50, "Đạt 50%"] },
            { key: "u5", cells: [5, "Đảng bộ huyện Ninh Sơn", 75, 13, 17.33, "Đạt thấp"] },
          ],
        },
      ],
    },
  ],
  slip: {
    at: "u2:E",
    typed: 196.15,
    finding: {
      cells: ["u2:E"],
      codes: ["PERCENT_MISMATCH", "ROW_RELATION_MISMATCH"],
      why: "Ninh Phước's percent computed as quota/admitted: 102/52 = 196,15 instead of 52/102 = 50,98.",
      cause: { cell: "u2:E", value: 50.98, kind: "operands" },
    },
  },
};

const VB_HEADER = [
  { r: 0, c: 0, text: "STT" },
  { r: 0, c: 1, text: "Tên chi bộ, đảng bộ" },
  { r: 0, c: 2, text: "Chỉ tiêu giao năm 2023" },
  { r: 0, c: 3, text: "Đã kết nạp" },
  { r: 0, c: 4, text: "Đang trình duyệt" },
  { r: 0, c: 5, text: "Tổng cộng" },
  { r: 0, c: 6, text: "Tỷ lệ %" },
  { r: 0, c: 7, text: "Nguồn hiện có đã học lớp cảm tình Đảng" },
];
const vbUnit = (i: number): Line => {
  const r = SEED_001_UNITS[i - 1];
  return { key: `u${i}`, cells: [n(r[0]), ...r.slice(1)] };
};
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);

export const vinhBaoGrouped: CorpusTable = {
  name: "vinh-bao-2023-nhom-trang",
  shape: "unit",
  source: { url: "seed:001 (../shared/seeds/001)", title: "Thông báo 623-TB/HU, Huyện ủy Vĩnh Bảo, 14/9/2023: kết quả kết nạp đảng viên 9 tháng đầu năm 2023" },
  provenance:
    "The published 54 rows and total row, regrouped under I/II/III with sub-totals (our sums), printed over two pages with the header band repeated before unit 29 (where the published table breaks its page).",
  oddities: "Roman-numeral groups with sub-totals; header repeated mid-group; 'Cộng Hiền' commune and 'THPT Cộng Hiền' chi bộ; 0,00% rows.",
  sheets: [
    {
      name: "KQ 9 tháng",
      blocks: [
        {
          captions: ["HUYỆN ỦY VĨNH BẢO", "KẾT QUẢ KẾT NẠP ĐẢNG VIÊN 9 THÁNG ĐẦU NĂM 2023", "(Kèm theo Thông báo số 623-TB/HU ngày 14/9/2023)"],
          headerRows: 1,
          header: VB_HEADER,
          formats: { 6: "0.00" },
          lines: [
            { key: "g1", cells: ["I", "Đảng bộ xã, thị trấn", 227, 106, 24, 130, 57.27, 240], bold: true },
            ...range(1, 28).map(vbUnit),
            "header",
            ...range(29, 30).map(vbUnit),
            { key: "g2", cells: ["II", "Đảng bộ cơ quan, doanh nghiệp, trường học, lực lượng vũ trang", 30, 20, 2, 22, 73.33, 103], bold: true },
            ...range(31, 37).map(vbUnit),
            { key: "g3", cells: ["III", "Chi bộ cơ sở", 24, 9, 3, 12, 50, 25], bold: true },
            ...range(38, 54).map(vbUnit),
            { key: "total", cells: ["Tổng cộng", null, 280, 135, 29, 164, 58.57, 368], merge: [0, 1], bold: true },
          ],
          after: ["Nơi nhận: - Ban Tổ chức Thành ủy; - Các chi, đảng bộ cơ sở; - Lưu VPHU."],
        },
      ],
    },
  ],
  realSlips: [
    {
      cells: ["total:C"],
      codes: ["TOTAL_MISMATCH"],
      why: "Published total quota 280, but the units add up to 281 (groups 227 + 30 + 24); 164/280 = 58,57 follows the typed 280.",
    },
  ],
};

const HY_HEADER = [
  { r: 0, c: 0, text: "Stt", rows: 2 },
  { r: 0, c: 1, text: "Đảng bộ", rows: 2 },
  { r: 0, c: 2, text: "Tổng số đảng viên hiện có tính đến ngày 31/12/2023", rows: 2 },
  { r: 0, c: 3, text: "Phát triển đảng viên mới năm 2024", cols: 2 },
  { r: 1, c: 3, text: "Chỉ tiêu cũ theo TB 1060 - TB/TU" },
  { r: 1, c: 4, text: "Chỉ tiêu mới" },
];

export const hungYenTotalFirst: CorpusTable = {
  name: "hung-yen-2024-tong-dau",
  shape: "unit",
  source: { url: "seed:000 (../shared/seeds/000)", title: "Kết luận 733-KL/TU, Ban Thường vụ Tỉnh ủy Hưng Yên, 16/02/2024: phụ lục giao chỉ tiêu năm 2024" },
  provenance: "The published members / old quota / new quota columns of the 13 units, with the published total row typed first, right under the header (as many offices do).",
  oddities: "Total row first; new quota ≈ 3,5% of members but not exactly (Công an, Quân sự keep the old quota).",
  sheets: [
    {
      name: "Phụ lục",
      blocks: [
        {
          captions: ["PHỤ LỤC", "Giao chỉ tiêu phát triển đảng viên mới năm 2024", "(Kèm theo Kết luận số 733-KL/TU ngày 16/02/2024 của Ban Thường vụ Tỉnh ủy)"],
          headerRows: 2,
          header: HY_HEADER,
          lines: [
            { key: "total", cells: ["Tổng cộng", null, 71175, 2112, 2655], merge: [0, 1], bold: true },
            ...SEED_000_UNITS.map((r, i): Line => ({ key: `u${i + 1}`, cells: [n(r[0] as string), r[1], r[2], r[3], r[4]] })),
          ],
        },
      ],
    },
  ],
  slip: {
    at: "u7:E",
    typed: 150,
    finding: {
      cells: ["total:E", "u7:E"],
      codes: ["TOTAL_MISMATCH"],
      why: "Phù Cừ's new quota 178 replaced by its old quota 150 (copied from the neighbouring column): new quotas add up to 2.627 ≠ 2.655.",
      cause: { cell: "u7:E", value: 178, kind: "copied" },
    },
  },
};

const BD_HEADER = [
  { r: 0, c: 0, text: "STT", rows: 3 },
  { r: 0, c: 1, text: "Đơn vị", rows: 3, cols: 2 },
  { r: 0, c: 3, text: "Chỉ tiêu phát triển đảng viên", cols: 6 },
  { r: 1, c: 3, text: "Năm 2024", cols: 3 },
  { r: 1, c: 6, text: "Năm 2025", cols: 3 },
  { r: 2, c: 3, text: "Tổng cộng" },
  { r: 2, c: 4, text: "Đoàn viên thanh niên" },
  { r: 2, c: 5, text: "Đoàn viên công đoàn" },
  { r: 2, c: 6, text: "Tổng cộng" },
  { r: 2, c: 7, text: "Đoàn viên thanh niên" },
  { r: 2, c: 8, text: "Đoàn viên công đoàn" },
];
const bdUnit = (i: number): Line => {
  const r = SEED_004_UNITS[i - 1];
  return { key: `u${i}`, cells: [n(r[0]), ...r.slice(1)] };
};

export const binhDinhPages: CorpusTable = {
  name: "binh-dinh-2024-3-trang-tong",
  shape: "unit",
  source: { url: "seed:004 (../shared/seeds/004)", title: "Kế hoạch 104-KH/ĐUK, Đảng ủy Khối các cơ quan tỉnh Bình Định: danh sách giao chỉ tiêu phát triển đảng viên năm 2024 và 2025" },
  provenance:
    "The published 55 rows over three printed pages with the header band repeated; a 'Tổng cộng' row (our column sums: 260 / 176 / 86 / 232 / 166 / 66) at the end of the last page, summing every page.",
  oddities: "Kind column (Đảng bộ / Chi bộ) beside the name under one merged 'Đơn vị' header; units with 0 quota.",
  sheets: [
    {
      name: "Danh sách",
      widths: [6, 10, 40, 10, 10, 10, 10, 10, 10],
      blocks: [
        {
          captions: ["DANH SÁCH", "GIAO CHỈ TIÊU PHÁT TRIỂN ĐẢNG VIÊN NĂM 2024 VÀ NĂM 2025", "(Kèm theo Kế hoạch số 104-KH/ĐUK)"],
          headerRows: 3,
          header: BD_HEADER,
          lines: [
            ...range(1, 16).map(bdUnit),
            "header",
            ...range(17, 36).map(bdUnit),
            "header",
            ...range(37, 55).map(bdUnit),
            { key: "total", cells: ["Tổng cộng", null, null, 260, 176, 86, 232, 166, 66], merge: [0, 2], bold: true },
          ],
          after: ["* Lưu ý: Những đơn vị không còn nguồn để phát triển đảng viên nên không giao chỉ tiêu"],
        },
      ],
    },
  ],
  realSlips: [
    {
      cells: ["u24:D", "u24:E", "u24:F", "total:D", "total:E", "total:F"],
      codes: ["PARTS_MISMATCH", "ROW_RELATION_MISMATCH"],
      why: "Unit 24 (Trường CĐ Cơ điện - Xây dựng và Nông lâm Trung bộ) 2024: total 8 but ĐVTN 10 + ĐVCĐ 0 = 10 (so the total row's 260 ≠ 176 + 86 = 262 as well).",
    },
  ],
};

// Rows 5–34 hold units 1–30, the 'Cộng' row is row 35 (2 captions, a blank row, one header row).
const vbText = (i: number): Line => {
  const r = SEED_001_UNITS[i - 1];
  return { key: `u${i}`, cells: [n(r[0]), r[1], r[2], r[3], r[4], r[5], (r[6] as number).toFixed(2).replace(".", ","), r[7]] };
};

export const vinhBaoXaText: CorpusTable = {
  name: "vinh-bao-2023-xa-sum",
  shape: "unit",
  source: { url: "seed:001 (../shared/seeds/001)", title: "Thông báo 623-TB/HU, Huyện ủy Vĩnh Bảo, 14/9/2023: kết quả kết nạp đảng viên 9 tháng đầu năm 2023" },
  provenance: "The published rows of the 30 xã and thị trấn (units 1–30) as a separate list, with a 'Cộng' row of SUM formulas (227 / 106 / 24 / 130 / 240) and the percent 130/227 = 57,27.",
  oddities: "Percents typed as text with a decimal comma ('42,86'); SUM formulas in the total row; 'Cộng' as the total label next to a commune named 'Cộng Hiền'.",
  tolerate: ["NUMBER_AS_TEXT"],
  sheets: [
    {
      name: "Xã, thị trấn",
      blocks: [
        {
          captions: ["KẾT QUẢ KẾT NẠP ĐẢNG VIÊN 9 THÁNG ĐẦU NĂM 2023", "CÁC ĐẢNG BỘ XÃ, THỊ TRẤN"],
          headerRows: 1,
          header: VB_HEADER,
          lines: [
            ...range(1, 30).map(vbText),
            {
              key: "total",
              cells: ["Cộng", null, { f: "SUM(C5:C34)", v: 227 }, { f: "SUM(D5:D34)", v: 106 }, { f: "SUM(E5:E34)", v: 24 }, { f: "SUM(F5:F34)", v: 130 }, 57.27, { f: "SUM(H5:H34)", v: 240 }],
              merge: [0, 1],
              bold: true,
              formats: { 6: "0.00" },
            },
          ],
        },
      ],
    },
  ],
  slip: {
    at: "total:C",
    typed: { f: "SUM(C5:C33)", v: 219 },
    finding: {
      cells: ["total:C", "total:G"],
      codes: ["FORMULA_RANGE_INCOMPLETE", "TOTAL_MISMATCH", "PERCENT_MISMATCH"],
      why: "The quota SUM stops at row 33 and leaves out Việt Tiến (8): 219 instead of 227 (and 130/219 = 59,36 ≠ 57,27).",
      cause: { cell: "total:C", value: 227, kind: "formula-range" },
    },
  },
};

// Cổng thông tin huyện Lục Ngạn (Bắc Giang), 6 tháng đầu năm 2018: "Thanh Hải 11/15, Đồng Cốc 8/7, Tân Sơn 6/7".
export const lucNgan2018: CorpusTable = {
  name: "luc-ngan-2018-6-thang",
  shape: "unit",
  source: { url: "https://lucngan.bacgiang.gov.vn/node/13447", title: "Phấn đấu hoàn thành kế hoạch kết nạp đảng viên mới (Huyện ủy Lục Ngạn, 2018)" },
  provenance: "Laid out from prose: the three đảng bộ named with admitted/quota; percents computed as the office types them (2 decimals); the district figure stays in the caption.",
  oddities: "A percent above 100 (8/7 = 114,29) with a 'Vượt' note; a selection of units without a total row.",
  sheets: [
    {
      name: "6 tháng 2018",
      blocks: [
        {
          captions: ["HUYỆN ỦY LỤC NGẠN", "MỘT SỐ ĐẢNG BỘ CÓ SỐ ĐẢNG VIÊN MỚI KẾT NẠP CAO SO VỚI CHỈ TIÊU (6 THÁNG ĐẦU NĂM 2018)", "(Toàn huyện kết nạp 113 đảng viên, đạt trên 38,1% kế hoạch năm)"],
          headerRows: 1,
          header: [
            { r: 0, c: 0, text: "STT" },
            { r: 0, c: 1, text: "Đảng bộ" },
            { r: 0, c: 2, text: "Chỉ tiêu năm 2018" },
            { r: 0, c: 3, text: "Đã kết nạp" },
            { r: 0, c: 4, text: "Tỷ lệ % so với chỉ tiêu" },
            { r: 0, c: 5, text: "Ghi chú" },
          ],
          formats: { 4: "0.00" },
          lines: [
            { key: "u1", cells: [1, "Đảng bộ xã Thanh Hải", 15, 11, 73.33, null] },
            { key: "u2", cells: [2, "Đảng bộ xã Đồng Cốc", 7, 8, 114.29, "Vượt chỉ tiêu"] },
            { key: "u3", cells: [3, "Đảng bộ xã Tân Sơn", 7, 6, 85.71, null] },
          ],
        },
      ],
    },
  ],
};

export const UNIT_APPENDICES: readonly CorpusTable[] = [quangNam2024, canTho2019, ninhThuan2022, vinhBaoGrouped, hungYenTotalFirst, binhDinhPages, vinhBaoXaText, lucNgan2018];
