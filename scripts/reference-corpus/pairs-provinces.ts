/**
 * Reference pairs at province level: Hưng Yên (seed 000, the reference on another sheet of the report's
 * workbook), Quảng Nam (published quotas, a results report with a lowered quota and a missing unit), Ninh
 * Thuận (published results, a reference derived from them, a unit not in the reference). Sources in each spec.
 */
import type { Line } from "../corpus/types";
import { hungYenTotalFirst } from "../corpus/unit-appendices";
import { SEED_000_UNITS } from "../corpus/seed-rows";
import { flatHeader, pct, sum } from "./build-helpers";
import type { ExpectedPairing, ReferencePair } from "./types";

const near = ["exact", "near"] as const;
const same = ["exact"] as const;

/** A results line: key, STT, name, quota, admitted, percent of the quota. */
function resultLine(key: string, stt: number, name: string, quota: number, admitted: number): Line {
  return { key, cells: [stt, name, quota, admitted, pct(admitted, quota)] };
}
function totalLine(quotas: number[], admitted: number[], label = "Tổng cộng"): Line {
  const q = sum(quotas);
  const a = sum(admitted);
  return { key: "total", cells: [label, null, q, a, pct(a, q)], merge: [0, 1], bold: true };
}

// ---------------------------------------------------------------------------------------------------------
// Hưng Yên: seed 000 (Kết luận 733-KL/TU, 16/02/2024), the new quota per đảng bộ. The office keeps the
// assignment appendix on sheet "Phụ lục" and writes its 6-month results on a second sheet of the same file.

/** Report order and names as a clerk retypes them; [ref key, name, 6-month admitted (illustrative)]. */
const HY_REPORT: [string, string, number][] = [
  ["u1", "Đảng bộ thành phố Hưng Yên", 160], ["u4", "Huyện Ân Thi", 131], ["u5", "Khoai Chau", 170], ["u3", "Kim  Động", 152],
  ["u2", "TX Mỹ Hào", 98], ["u7", "PHÙ CỪ", 85], ["u9", "H. Tiên Lữ", 120], ["u6", "Văn Giang", 90], ["u10", "Văn Lâm", 96],
  ["u8", "Yên Mỹ", 118], ["u11", "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh", 71], ["u12", "Đảng bộ Công an tỉnh", 14], ["u13", "Đảng bộ Quân sự tỉnh", 6],
];
const hyQuota = (key: string) => SEED_000_UNITS[Number(key.slice(1)) - 1][4] as number;
const hyName = (key: string) => SEED_000_UNITS[Number(key.slice(1)) - 1][1] as string;

export const hungYenTwoSheets: ReferencePair = {
  name: "hung-yen-2024-hai-sheet",
  sources: [{ url: "seed:000 (../shared/seeds/000)", title: "Kết luận 733-KL/TU, Ban Thường vụ Tỉnh ủy Hưng Yên, 16/02/2024: phụ lục giao chỉ tiêu năm 2024" }],
  provenance:
    "Reference: the published appendix (members, old and new quota of 13 đảng bộ, total first) on sheet \"Phụ lục\". Report: a 6-month results sheet of the same workbook, derived the way the office fills it — the new quota copied per unit, admitted figures illustrative (not published; they enter no expectation), percent = admitted / quota rounded to 2 decimals.",
  variations:
    "Clean. Report header \"Chỉ tiêu năm 2024\" vs the reference's \"Chỉ tiêu mới\" (needs --compare); units in another order; names: TP Hưng Yên / Đảng bộ thành phố Hưng Yên, TX Mỹ Hào, H. Tiên Lữ, Huyện Ân Thi, \"Khoai Chau\" without diacritics, \"Kim  Động\" with two spaces, \"PHÙ CỪ\" in capitals, ĐUK CQ-DN / Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh, Công an tỉnh / Đảng bộ Công an tỉnh.",
  report: {
    name: "hung-yen-2024-hai-sheet",
    shape: "unit",
    source: hungYenTotalFirst.source,
    provenance: "seed 000 appendix and a derived results sheet",
    sheets: [
      hungYenTotalFirst.sheets[0],
      {
        name: "Kết quả 6 tháng",
        blocks: [
          {
            captions: ["BÁO CÁO KẾT QUẢ KẾT NẠP ĐẢNG VIÊN 6 THÁNG ĐẦU NĂM 2024", "(Các đảng bộ trực thuộc Tỉnh ủy)"],
            headerRows: 1,
            header: flatHeader("STT", "Đơn vị", "Chỉ tiêu năm 2024", "Đã kết nạp", "Tỷ lệ (%)"),
            lines: [
              ...HY_REPORT.map(([key, name, admitted], i) => resultLine(key, i + 1, name, hyQuota(key), admitted)),
              totalLine(HY_REPORT.map(([k]) => hyQuota(k)), HY_REPORT.map(([, , a]) => a)),
            ],
          },
        ],
      },
    ],
  },
  reportSheet: "Kết quả 6 tháng",
  reference: null,
  referenceSheet: "Phụ lục",
  nameReferenceSheet: true,
  compare: [{ reference: "Chỉ tiêu mới", report: "Chỉ tiêu năm 2024" }],
  columns: [{ reference: "E", report: "C" }],
  pairings: HY_REPORT.map(([key, name]): ExpectedPairing => ({ report: key, reference: key, match: name === hyName(key) ? same : near })),
  findings: [],
};

