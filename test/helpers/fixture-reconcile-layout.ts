/**
 * Where things sit in issue 11's fixtures (scripts/fixture-reconcile.ts), absolute 0-based coordinates,
 * and what was planted. The expected findings in the tests are computed from the seed numbers and these
 * plantings, never read back from the code under test.
 */

/** Seed 000's assigned quotas (test/fixtures/seed-000.xlsx, sheet "Phụ lục") against a results report. */
export const RECONCILE = {
  dir: "reconcile",
  /** The results report: one header row, 12 units (Phù Cừ left out), a total row. */
  report: {
    file: "ket-qua-2024",
    sheet: "Kết quả 2024",
    headerRow: 2,
    firstDataRow: 3,
    cols: { stt: 0, label: 1, members: 2, quota: 3, admitted: 4, percent: 5 },
    /** Seed 000's names written the way another office writes them. */
    renamed: {
      "TP Hưng Yên": "Thành phố Hưng Yên",
      "TX Mỹ Hào": "Thị xã Mỹ Hào",
      "Kim Động": "Kim Đông",
      "Văn Giang": "Van Giang",
      "ĐUK CQ-DN": "Đảng ủy Khối Cơ quan - Doanh nghiệp",
    } as { readonly [name: string]: string },
    /** Left out of the report. */
    dropped: ["Phù Cừ"] as readonly string[],
    /** Quotas changed in the report (seed 000's "Chỉ tiêu mới" is 330). */
    quota: { "Khoái Châu": 300 } as { readonly [name: string]: number },
    /** Member counts changed in the report (seed 000 prints 6,725). */
    members: { "Yên Mỹ": 6752 } as { readonly [name: string]: number },
  },
  /** The same report and the reference as two sheets of one workbook. */
  sameWorkbook: { file: "ket-qua-cung-tep", referenceSheet: "Giao chỉ tiêu" },
  /** How the report's quota column is paired with the reference's. */
  compare: "Chỉ tiêu năm 2024 = Phát triển đảng viên mới năm 2024 / Chỉ tiêu mới",
} as const;

export interface ConsolidateUnit {
  /** Seed 004's row number. */
  readonly stt: number;
  /** The unit's name as seed 004 prints it. */
  readonly name: string;
  /** The unit workbook's file name (ASCII, as people save them). */
  readonly file: string;
  /** The three chi bộ of the unit. */
  readonly cells: readonly [string, string, string];
}

/** Six units of seed 004, each in its own workbook, and a summary of them with one wrong row. */
export const CONSOLIDATE = {
  dir: "consolidate",
  sampleDir: "don-vi-binh-dinh",
  units: [
    { stt: 1, name: "Bệnh viện Đa khoa tỉnh Bình Định", file: "benh-vien-da-khoa.xlsx", cells: ["Khoa Nội", "Khoa Ngoại", "Phòng Hành chính"] },
    { stt: 4, name: "Cục Thuế tỉnh Bình Định", file: "cuc-thue.xlsx", cells: ["Văn phòng", "Phòng Kiểm tra", "Phòng Tuyên truyền"] },
    { stt: 12, name: "Sở Giao thông vận tải tỉnh Bình Định", file: "so-gtvt.xlsx", cells: ["Văn phòng Sở", "Thanh tra Sở", "Phòng Quản lý"] },
    { stt: 16, name: "Sở Y tế tỉnh Bình Định", file: "so-y-te.xlsx", cells: ["Văn phòng Sở", "Phòng Nghiệp vụ", "Chi cục Dân số"] },
    { stt: 26, name: "Trường Cao đẳng Kỹ thuật Công nghệ Quy Nhơn", file: "cd-ktcn-quy-nhon.xlsx", cells: ["Khoa Cơ khí", "Khoa Điện", "Phòng Đào tạo"] },
    { stt: 27, name: "Trường Cao đẳng Y tế Bình Định", file: "cd-y-te.xlsx", cells: ["Khoa Điều dưỡng", "Khoa Dược", "Phòng Đào tạo"] },
  ] as readonly ConsolidateUnit[],
  /** Each unit workbook: captions, a 3-row header (A..I), three chi bộ, the total row. */
  unit: { sheet: "Chỉ tiêu", headerTop: 5, firstDataRow: 8, totalRow: 11 },
  /**
   * The summary (tong-hop.xlsx): one row per unit in CONSOLIDATE.units order, then its total row. Sở Giao
   * thông vận tải's 2025 youth and trade-union figures are swapped: 3 and 4 instead of 4 and 3.
   */
  summary: {
    file: "tong-hop.xlsx",
    sheet: "Tổng hợp",
    headerTop: 4,
    firstDataRow: 7,
    wrong: { stt: 12, apply: (f: readonly number[]): number[] => [f[0], f[1], f[2], f[3], f[5], f[4]] },
  },
  /** Columns of both: 2024 total, youth, trade-union, youth share (%); 2025 total, youth, trade-union. */
  cols: { stt: 0, label: 1, total2024: 2, youth2024: 3, union2024: 4, youthShare2024: 5, total2025: 6, youth2025: 7, union2025: 8 },
} as const;
