/**
 * Reference pairs at city, district and bloc level: Cần Thơ (published results against a plan, the plan typed
 * without diacritics), Vĩnh Bảo (seed 001: a lowered quota, a missing commune, renamed units), Bình Định ĐUK
 * (seed 004: three columns compared through two header levels and a column letter). Sources in each spec.
 */
import type { CorpusTable, HeaderCell, Line } from "../corpus/types";
import { SEED_001_UNITS, SEED_004_UNITS } from "../corpus/seed-rows";
import { flatHeader, pct, sum } from "./build-helpers";
import type { ReferencePair } from "./types";

const near = ["exact", "near"] as const;

// ---------------------------------------------------------------------------------------------------------
// Cần Thơ 2019: 8 đảng bộ over their plan (Ban Tuyên giáo Thành ủy Cần Thơ, 05/11/2019).

/** [report name, reference name (no diacritics), key, plan (derived), admitted, % (published, whole)]. */
const CT: [string, string, string, number, number, number][] = [
  ["Huyện Thới Lai", "Dang bo huyen Thoi Lai", "c1", 150, 241, 160],
  ["Khối Cơ quan Dân Chính Đảng TP", "Dang bo Khoi Co quan Dan Chinh Dang thanh pho", "c2", 250, 333, 133],
  ["Quận Thốt Nốt", "Dang bo quan Thot Not", "c3", 100, 126, 126],
  ["Khối Doanh nghiệp TP", "Dang bo Khoi Doanh nghiep thanh pho", "c4", 120, 147, 122],
  ["Quân sự TP", "Dang bo Quan su thanh pho", "c5", 15, 17, 113],
  ["Huyện Phong Điền", "Dang bo huyen Phong Dien", "c6", 200, 208, 104],
  ["Quận Ninh Kiều", "Dang bo quan Ninh Kieu", "c7", 120, 123, 102],
  ["Quận Ô Môn", "Dang bo quan O Mon", "c8", 160, 162, 101],
];
const CT_REF_ORDER = ["c7", "c8", "c3", "c6", "c1", "c2", "c4", "c5"];

export const canThoPlan: ReferencePair = {
  name: "can-tho-2019-ke-hoach-khong-dau",
  sources: [
    {
      url: "http://bantuyengiao.cantho.gov.vn/article/8-dang-bo-truc-thuoc-thanh-uy-ket-nap-dang-vien-vuot-ke-hoach/16337.htm",
      title: "8 đảng bộ trực thuộc Thành ủy kết nạp đảng viên vượt kế hoạch (Ban Tuyên giáo Thành ủy Cần Thơ, 05/11/2019)",
    },
  ],
  provenance:
    "Report: the published admitted and whole-number % of plan (truncated as published). Reference: the plan per đảng bộ derived from them as in the corpus case can-tho-2019-vuot-ke-hoach (the unique plan giving the published % for Thới Lai, Thốt Nốt, Quân sự, Phong Điền, Ô Môn; the round one where two fit), typed as an old file converted without diacritics.",
  variations:
    "Clean. Every reference name without diacritics and with \"Dang bo\"; report names with Huyện / Quận / TP; headers \"Chỉ tiêu giao năm 2019\" vs \"Kế hoạch năm 2019\" (--compare); the reference in district order, the report in order of %.",
  report: {
    name: "can-tho-2019-bao-cao",
    shape: "unit",
    source: { url: "see the pair", title: "Ban Tuyên giáo Cần Thơ" },
    provenance: "published results",
    sheets: [
      {
        name: "KQ 2019",
        blocks: [
          {
            captions: ["CÁC ĐẢNG BỘ KẾT NẠP ĐẢNG VIÊN VƯỢT KẾ HOẠCH NĂM 2019", "(Tính đến ngày 31/10/2019)"],
            headerRows: 1,
            header: flatHeader("STT", "Đảng bộ", "Kế hoạch năm 2019", "Đã kết nạp", "% kế hoạch"),
            formats: { 4: "0" },
            lines: CT.map(([name, , key, plan, admitted, percent], i): Line => ({ key, cells: [i + 1, name, plan, admitted, percent] })),
          },
        ],
      },
    ],
  },
  reportSheet: "KQ 2019",
  reference: {
    name: "can-tho-2019-giao",
    shape: "unit",
    source: { url: "see the pair", title: "derived plan" },
    provenance: "derived plan",
    sheets: [
      {
        name: "KH 2019",
        blocks: [
          {
            captions: ["KE HOACH KET NAP DANG VIEN NAM 2019"],
            headerRows: 1,
            header: flatHeader("STT", "Don vi", "Chỉ tiêu giao năm 2019"),
            lines: CT_REF_ORDER.map((key, i): Line => {
              const r = CT.find((x) => x[2] === key)!;
              return { key, cells: [i + 1, r[1], r[3]] };
            }),
          },
        ],
      },
    ],
  },
  referenceSheet: "KH 2019",
  nameReferenceSheet: false,
  compare: [{ reference: "Chỉ tiêu giao năm 2019", report: "Kế hoạch năm 2019" }],
  columns: [{ reference: "C", report: "C" }],
  pairings: CT.map(([, , key]) => ({ report: key, reference: key, match: near })),
  findings: [],
};