// ---------------------------------------------------------------------------------------------------------
// Quảng Nam: the published quotas of 22 units (Báo Quảng Nam, 12/2023).

const QN: [string, string, string, number][] = [
  ["TP Tam Kỳ", "Đảng bộ thành phố Tam Kỳ", "q1", 150], ["TP. Hội An", "Đảng bộ thành phố Hội An", "q2", 110], ["TX Điện Bàn", "Đảng bộ thị xã Điện Bàn", "q3", 150],
  ["Đại Lộc", "Đảng bộ huyện Đại Lộc", "q4", 125], ["Duy Xuyên", "Đảng bộ huyện Duy Xuyên", "q5", 90], ["Thăng Bình", "Đảng bộ huyện Thăng Bình", "q6", 115],
  ["Núi Thành", "Đảng bộ huyện Núi Thành", "q7", 115], ["Phú Ninh", "Đảng bộ huyện Phú Ninh", "q8", 87], ["Quế Sơn", "Đảng bộ huyện Quế Sơn", "q9", 87],
  ["Nông Sơn", "Đảng bộ huyện Nông Sơn", "q10", 30], ["Hiệp Đức", "Đảng bộ huyện Hiệp Đức", "q11", 48], ["Tiên Phước", "Đảng bộ huyện Tiên Phước", "q12", 77],
  ["Phước Sơn", "Đảng bộ huyện Phước Sơn", "q13", 80], ["Bắc Trà My", "Đảng bộ huyện Bắc Trà My", "q14", 95], ["Nam Trà My", "Đảng bộ huyện Nam Trà My", "q15", 95],
  ["Nam Giang", "Đảng bộ huyện Nam Giang", "q16", 110], ["Đông Giang", "Đảng bộ huyện Đông Giang", "q17", 95], ["Tây Giang", "Đảng bộ huyện Tây Giang", "q18", 80],
  ["Công an tỉnh", "Đảng bộ Công an tỉnh", "q19", 12], ["Quân sự tỉnh", "Đảng bộ Quân sự tỉnh", "q20", 29], ["Biên phòng tỉnh", "Đảng bộ Bộ đội Biên phòng tỉnh", "q21", 15],
  ["ĐUK các cơ quan tỉnh", "Đảng bộ Khối các cơ quan tỉnh", "q22", 155],
];
/** Planted: Đại Lộc reports against 115 instead of its 125; Tây Giang's line is left out of the report. */
const QN_LOWERED = { key: "q4", typed: 115 };
const QN_MISSING = "q18";
const qnReportRows = QN.filter(([, , k]) => k !== QN_MISSING).map(([short, , key, quota], i) => {
  const typed = key === QN_LOWERED.key ? QN_LOWERED.typed : quota;
  // Illustrative year results (not published): within ±12 % of the quota; Đại Lộc 118 over its lowered 115.
  const admitted = key === QN_LOWERED.key ? 118 : Math.round(quota * [1.05, 0.96, 1.12, 0.9, 1.0][i % 5]);
  return { short, key, typed, admitted };
});
const QN_HEADER = "Chỉ tiêu phát triển đảng viên mới năm 2024";

