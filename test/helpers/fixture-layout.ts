/**
 * Where things sit in the fixture workbooks, in absolute 0-based sheet coordinates (row 0 = Excel row 1,
 * col 0 = column A), the same coordinates as Grid and Table. scripts/build-fixtures.ts lays the workbooks
 * out from these constants, so tests can name cells without counting rows by hand.
 *
 * The `-text` variant of each seed fixture has exactly the same layout.
 */

/** Seed 000 — Hưng Yên, KL 733: two tables on one sheet. */
export const SEED_000 = {
  name: "seed-000",
  sheet: "Phụ lục",
  /** "TỈNH ỦY HƯNG YÊN" (A1) + "ĐẢNG CỘNG SẢN VIỆT NAM" (F1), "PHỤ LỤC", "V/v …", "(Kèm theo Kết luận số 733 …)". */
  captionRows: [0, 2, 3, 4],
  /** Four header rows with merged cells (Excel rows 7–10). */
  headerRows: [6, 7, 8, 9],
  firstDataRow: 10,
  lastDataRow: 22,
  /** "Tổng cộng" in A, merged A:B (Excel row 24). */
  totalRow: 23,
  /** Công an tỉnh, Quân sự tỉnh: the private-sector cells F..K are blank ("not assigned"). */
  unassignedRows: [21, 22],
  range: { top: 6, left: 0, bottom: 23, right: 10 },
  cols: {
    stt: 0,
    label: 1,
    /** Tổng số đảng viên hiện có tính đến ngày 31/12/2023. */
    members: 2,
    /** Phát triển đảng viên mới năm 2024 → Chỉ tiêu cũ theo TB 1060 / Chỉ tiêu mới. */
    quotaOld: 3,
    quotaNew: 4,
    /** Private sector (kinh tế tư nhân), until the end of 2025: new party organisations, owners admitted. */
    privNewOrgs: 5,
    privOwners: 6,
    /** Private sector 2024, where a party organisation exists: old / new quota. */
    privWithOrgOld: 7,
    privWithOrgNew: 8,
    /** Private sector 2024, where none exists yet: old / new quota. */
    privWithoutOrgOld: 9,
    privWithoutOrgNew: 10,
  },
  /** The second table (đoàn thể): own caption, one header row, two units, no total row. */
  unions: {
    captionRow: 26,
    headerRows: [28],
    firstDataRow: 29,
    lastDataRow: 30,
    range: { top: 28, left: 0, bottom: 30, right: 3 },
    cols: { stt: 0, label: 1, newOrgs: 2, newMembers: 3 },
  },
} as const;

/** Seed 001 — Vĩnh Bảo, results after 9 months of 2023: 54 units, one header row, total row last. */
export const SEED_001 = {
  name: "seed-001",
  sheet: "KQ 9 tháng",
  /** A second sheet with prose, so tests can check that other sheets survive. */
  notesSheet: "Ghi chú",
  /** "HUYỆN ỦY VĨNH BẢO", the title, "(Kèm theo Thông báo số 623-TB/HU …)". */
  captionRows: [0, 1, 2],
  headerRows: [4],
  firstDataRow: 5,
  lastDataRow: 58,
  /** "TỔNG CỘNG" in A, merged A:B (Excel row 60). */
  totalRow: 59,
  range: { top: 4, left: 0, bottom: 59, right: 7 },
  cols: {
    stt: 0,
    label: 1,
    /** Chỉ tiêu giao năm 2023 — rows sum to 281, the total row says 280. */
    quota: 2,
    /** Đã kết nạp. */
    admitted: 3,
    /** Đang trình duyệt. */
    pending: 4,
    /** Tổng cộng = admitted + pending. */
    total: 5,
    /** Tỷ lệ % = total / quota × 100, percent points with number format 0.00. */
    percent: 6,
    /** Nguồn hiện có đã học lớp cảm tình Đảng. */
    pool: 7,
  },
} as const;