/** The published whole-number percents, for the Jest check that the derived plan reproduces them (truncated). */
export const CAN_THO_PUBLISHED = CT.map(([, , key, plan, admitted, published]) => ({ key, plan, admitted, published }));

// ---------------------------------------------------------------------------------------------------------
// Vĩnh Bảo 2023: seed 001 (Thông báo 623-TB/HU, 14/9/2023), units 1–37 (thị trấn, 29 xã, 7 đảng bộ cơ quan).

const vb = (i: number) => SEED_001_UNITS[i - 1];
/** How the clerk writes the names: "Đảng bộ" dropped, "Xã", old tone marks (Hoà, Thuỷ). */
function vbShort(i: number): string {
  if (i === 1) return "TT Vĩnh Bảo";
  if (i === 31) return "Bệnh viện Đa khoa huyện Vĩnh Bảo";
  if (i === 37) return "Công an huyện Vĩnh Bảo";
  return (vb(i)[1] as string).replace(/^Đảng bộ xã /, "Xã ").replace(/^Đảng bộ /, "").replace(/Hòa/g, "Hoà").replace(/Thủy/g, "Thuỷ");
}
const VB_UNITS = Array.from({ length: 37 }, (_, k) => k + 1);
/** Planted: Cao Minh (5) reports against 7 instead of 9 (its 7 admitted + pending then read 100 %); Tiên Phong (19, nothing admitted) left out. */
const VB_LOWERED = { unit: 5, typed: 7 };
const VB_MISSING = 19;
const VB_REPORT = VB_UNITS.filter((i) => i !== VB_MISSING).map((i) => {
  const quota = i === VB_LOWERED.unit ? VB_LOWERED.typed : (vb(i)[2] as number);
  const [admitted, pending] = [vb(i)[3] as number, vb(i)[4] as number];
  return { i, quota, admitted, pending, total: admitted + pending };
});
const vbSums = (pick: (r: (typeof VB_REPORT)[number]) => number) => sum(VB_REPORT.map(pick));