export const quangNamReport: ReferencePair = {
  name: "quang-nam-2024-bao-cao-nam",
  sources: [
    {
      url: "https://baoquangnam.vn/xay-dung-dang/nam-2024-giao-chi-tieu-toan-dang-bo-tinh-phat-trien-1905-dang-vien-moi-153731.html",
      title: "Năm 2024, giao chỉ tiêu toàn Đảng bộ tỉnh phát triển 1.905 đảng viên mới (Báo Quảng Nam, 12/2023)",
    },
  ],
  provenance:
    "Reference: the article's 22 quotas laid out as the Tỉnh ủy's appendix with the units' full names (no total row: the published 1.905 is not the list's sum 1.950, see the corpus case quang-nam-2024-giao-chi-tieu). Report: the year's results table derived from it (quota copied per unit; admitted illustrative, not published; percent = admitted / quota).",
  variations:
    "Planted: Đại Lộc reports against 115 instead of 125 (REFERENCE_MISMATCH); Tây Giang is missing (UNIT_MISSING). Same quota header on both sides (no --compare), the reference sheet named on the command line; names short in the report (TP Tam Kỳ, TP. Hội An, TX Điện Bàn, Đại Lộc, Biên phòng tỉnh, ĐUK các cơ quan tỉnh) and full in the reference.",
  report: {
    name: "quang-nam-2024-bao-cao-nam",
    shape: "unit",
    source: { url: "derived", title: "see the pair's sources" },
    provenance: "derived results report",
    sheets: [
      {
        name: "Kết quả năm 2024",
        blocks: [
          {
            captions: ["BAN TỔ CHỨC TỈNH ỦY QUẢNG NAM", "KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN MỚI NĂM 2024"],
            headerRows: 1,
            header: flatHeader("STT", "Đơn vị", QN_HEADER, "Đã kết nạp", "Tỷ lệ %"),
            lines: [
              ...qnReportRows.map((r, i) => resultLine(r.key, i + 1, r.short, r.typed, r.admitted)),
              totalLine(qnReportRows.map((r) => r.typed), qnReportRows.map((r) => r.admitted), "Toàn tỉnh"),
            ],
          },
        ],
      },
    ],
  },
  reportSheet: "Kết quả năm 2024",
  reference: {
    name: "quang-nam-2024-giao",
    shape: "unit",
    source: { url: "see the pair", title: "Báo Quảng Nam 12/2023" },
    provenance: "the published quotas",
    sheets: [
      {
        name: "Phụ lục",
        blocks: [
          {
            captions: ["TỈNH ỦY QUẢNG NAM", "PHỤ LỤC GIAO CHỈ TIÊU PHÁT TRIỂN ĐẢNG VIÊN MỚI NĂM 2024"],
            headerRows: 1,
            header: flatHeader("STT", "Đảng bộ", QN_HEADER),
            lines: QN.map(([, full, key, quota], i): Line => ({ key, cells: [i + 1, full, quota] })),
          },
        ],
      },
    ],
  },
  referenceSheet: "Phụ lục",
  nameReferenceSheet: true,
  compare: [],
  columns: [{ reference: "C", report: "C" }],
  pairings: qnReportRows.map((r) => ({ report: r.key, reference: r.key, match: near })),
  findings: [
    {
      code: "REFERENCE_MISMATCH",
      at: { side: "report", cell: "q4:C" },
      expected: 125,
      actual: 115,
      source: { side: "reference", cell: "q4:C" },
      why: "Đại Lộc was assigned 125 (published), the report states 115: lowered by 10 so that 118 admitted reads as met.",
    },
    { code: "UNIT_MISSING", at: { side: "reference", cell: "q18:B" }, why: "Tây Giang (quota 80) has no line in the report." },
  ],
};

// The same published quotas, reported at 6 months in two groups with sub-totals, under another header. Clean.

