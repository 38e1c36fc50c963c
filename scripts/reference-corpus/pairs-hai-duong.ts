/**
 * Not a quota but the same reconciliation: the admissions the districts reported (the reference) against the
 * province's summary that copies them (the report), Hải Dương 2023 — both sides are the published figures, the
 * summary has two digits swapped.
 */
import type { Line } from "../corpus/types";
import { flatHeader } from "./build-helpers";
import type { ReferencePair } from "./types";

/** [key, district's own name (reference), the summary's name (report), admitted (published)]. */
const HD: [string, string, string, number][] = [
  ["h1", "Thị xã Kinh Môn", "TX Kinh Môn", 98],
  ["h2", "Huyện Ninh Giang", "H. Ninh Giang", 87],
  ["h3", "Huyện Kim Thành", "H. Kim Thành", 84],
  ["h4", "Thành phố Hải Dương", "TP Hải Dương", 81],
];
/** Planted: Ninh Giang's 87 typed 78 in the summary (two digits swapped: 87 − 78 = 9). */
const SWAPPED = { key: "h2", typed: 78 };
const REPORT_ORDER = ["h4", "h1", "h3", "h2"];

export const haiDuongSwapped: ReferencePair = {
  name: "hai-duong-2023-dao-so",
  sources: [{ url: "https://xaydungdang.org.vn/dang-vien/hai-duong-ket-nap-duoc-848-dang-vien-21019", title: "Hải Dương kết nạp được 848 đảng viên (Tạp chí Xây dựng Đảng, 2023)" }],
  provenance:
    "Both sides published: the four đảng bộ that admitted most (Kinh Môn 98, Ninh Giang 87, Kim Thành 84, TP Hải Dương 81). Reference: the districts' reported figures as the Ban Tổ chức receives them (their own full names, the article's order). Report: the province's summary sheet that retypes them in another order with short names.",
  variations:
    "Planted: Ninh Giang 87 typed 78 (REFERENCE_MISMATCH). TX / Thị xã, H. / Huyện, TP / Thành phố; another order; headers \"Số đảng viên kết nạp\" vs \"Đã kết nạp\" (--compare). A column that is not a quota: the reconciliation is by header, whatever the figure.",
  report: {
    name: "hai-duong-2023-tong-hop",
    shape: "unit",
    source: { url: "see the pair", title: "Tạp chí Xây dựng Đảng" },
    provenance: "published admissions, retyped",
    sheets: [
      {
        name: "Tổng hợp",
        blocks: [
          {
            captions: ["CÁC ĐẢNG BỘ KẾT NẠP NHIỀU ĐẢNG VIÊN NĂM 2023"],
            headerRows: 1,
            header: flatHeader("STT", "Đảng bộ", "Đã kết nạp"),
            lines: REPORT_ORDER.map((key, i): Line => {
              const r = HD.find((x) => x[0] === key)!;
              return { key, cells: [i + 1, r[2], key === SWAPPED.key ? SWAPPED.typed : r[3]] };
            }),
          },
        ],
      },
    ],
  },
  reportSheet: "Tổng hợp",
  reference: {
    name: "hai-duong-2023-huyen-bao-cao",
    shape: "unit",
    source: { url: "see the pair", title: "Tạp chí Xây dựng Đảng" },
    provenance: "published admissions",
    sheets: [
      {
        name: "Huyện báo cáo",
        blocks: [
          {
            captions: ["SỐ LIỆU CÁC ĐẢNG BỘ BÁO CÁO"],
            headerRows: 1,
            header: flatHeader("STT", "Đơn vị", "Số đảng viên kết nạp"),
            lines: HD.map(([key, full, , n], i): Line => ({ key, cells: [i + 1, full, n] })),
          },
        ],
      },
    ],
  },
  referenceSheet: "Huyện báo cáo",
  nameReferenceSheet: false,
  compare: [{ reference: "Số đảng viên kết nạp", report: "Đã kết nạp" }],
  columns: [{ reference: "C", report: "C" }],
  pairings: HD.map(([key]) => ({ report: key, reference: key, match: ["exact", "near"] as const })),
  findings: [
    {
      code: "REFERENCE_MISMATCH",
      at: { side: "report", cell: "h2:C" },
      expected: 87,
      actual: 78,
      source: { side: "reference", cell: "h2:C" },
      why: "Ninh Giang reported 87 (published); the summary says 78 — the two digits swapped (87 − 78 = 9).",
    },
  ],
};
