/**
 * A bloc's report against its own assignment list: Đảng ủy Khối các cơ quan tỉnh Bình Định (seed 004), the
 * chi bộ cơ sở and late entries of the list (units 39–55), 2024 columns. Planted: a chi bộ that became a đảng bộ
 * reports a lowered quota in two columns, a unit with no quota is left out, abbreviated names must still pair.
 */
import type { HeaderCell, Line } from "../corpus/types";
import { SEED_004_UNITS } from "../corpus/seed-rows";
import { sum } from "./build-helpers";
import { binhDinhReference } from "./pairs-districts";
import type { ReferencePair } from "./types";

const bd = (i: number) => SEED_004_UNITS[i - 1];
const UNITS = Array.from({ length: 17 }, (_, k) => k + 39);

/** [unit, report name, the `match` values that are right]. Unit 47 (Cơ quan Tỉnh đoàn, quota 0) is left out. */
const NAMES: [number, string, readonly ("exact" | "near")[]][] = [
  [39, "Đảng bộ Bệnh viện Mắt tỉnh", ["exact", "near"]],
  [40, "Chi bộ Cục Thống kê tỉnh Bình Định", ["exact", "near"]],
  [41, "Chi cục Kiểm dịch thực vật vùng IV", ["exact", "near"]],
  [42, "Đoàn Luật sư tỉnh Bình Định", ["exact"]],
  [43, "Hội Liên hiệp Phụ nữ tỉnh", ["exact", "near"]],
  [44, "Hội Nông dân tỉnh Bình Định", ["exact"]],
  [45, "Hội Chữ thập đỏ tỉnh", ["exact", "near"]],
  [46, "Sở Thông tin và Truyền thông", ["exact", "near"]],
  [48, "Ban Quản lý dự án giao thông tỉnh Bình Định", ["exact"]],
  [49, "Ủy ban MTTQ Việt Nam tỉnh Bình Định", ["near"]],
  [50, "Sở Ngoại vụ tỉnh Bình Định", ["exact"]],
  [51, "Ban Giải phóng mặt bằng tỉnh Bình Định", ["exact"]],
  [52, "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Bình Định", ["exact"]],
  [53, "Sở Du lịch", ["exact", "near"]],
  [54, "Quỹ Đầu tư phát triển tỉnh Bình Định", ["exact", "near"]],
  [55, "Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh", ["near"]],
];
const MISSING = 47;
/** Bệnh viện Mắt: assigned 5 = 3 ĐVTN + 2 ĐVCĐ, reports 4 = 2 + 2. */
const LOWERED = { unit: 39, total: 4, dvtn: 2 };

const rows = NAMES.map(([i, name]) => {
  const lowered = i === LOWERED.unit;
  const total = lowered ? LOWERED.total : (bd(i)[3] as number);
  const dvtn = lowered ? LOWERED.dvtn : (bd(i)[4] as number);
  const dvcd = bd(i)[5] as number;
  // Illustrative results (not published): the quota met at even units, one short at odd ones.
  const admitted = i % 2 === 0 ? total : Math.max(0, total - 1);
  return { i, name, total, dvtn, dvcd, admitted };
});
const col = (pick: (r: (typeof rows)[number]) => number) => sum(rows.map(pick));

const REPORT_HEADER: HeaderCell[] = [
  { r: 0, c: 0, text: "STT", rows: 2 },
  { r: 0, c: 1, text: "Tổ chức đảng", rows: 2 },
  { r: 0, c: 2, text: "Chỉ tiêu năm 2024", cols: 3 },
  { r: 1, c: 2, text: "Tổng số" },
  { r: 1, c: 3, text: "ĐVTN" },
  { r: 1, c: 4, text: "ĐVCĐ" },
  { r: 0, c: 5, text: "Đã kết nạp", rows: 2 },
];