/** The article's own short names for the four đảng bộ trực thuộc (“Công an 12; Quân sự 29; Biên phòng 15 …”). */
const QN_GROUPED_NAMES: Record<string, string> = {
  q1: "Thành phố Tam Kỳ", q2: "Thành phố Hội An", q3: "Thị xã Điện Bàn", q19: "Công an", q20: "Quân sự", q21: "Biên phòng", q22: "Đảng bộ Khối các cơ quan tỉnh",
};
const qnGroupedName = (full: string, key: string) => QN_GROUPED_NAMES[key] ?? full.replace(/^Đảng bộ huyện /, "Huyện ");
// Illustrative 6-month results (not published): 38–60 % of the quota.
const qnHalf = QN.map(([, full, key, quota], i) => ({ key, name: qnGroupedName(full, key), quota, admitted: Math.round(quota * [0.45, 0.52, 0.38, 0.6, 0.5][i % 5]) }));
const qnGroup = (from: number, to: number) => qnHalf.slice(from, to);
const groupLine = (key: string, stt: string, label: string, rows: typeof qnHalf): Line => {
  const q = sum(rows.map((r) => r.quota));
  const a = sum(rows.map((r) => r.admitted));
  return { key, cells: [stt, label, q, a, pct(a, q)], bold: true };
};

export const quangNamGrouped: ReferencePair = {
  name: "quang-nam-2024-6-thang-nhom",
  sources: quangNamReport.sources,
  provenance:
    "Reference: the same appendix as quang-nam-2024-bao-cao-nam (the article's 22 quotas, full names, no total). Report: a 6-month report derived from it, the way the Ban Tổ chức groups it: I. huyện, thị xã, thành phố (18 units, sub-total 1.739) and II. đảng bộ trực thuộc (4 units, sub-total 211), grand total 1.950 = the list's sum; admitted illustrative (not published), percent = admitted / quota.",
  variations:
    "Clean. Group rows \"I\" / \"II\" with sub-totals between the units (not units: never paired, never UNIT_NOT_IN_REFERENCE); the article's short names \"Công an\", \"Quân sự\", \"Biên phòng\" against \"Đảng bộ Công an tỉnh\" …; \"Huyện Đại Lộc\" against \"Đảng bộ huyện Đại Lộc\"; headers \"Chỉ tiêu giao\" vs \"Chỉ tiêu phát triển đảng viên mới năm 2024\" (--compare).",
  report: {
    name: "quang-nam-2024-6-thang",
    shape: "unit",
    source: { url: "derived", title: "see the pair's sources" },
    provenance: "derived 6-month report",
    sheets: [
      {
        name: "6 tháng 2024",
        blocks: [
          {
            captions: ["KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN 6 THÁNG ĐẦU NĂM 2024"],
            headerRows: 1,
            header: flatHeader("STT", "Đơn vị", "Chỉ tiêu giao", "Kết nạp 6 tháng", "Tỷ lệ %"),
            lines: [
              groupLine("g1", "I", "Các huyện, thị xã, thành phố", qnGroup(0, 18)),
              ...qnGroup(0, 18).map((r, i) => resultLine(r.key, i + 1, r.name, r.quota, r.admitted)),
              groupLine("g2", "II", "Các đảng bộ trực thuộc Tỉnh ủy", qnGroup(18, 22)),
              ...qnGroup(18, 22).map((r, i) => resultLine(r.key, i + 1, r.name, r.quota, r.admitted)),
              totalLine(qnHalf.map((r) => r.quota), qnHalf.map((r) => r.admitted)),
            ],
          },
        ],
      },
    ],
  },
  reportSheet: "6 tháng 2024",
  reference: quangNamReport.reference,
  referenceSheet: "Phụ lục",
  nameReferenceSheet: false,
  compare: [{ reference: QN_HEADER, report: "Chỉ tiêu giao" }],
  columns: [{ reference: "C", report: "C" }],
  pairings: qnHalf.map((r) => ({ report: r.key, reference: r.key, match: r.name === QN.find((x) => x[2] === r.key)![1] ? same : near })),
  findings: [],
  groupRows: ["g1", "g2"],
};

// ---------------------------------------------------------------------------------------------------------
// Ninh Thuận: the published 6-month results of 2022 (admitted and % of the quota) for 5 đảng bộ.

/** [report name, reference name, key, quota (derived), admitted (published), % (published)]. */
const NT: [string, string, string, number, number, number][] = [
  ["Công an tỉnh", "Đảng bộ Công an tỉnh", "n1", 20, 21, 105],
  ["H. Ninh Phước", "Đảng bộ huyện Ninh Phước", "n2", 102, 52, 50.98],
  ["Quân sự tỉnh", "Đảng bộ Quân sự tỉnh", "n3", 10, 5, 50],
  ["Bộ đội Biên phòng tỉnh", "Đảng bộ Bộ đội Biên phòng tỉnh", "n4", 8, 4, 50],
  ["H. Ninh Sơn", "Đảng bộ huyện Ninh Sơn", "n5", 75, 13, 17.33],
];
/** The reference lists them in the Tỉnh ủy's order, not the article's. */
const NT_REF_ORDER = ["n5", "n2", "n1", "n3", "n4"];

