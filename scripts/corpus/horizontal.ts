/**
 * Horizontal breakdowns: a "Tổng số" column, category columns under a merged group header, a count row and
 * a "Tỷ lệ (%)" row, or SL / % column pairs on one row.
 */
import type { CorpusTable } from "./types";

export const quangTri2024: CorpusTable = {
  name: "quang-tri-2024-quy-1",
  shape: "horizontal",
  source: { url: "https://www.vietnam.vn/en/dang-vien-tre-chiem-ti-le-den-64", title: "Đảng viên trẻ chiếm tỉ lệ đến 64% (Quảng Trị, quý I/2024; vietnam.vn, 15/04/2024)" },
  provenance:
    "Laid out from prose: 333 admitted, 122 women, 30 ethnic-minority, 262 union members, 213 aged 18–30 (published 64%); the other percents are computed as the office types them (2 decimals).",
  oddities: "SL / % column pairs under merged group headers; the category counts overlap (they are subsets, not a partition).",
  sheets: [
    {
      name: "Quý I",
      widths: [16, 12, 10, 10, 10, 10, 10, 10, 10, 10],
      blocks: [
        {
          captions: ["KẾT QUẢ KẾT NẠP ĐẢNG VIÊN QUÝ I NĂM 2024"],
          headerRows: 2,
          header: [
            { r: 0, c: 0, text: "Thời gian", rows: 2 },
            { r: 0, c: 1, text: "Tổng số đảng viên kết nạp", rows: 2 },
            { r: 0, c: 2, text: "Nữ", cols: 2 },
            { r: 0, c: 4, text: "Dân tộc thiểu số", cols: 2 },
            { r: 0, c: 6, text: "Đoàn viên", cols: 2 },
            { r: 0, c: 8, text: "Từ 18 đến 30 tuổi", cols: 2 },
            { r: 1, c: 2, text: "SL" },
            { r: 1, c: 3, text: "%" },
            { r: 1, c: 4, text: "SL" },
            { r: 1, c: 5, text: "%" },
            { r: 1, c: 6, text: "SL" },
            { r: 1, c: 7, text: "%" },
            { r: 1, c: 8, text: "SL" },
            { r: 1, c: 9, text: "%" },
          ],
          formats: { 3: "0.00", 5: "0.00", 7: "0.00", 9: "0.00" },
          lines: [{ key: "q1", cells: ["Quý I/2024", 333, 122, 36.64, 30, 9.01, 262, 78.68, 213, 63.96] }],
          after: ["So với cùng kỳ năm 2023 tăng 137 đảng viên."],
        },
      ],
    },
  ],
  slip: {
    at: "q1:G",
    typed: 362,
    finding: {
      cells: ["q1:G", "q1:H"],
      codes: ["SUBSET_EXCEEDS_WHOLE", "PERCENT_MISMATCH", "ROW_RELATION_MISMATCH"],
      why: "Union members 262 typed 362 (one digit wrong): more than the 333 admitted, and 362/333 = 108,71 ≠ 78,68.",
      cause: { cell: "q1:G", value: 262, kind: "digit" },
    },
  },
};