/** Seed 004's page blocks: rows of units 1–16, 17–36 and 37–55. */
const SEED_004_BLOCKS = [
  { headerRows: [6, 7, 8], firstDataRow: 9, lastDataRow: 24, firstStt: 1 },
  { headerRows: [25, 26, 27], firstDataRow: 28, lastDataRow: 47, firstStt: 17 },
  { headerRows: [48, 49, 50], firstDataRow: 51, lastDataRow: 69, firstStt: 37 },
] as const;

function rowsOf(blocks: typeof SEED_004_BLOCKS): number[] {
  const rows: number[] = [];
  for (const b of blocks) for (let r = b.firstDataRow; r <= b.lastDataRow; r++) rows.push(r);
  return rows;
}

/** Seed 004 — Bình Định ĐUK plan 104: 55 units in three page blocks, header repeated, no total row. */
export const SEED_004 = {
  name: "seed-004",
  sheet: "Danh sách",
  /** "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" (A1) + "ĐẢNG CỘNG SẢN VIỆT NAM" (F1), "DANH SÁCH", title, "(Kèm theo Kế hoạch số 104 …)". */
  captionRows: [0, 2, 3, 4],
  /** The first header band (Excel rows 7–9). */
  headerRows: [6, 7, 8],
  /** The header band repeated after each page break (Excel rows 26–28 and 49–51): not data. */
  repeatedHeaderRows: [25, 26, 27, 48, 49, 50],
  blocks: SEED_004_BLOCKS,
  /** The 55 unit rows in sheet order. */
  dataRows: rowsOf(SEED_004_BLOCKS) as readonly number[],
  firstDataRow: 9,
  lastDataRow: 69,
  /** "* Lưu ý: …" below the table after one blank row (Excel row 72). */
  noteRow: 71,
  range: { top: 6, left: 0, bottom: 69, right: 8 },
  cols: {
    stt: 0,
    /** "Đảng bộ" / "Chi bộ"; the "Đơn vị" header is merged over B:C. */
    kind: 1,
    label: 2,
    total2024: 3,
    youth2024: 4,
    union2024: 5,
    total2025: 6,
    youth2025: 7,
    union2025: 8,
  },
} as const;

/** The sheet row of seed 004's unit with row number `stt` (1–55). */
export function seed004Row(stt: number): number {
  if (!Number.isInteger(stt) || stt < 1 || stt > 55) throw new RangeError(`seed 004 has no unit ${stt}`);
  return SEED_004.dataRows[stt - 1];
}

/** The sheet row of seed 001's unit with row number `stt` (1–54). */
export function seed001Row(stt: number): number {
  if (!Number.isInteger(stt) || stt < 1 || stt > 54) throw new RangeError(`seed 001 has no unit ${stt}`);
  return SEED_001.firstDataRow + stt - 1;
}

/** Bad-input fixtures and what each one holds (see test/fixtures/README.md). */
export const BAD_FIXTURES = {
  /** One empty worksheet "Sheet1". */
  emptySheet: "bad-empty-sheet",
  /** Prose only (seed 000's letter text), no table. */
  proseOnly: "bad-prose-only",
  /** Seed 001's captions and header row, no data rows. */
  headersOnly: "bad-headers-only",
  /** Seed 000 with the error value #REF! in the members total cell C24 (SEED_000.totalRow, cols.members). */
  refTotal: "bad-ref-total",
  /** Seed 000 with the blank private-sector cells F22:K23 merged across the two data rows. */
  mergedData: "bad-merged-data",
  /** 0 bytes: the reader rejects it with EMPTY_FILE. */
  zeroBytes: "bad-zero-bytes",
  /** A text file renamed .xlsx: NOT_XLSX. */
  textFile: "bad-text-file",
  /** An OLE2 (CFB) container holding "EncryptionInfo", as Excel writes a password-protected file: ENCRYPTED. */
  encrypted: "bad-encrypted",
  /** The first half of a real .xlsx: READ_FAILED. */
  truncated: "bad-truncated",
} as const;

/** A workbook with formulas (plain, shared, with error results), for the reader's tests. */
export const FORMULAS_FIXTURE = {
  name: "formulas",
  sheet: "Công thức",
} as const;