export const vinhBaoLowered: ReferencePair = {
  name: "vinh-bao-2023-ha-chi-tieu",
  sources: [{ url: "seed:001 (../shared/seeds/001)", title: "Thông báo 623-TB/HU, Huyện ủy Vĩnh Bảo, 14/9/2023: kết quả kết nạp đảng viên theo chỉ tiêu" }],
  provenance:
    "Report: seed 001's quota / admitted / pending of units 1–37 (total = admitted + pending, % = total / quota). Reference: the quotas alone, as the Huyện ủy's assignment sheet would hold them (derived from the seed's quota column, with a \"Cộng\" row = their sum).",
  variations:
    "Planted: Cao Minh's quota lowered 9 → 7 (REFERENCE_MISMATCH), Tiên Phong missing (UNIT_MISSING). Renamed units that must still pair: \"Đảng bộ thị trấn Vĩnh Bảo\" → \"TT Vĩnh Bảo\", \"Đảng bộ Bệnh viện ĐK Vĩnh Bảo\" → \"Bệnh viện Đa khoa huyện Vĩnh Bảo\", \"Đảng bộ Công An huyện\" → \"Công an huyện Vĩnh Bảo\"; old tone marks (An Hoà, Thắng Thuỷ); Cộng Hiền is a commune; headers \"Chỉ tiêu kết nạp năm 2023\" vs \"Chỉ tiêu\" (--compare).",
  report: {
    name: "vinh-bao-2023-bao-cao",
    shape: "unit",
    source: { url: "seed:001", title: "TB 623-TB/HU" },
    provenance: "seed 001",
    sheets: [
      {
        name: "Kết quả",
        blocks: [
          {
            captions: ["KẾT QUẢ KẾT NẠP ĐẢNG VIÊN ĐẾN NGÀY 31/8/2023"],
            headerRows: 1,
            header: flatHeader("STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp", "Đang trình", "Tổng số", "Tỷ lệ %"),
            lines: [
              ...VB_REPORT.map((r, k): Line => ({ key: `u${r.i}`, cells: [k + 1, vbShort(r.i), r.quota, r.admitted, r.pending, r.total, pct(r.total, r.quota)] })),
              {
                key: "total",
                cells: ["Cộng", null, vbSums((r) => r.quota), vbSums((r) => r.admitted), vbSums((r) => r.pending), vbSums((r) => r.total), pct(vbSums((r) => r.total), vbSums((r) => r.quota))],
                merge: [0, 1],
                bold: true,
              },
            ],
          },
        ],
      },
    ],
  },
  reportSheet: "Kết quả",
  reference: {
    name: "vinh-bao-2023-giao",
    shape: "unit",
    source: { url: "seed:001", title: "derived assignment" },
    provenance: "seed 001 quota column",
    sheets: [
      {
        name: "Giao chỉ tiêu 2023",
        blocks: [
          {
            captions: ["HUYỆN ỦY VĨNH BẢO", "GIAO CHỈ TIÊU KẾT NẠP ĐẢNG VIÊN NĂM 2023"],
            headerRows: 1,
            header: flatHeader("STT", "Tổ chức cơ sở đảng", "Chỉ tiêu kết nạp năm 2023"),
            lines: [
              ...VB_UNITS.map((i): Line => ({ key: `u${i}`, cells: [i, vb(i)[1], vb(i)[2]] })),
              { key: "total", cells: ["Cộng", null, sum(VB_UNITS.map((i) => vb(i)[2] as number))], merge: [0, 1], bold: true },
            ],
          },
        ],
      },
    ],
  },
  referenceSheet: "Giao chỉ tiêu 2023",
  nameReferenceSheet: false,
  compare: [{ reference: "Chỉ tiêu kết nạp năm 2023", report: "Chỉ tiêu" }],
  columns: [{ reference: "C", report: "C" }],
  pairings: VB_REPORT.map((r) => ({ report: `u${r.i}`, reference: `u${r.i}`, match: [1, 31, 37].includes(r.i) ? (["near"] as const) : near })),
  findings: [
    {
      code: "REFERENCE_MISMATCH",
      at: { side: "report", cell: "u5:C" },
      expected: 9,
      actual: 7,
      source: { side: "reference", cell: "u5:C" },
      why: "Cao Minh was assigned 9; the report states 7, so 6 admitted + 1 pending reads 100 % instead of 77,78 %.",
    },
    { code: "UNIT_MISSING", at: { side: "reference", cell: "u19:B" }, why: "Tiên Phong (quota 7, nothing admitted) has no line in the report." },
  ],
  tolerated: [
    {
      code: "REFERENCE_MISMATCH",
      at: { side: "report", cell: "total:C" },
      why: "The report's Cộng (sum without Tiên Phong, with Cao Minh at 7) differs from the reference's Cộng by 7 + 2 = 9: a consequence of the two planted differences, reportable or not.",
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Bình Định, Đảng ủy Khối các cơ quan tỉnh: seed 004 (Kế hoạch 104-KH/ĐUK), units 1–12, the 2025 columns.

export const BD_REF_HEADER: HeaderCell[] = [
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
const BD_REPORT_HEADER: HeaderCell[] = [
  { r: 0, c: 0, text: "STT", rows: 2 },
  { r: 0, c: 1, text: "Tên tổ chức đảng", rows: 2 },
  { r: 0, c: 2, text: "Đăng ký kết nạp năm 2025", cols: 3 },
  { r: 1, c: 2, text: "Tổng số" },
  { r: 1, c: 3, text: "Đoàn viên thanh niên" },
  { r: 1, c: 4, text: "Đoàn viên công đoàn" },
];
/** The report's names for units 1–12, in the report's order. */
const BD_REPORT: [number, string][] = [
  [12, "Sở Giao thông Vận tải"], [11, "Kho bạc Nhà nước  tỉnh Bình Định"], [10, "Phân viện Điều tra Quy hoạch rừng Nam Trung Bộ và Tây Nguyên"],
  [9, "Liên đoàn Lao động tỉnh Bình Định"], [8, "NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH TỈNH BÌNH ĐỊNH"], [7, "Đài Phát thanh - Truyền hình Bình Định"],
  [6, "Cuc Du tru Nha nuoc Khu vuc Nghia Binh"], [5, "Cục Hải quan tỉnh Bình Định"], [4, "Cục Thuế Bình Định"],
  [3, "Bệnh viện Y học cổ truyền và Phục hồi chức năng tỉnh Bình Định"], [2, "Bệnh viện Phong - Da liễu Trung ương Quy Hoà"], [1, "Đảng bộ Bệnh viện Đa khoa tỉnh Bình Định"],
];
const bd = (i: number) => SEED_004_UNITS[i - 1];
const BD_UNITS = Array.from({ length: 12 }, (_, k) => k + 1);
const bdCol = (c: number) => sum(BD_UNITS.map((i) => bd(i)[c] as number));

/** Kế hoạch 104's assignment list (seed 004) for the chosen units, with its total row: the reference of the Bình Định pairs. */
export function binhDinhReference(name: string, units: readonly number[], extract: string): CorpusTable {
  const col = (c: number) => sum(units.map((i) => bd(i)[c] as number));
  return {
    name,
    shape: "unit",
    source: { url: "seed:004", title: "KH 104-KH/ĐUK" },
    provenance: "seed 004",
    sheets: [
      {
        name: "Danh sách",
        widths: [6, 10, 40, 10, 10, 10, 10, 10, 10],
        blocks: [
          {
            captions: ["DANH SÁCH GIAO CHỈ TIÊU PHÁT TRIỂN ĐẢNG VIÊN NĂM 2024 VÀ NĂM 2025", `(Kèm theo Kế hoạch số 104-KH/ĐUK, ${extract})`],
            headerRows: 3,
            header: BD_REF_HEADER,
            lines: [
              ...units.map((i): Line => ({ key: `u${i}`, cells: [i, ...bd(i).slice(1)] })),
              { key: "total", cells: ["Tổng cộng", null, null, col(3), col(4), col(5), col(6), col(7), col(8)], merge: [0, 2], bold: true },
            ],
          },
        ],
      },
    ],
  };
}

export const binhDinhLevels: ReferencePair = {
  name: "binh-dinh-duk-2025-hai-tang-tieu-de",
  sources: [{ url: "seed:004 (../shared/seeds/004)", title: "Kế hoạch 104-KH/ĐUK, Đảng ủy Khối các cơ quan tỉnh Bình Định: danh sách giao chỉ tiêu phát triển đảng viên năm 2024 và 2025" }],
  provenance:
    "Reference: the published list (units 1–12 of 55, kind and name under one merged \"Đơn vị\", 2024 and 2025 under three header rows) with a Tổng cộng row = their sums. Report: the units' 2025 registration sheet derived from it (the 2025 figures copied per unit, in the office's own two-row header).",
  variations:
    "Clean. Three columns compared: two through header levels (\"Năm 2025/Tổng cộng\", \"Năm 2025/Đoàn viên thanh niên\" — the reference has the same sub-header under 2024 too) and one by column letter (I = E). Units in reverse order; names: \"Đảng bộ\" prefix, capitals, no diacritics, two spaces, \"tỉnh\" dropped, Quy Hoà, \"Đài PT và TH\" written \"Phát thanh - Truyền hình\".",
  report: {
    name: "binh-dinh-2025-dang-ky",
    shape: "unit",
    source: { url: "seed:004", title: "derived registration" },
    provenance: "seed 004 2025 columns",
    sheets: [
      {
        name: "Đăng ký 2025",
        widths: [6, 44, 12, 12, 12],
        blocks: [
          {
            captions: ["ĐĂNG KÝ CHỈ TIÊU KẾT NẠP ĐẢNG VIÊN NĂM 2025"],
            headerRows: 2,
            header: BD_REPORT_HEADER,
            lines: [
              ...BD_REPORT.map(([i, name], k): Line => ({ key: `u${i}`, cells: [k + 1, name, bd(i)[6], bd(i)[7], bd(i)[8]] })),
              { key: "total", cells: ["Cộng", null, bdCol(6), bdCol(7), bdCol(8)], merge: [0, 1], bold: true },
            ],
          },
        ],
      },
    ],
  },
  reportSheet: "Đăng ký 2025",
  reference: binhDinhReference("binh-dinh-2025-giao", BD_UNITS, "trích"),
  referenceSheet: "Danh sách",
  referenceLabelCol: "C",
  nameReferenceSheet: false,
  compare: [
    { reference: "Năm 2025/Tổng cộng", report: "Đăng ký kết nạp năm 2025/Tổng số" },
    { reference: "Năm 2025/Đoàn viên thanh niên", report: "Đăng ký kết nạp năm 2025/Đoàn viên thanh niên" },
    { reference: "I", report: "E" },
  ],
  columns: [
    { reference: "G", report: "C" },
    { reference: "H", report: "D" },
    { reference: "I", report: "E" },
  ],
  pairings: BD_REPORT.map(([i, name]) => ({ report: `u${i}`, reference: `u${i}`, match: name === bd(i)[2] ? (["exact"] as const) : near })),
  findings: [],
};