export const ninhThuanExtraUnit: ReferencePair = {
  name: "ninh-thuan-2022-6-thang-don-vi-la",
  sources: [
    {
      url: "https://baoninhthuan.com.vn/news/131984p24c161/toan-tinh-ket-nap-288-dang-vien-dat-3534-chi-tieu-nam-2022.htm",
      title: "Toàn tỉnh kết nạp 288 đảng viên, đạt 35,34% chỉ tiêu năm 2022 (Báo Ninh Thuận)",
    },
    { url: "http://baoninhthuan.com.vn/news/13927p1c24/ket-nap-41-dang-vien-moi.htm", title: "Thuận Nam: Kết nạp 41 đảng viên mới (Báo Ninh Thuận)" },
  ],
  provenance:
    "Report: the published admitted and % of 5 đảng bộ. Reference: the quotas an office would hold, derived from them as admitted / %: 21/105% = 20, 52/50,98% = 102, 5/50% = 10, 4/50% = 8, 13/17,33% = 75 (each the only whole number that gives the published %). The planted extra line is Thuận Nam's published 6-month figure from another article: 41 admitted, 82% of a plan of 50.",
  variations:
    "Planted: Thuận Nam is in the report but not in the reference (UNIT_NOT_IN_REFERENCE). Headers \"Chỉ tiêu giao\" vs \"Chỉ tiêu năm 2022\" (--compare), H. for huyện, \"Đảng bộ\" dropped, another order.",
  report: {
    name: "ninh-thuan-2022-bao-cao",
    shape: "unit",
    source: { url: "see the pair", title: "Báo Ninh Thuận" },
    provenance: "published results",
    sheets: [
      {
        name: "6 tháng 2022",
        blocks: [
          {
            captions: ["KẾT QUẢ KẾT NẠP ĐẢNG VIÊN 6 THÁNG ĐẦU NĂM 2022"],
            headerRows: 1,
            header: flatHeader("STT", "Đơn vị", "Chỉ tiêu năm 2022", "Kết nạp 6 tháng", "Đạt (%)"),
            lines: [
              ...NT.map(([name, , key, quota, admitted], i) => resultLine(key, i + 1, name, quota, admitted)),
              resultLine("x1", NT.length + 1, "H. Thuận Nam", 50, 41),
              totalLine([...NT.map((r) => r[3]), 50], [...NT.map((r) => r[4]), 41]),
            ],
          },
        ],
      },
    ],
  },
  reportSheet: "6 tháng 2022",
  reference: {
    name: "ninh-thuan-2022-giao",
    shape: "unit",
    source: { url: "see the pair", title: "derived" },
    provenance: "derived quotas",
    sheets: [
      {
        name: "Chỉ tiêu 2022",
        blocks: [
          {
            captions: ["CHỈ TIÊU KẾT NẠP ĐẢNG VIÊN NĂM 2022 (trích)"],
            headerRows: 1,
            header: flatHeader("STT", "Đảng bộ", "Chỉ tiêu giao"),
            lines: NT_REF_ORDER.map((key, i): Line => {
              const r = NT.find((x) => x[2] === key)!;
              return { key, cells: [i + 1, r[1], r[3]] };
            }),
          },
        ],
      },
    ],
  },
  referenceSheet: "Chỉ tiêu 2022",
  nameReferenceSheet: false,
  compare: [{ reference: "Chỉ tiêu giao", report: "Chỉ tiêu năm 2022" }],
  columns: [{ reference: "C", report: "C" }],
  pairings: NT.map(([, , key]) => ({ report: key, reference: key, match: near })),
  findings: [{ code: "UNIT_NOT_IN_REFERENCE", at: { side: "report", cell: "x1:B" }, why: "Thuận Nam reports 50 / 41 but the reference assigns it nothing." }],
};

/** The published percents of the Ninh Thuận report, for the Jest check that the derived quotas reproduce them. */
export const NINH_THUAN_PUBLISHED = NT.map(([, , key, quota, admitted, published]) => ({ key, quota, admitted, published }));