export const binhDinhBloc: ReferencePair = {
  name: "binh-dinh-duk-2024-chi-bo-len-dang-bo",
  sources: [{ url: "seed:004 (../shared/seeds/004)", title: "Kế hoạch 104-KH/ĐUK, Đảng ủy Khối các cơ quan tỉnh Bình Định: danh sách giao chỉ tiêu phát triển đảng viên năm 2024 và 2025" }],
  provenance:
    "Reference: the published list's units 39–55 (mostly chi bộ cơ sở; kind and name in two columns under \"Đơn vị\", 2024 and 2025 under three header rows) with a Tổng cộng row = their sums. Report: the bloc's 2024 report derived from it (the 2024 quota with its ĐVTN / ĐVCĐ split copied per unit; admitted illustrative, not published).",
  variations:
    "Planted: Bệnh viện Mắt, now written \"Đảng bộ Bệnh viện Mắt tỉnh\" (a chi bộ become đảng bộ), reports 4 = 2 + 2 against its 5 = 3 + 2 (REFERENCE_MISMATCH in two columns); Cơ quan Tỉnh đoàn (quota 0) left out (UNIT_MISSING). Abbreviated names that must still pair: \"Ủy ban MTTQ Việt Nam tỉnh Bình Định\", \"Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh\". Sub-headers \"ĐVTN\" / \"ĐVCĐ\" against the reference's words (--compare, the last by column letters F = E).",
  report: {
    name: "binh-dinh-2024-bao-cao",
    shape: "unit",
    source: { url: "seed:004", title: "derived report" },
    provenance: "seed 004 2024 columns",
    sheets: [
      {
        name: "Báo cáo 2024",
        widths: [6, 44, 10, 10, 10, 12],
        blocks: [
          {
            captions: ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN NĂM 2024 (khối chi bộ cơ sở)"],
            headerRows: 2,
            header: REPORT_HEADER,
            lines: [
              ...rows.map((r, k): Line => ({ key: `u${r.i}`, cells: [k + 1, r.name, r.total, r.dvtn, r.dvcd, r.admitted] })),
              { key: "total", cells: ["Cộng", null, col((r) => r.total), col((r) => r.dvtn), col((r) => r.dvcd), col((r) => r.admitted)], merge: [0, 1], bold: true },
            ],
          },
        ],
      },
    ],
  },
  reportSheet: "Báo cáo 2024",
  reference: binhDinhReference("binh-dinh-2024-giao", UNITS, "trích: các đơn vị 39–55"),
  referenceSheet: "Danh sách",
  referenceLabelCol: "C",
  nameReferenceSheet: true,
  compare: [
    { reference: "Năm 2024/Tổng cộng", report: "Chỉ tiêu năm 2024/Tổng số" },
    { reference: "Năm 2024/Đoàn viên thanh niên", report: "Chỉ tiêu năm 2024/ĐVTN" },
    { reference: "F", report: "E" },
  ],
  columns: [
    { reference: "D", report: "C" },
    { reference: "E", report: "D" },
    { reference: "F", report: "E" },
  ],
  pairings: NAMES.map(([i, , match]) => ({ report: `u${i}`, reference: `u${i}`, match })),
  findings: [
    {
      code: "REFERENCE_MISMATCH",
      at: { side: "report", cell: "u39:C" },
      expected: 5,
      actual: 4,
      source: { side: "reference", cell: "u39:D" },
      why: "Bệnh viện Mắt was assigned 5 for 2024 (seed 004, unit 39); the report states 4.",
    },
    {
      code: "REFERENCE_MISMATCH",
      at: { side: "report", cell: "u39:D" },
      expected: 3,
      actual: 2,
      source: { side: "reference", cell: "u39:E" },
      why: "Of which ĐVTN: 3 assigned, 2 reported (the ĐVCĐ 2 is unchanged, so 4 = 2 + 2 still adds up).",
    },
    { code: "UNIT_MISSING", at: { side: "reference", cell: `u${MISSING}:C` }, why: "Cơ quan Tỉnh đoàn Bình Định (quota 0 in 2024) has no line in the report." },
  ],
  tolerated: [
    { code: "REFERENCE_MISMATCH", at: { side: "report", cell: "total:C" }, why: "The report's Cộng is 1 below the reference's: the planted Bệnh viện Mắt difference." },
    { code: "REFERENCE_MISMATCH", at: { side: "report", cell: "total:D" }, why: "The same, in ĐVTN." },
  ],
};