export const tuyenQuangBadges: CorpusTable = {
  name: "tuyen-quang-huy-hieu-2-9",
  shape: "horizontal",
  source: { url: "https://baotuyenquang.com.vn/544-dang-vien-duoc-trao-tang-va-truy-tang-huy-hieu-dang-dot-2-9!-162856.html", title: "544 đảng viên được trao tặng và truy tặng Huy hiệu Đảng đợt 2-9 (Báo Tuyên Quang)" },
  provenance:
    "Laid out from prose, every count as published (524 awarded: 2 + 4 + 1 + 42 + 120 + 44 + 311; 20 posthumous; 544 in all); the '%' row is computed on 544 as the office types it.",
  oddities: "Three header rows: Tổng số = Trao tặng (Cộng) + Truy tặng; Cộng = the age bands under 'Chia theo số năm tuổi Đảng'. Band shares add up to 96,33 against Cộng's 96,32 (rounding).",
  sheets: [
    {
      name: "Đợt 2-9",
      widths: [22, 10, 10, 9, 9, 9, 9, 9, 9, 12, 10],
      blocks: [
        {
          captions: ["TỔNG HỢP ĐẢNG VIÊN ĐƯỢC TRAO TẶNG, TRUY TẶNG HUY HIỆU ĐẢNG ĐỢT 2/9"],
          headerRows: 3,
          header: [
            { r: 0, c: 0, text: "Nội dung", rows: 3 },
            { r: 0, c: 1, text: "Tổng số", rows: 3 },
            { r: 0, c: 2, text: "Trao tặng", cols: 8 },
            { r: 0, c: 10, text: "Truy tặng", rows: 3 },
            { r: 1, c: 2, text: "Cộng", rows: 2 },
            { r: 1, c: 3, text: "Chia theo số năm tuổi Đảng", cols: 7 },
            { r: 2, c: 3, text: "75 năm" },
            { r: 2, c: 4, text: "70 năm" },
            { r: 2, c: 5, text: "65 năm" },
            { r: 2, c: 6, text: "60 năm" },
            { r: 2, c: 7, text: "55 năm" },
            { r: 2, c: 8, text: "50 năm" },
            { r: 2, c: 9, text: "45, 40 và 30 năm" },
          ],
          lines: [
            { key: "count", cells: ["Số đảng viên", 544, 524, 2, 4, 1, 42, 120, 44, 311, 20] },
            {
              key: "pct",
              cells: ["Tỷ lệ (%)", 100, 96.32, 0.37, 0.74, 0.18, 7.72, 22.06, 8.09, 57.17, 3.68],
              formats: { 1: "0.00", 2: "0.00", 3: "0.00", 4: "0.00", 5: "0.00", 6: "0.00", 7: "0.00", 8: "0.00", 9: "0.00", 10: "0.00" },
            },
          ],
        },
      ],
    },
  ],
  slip: {
    at: "count:J",
    typed: 31,
    finding: {
      cells: ["count:J", "count:C", "count:B", "pct:J"],
      codes: ["PARTS_MISMATCH", "TOTAL_MISMATCH", "ROW_RELATION_MISMATCH", "PERCENT_MISMATCH"],
      why: "The 45/40/30-year band 311 typed 31 (a digit dropped): the bands add up to 244 ≠ 524, and 31/544 = 5,70 ≠ 57,17.",
      cause: { cell: "count:J", value: 311, kind: "digit" },
    },
  },
};

export const anCuuBadges: CorpusTable = {
  name: "an-cuu-huy-hieu-2026",
  shape: "horizontal",
  source: {
    url: "https://huengaynay.vn/chinh-tri-xa-hoi/xay-dung-dang/phuong-an-cuu-trao-tang-truy-tang-huy-hieu-dang-cho-30-dang-vien-162460.html",
    title: "Phường An Cựu trao tặng, truy tặng Huy hiệu Đảng cho 30 đảng viên (Huế Ngày Nay, 30/01/2026)",
  },
  provenance: "Laid out from prose: 29 awarded (3 + 2 + 2 + 2 + 3 + 17) and 1 posthumous 30-year badge, 30 in all; the '%' row is computed on 30 (2 decimals).",
  oddities: "Shares of the leaves add up to 100,01 (10 + 6,67 × 3 + 10 + 56,67 + 3,33).",
  sheets: [
    {
      name: "Huy hiệu",
      widths: [22, 10, 10, 9, 9, 9, 9, 9, 9, 14],
      blocks: [
        {
          captions: ["ĐẢNG ỦY PHƯỜNG AN CỰU", "ĐẢNG VIÊN ĐƯỢC TRAO TẶNG, TRUY TẶNG HUY HIỆU ĐẢNG ĐỢT 3/2/2026"],
          headerRows: 2,
          header: [
            { r: 0, c: 0, text: "Nội dung", rows: 2 },
            { r: 0, c: 1, text: "Tổng số", rows: 2 },
            { r: 0, c: 2, text: "Trao tặng Huy hiệu", cols: 7 },
            { r: 0, c: 9, text: "Truy tặng Huy hiệu 30 năm", rows: 2 },
            { r: 1, c: 2, text: "Cộng" },
            { r: 1, c: 3, text: "60 năm" },
            { r: 1, c: 4, text: "55 năm" },
            { r: 1, c: 5, text: "50 năm" },
            { r: 1, c: 6, text: "45 năm" },
            { r: 1, c: 7, text: "40 năm" },
            { r: 1, c: 8, text: "30 năm" },
          ],
          lines: [
            { key: "count", cells: ["Số đảng viên", 30, 29, 3, 2, 2, 2, 3, 17, 1] },
            {
              key: "pct",
              cells: ["Tỷ lệ (%)", 100, 96.67, 10, 6.67, 6.67, 6.67, 10, 56.67, 3.33],
              formats: { 1: "0.00", 2: "0.00", 3: "0.00", 4: "0.00", 5: "0.00", 6: "0.00", 7: "0.00", 8: "0.00", 9: "0.00" },
            },
          ],
        },
      ],
    },
  ],
};

// Data row 6: two caption lines, a blank row, two header rows.
export const vinhLongBadges: CorpusTable = {
  name: "vinh-long-huy-hieu-2-9",
  shape: "horizontal",
  source: { url: "https://www.thvl.vn/thoi-su-thvl/tin-dia-phuong/tinh-uy-vinh-long-trao-huy-hieu-dang-dot-2-9/", title: "Tỉnh ủy Vĩnh Long trao Huy hiệu Đảng đợt 2-9 (THVL)" },
  provenance: "Laid out from prose: 71 badges = 5 (60 năm) + 26 (55 năm) + 40 (50 năm); the office's Tổng số is a SUM formula.",
  oddities: "Tổng số is =SUM over the category columns (a formula with its cached value).",
  sheets: [
    {
      name: "Đợt 2-9",
      widths: [40, 12, 10, 10, 10],
      blocks: [
        {
          captions: ["TỈNH ỦY VĨNH LONG", "SỐ ĐẢNG VIÊN ĐƯỢC TRAO HUY HIỆU ĐẢNG ĐỢT 2/9"],
          headerRows: 2,
          header: [
            { r: 0, c: 0, text: "Nội dung", rows: 2 },
            { r: 0, c: 1, text: "Tổng số", rows: 2 },
            { r: 0, c: 2, text: "Chia theo loại Huy hiệu", cols: 3 },
            { r: 1, c: 2, text: "60 năm" },
            { r: 1, c: 3, text: "55 năm" },
            { r: 1, c: 4, text: "50 năm" },
          ],
          lines: [{ key: "row", cells: ["Đảng viên được trao Huy hiệu Đảng", { f: "SUM(C6:E6)", v: 71 }, 5, 26, 40] }],
        },
      ],
    },
  ],
  slip: {
    at: "row:B",
    typed: { f: "SUM(D6:E6)", v: 66 },
    finding: {
      cells: ["row:B"],
      codes: ["FORMULA_RANGE_INCOMPLETE", "PARTS_MISMATCH", "TOTAL_MISMATCH", "ROW_RELATION_MISMATCH"],
      why: "Tổng số =SUM(D6:E6) leaves out the 60-year column: 66 instead of 5 + 26 + 40 = 71.",
      cause: { cell: "row:B", value: 71, kind: "formula-range" },
    },
  },
};

export const HORIZONTAL: readonly CorpusTable[] = [quangTri2024, tuyenQuangBadges, anCuuBadges, vinhLongBadges];
