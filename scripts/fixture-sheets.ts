/**
 * Lays the seed tables out on ExcelJS worksheets the way users have them: caption lines above, a merged
 * header band, STT in A, unit names in B, a total row, number formats. Positions come from
 * test/helpers/fixture-layout.ts so the tests and the workbooks cannot drift apart.
 */
import type { Worksheet, Cell } from "exceljs";
import { SEED_000, SEED_001, SEED_004 } from "../test/helpers/fixture-layout";
import { seedNumber, type SeedRow, type SeedTables } from "./fixture-seeds";

/** "number": numbers as real numbers (the base fixtures); "text": as the seed prints them ("7,715"). */
export type NumberStorage = "number" | "text";

const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Excel's 1-based row/col from our 0-based absolute coordinates. */
const cellAt = (ws: Worksheet, row: number, col: number): Cell => ws.getCell(row + 1, col + 1);

/** Merges an area given in 0-based coordinates (a single cell is left alone). */
function merge(ws: Worksheet, top: number, left: number, bottom: number, right: number): void {
  if (top !== bottom || left !== right) ws.mergeCells(top + 1, left + 1, bottom + 1, right + 1);
}

function caption(ws: Worksheet, row: number, left: number, right: number, text: string, bold = true): void {
  const c = cellAt(ws, row, left);
  c.value = text;
  c.font = { bold };
  c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  merge(ws, row, left, row, right);
}

/** A header cell covering rows top..bottom and cols left..right. */
interface HeaderCell {
  readonly text: string;
  readonly top: number;
  readonly left: number;
  readonly bottom?: number;
  readonly right?: number;
}

function headerBand(ws: Worksheet, cells: readonly HeaderCell[], rows: readonly number[], left: number, right: number): void {
  for (const row of rows) {
    for (let col = left; col <= right; col++) {
      const c = cellAt(ws, row, col);
      c.border = BORDER;
      c.font = { bold: true };
      c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    }
  }
  for (const h of cells) {
    cellAt(ws, h.top, h.left).value = h.text;
    merge(ws, h.top, h.left, h.bottom ?? h.top, h.right ?? h.left);
  }
}

/**
 * Writes one published field. Numbers: a real number with `numFmt` (or the text as printed, format "@");
 * anything else (unit names) as text; "" stays a blank cell.
 */
function field(ws: Worksheet, row: number, col: number, text: string, storage: NumberStorage, numFmt: string): void {
  const c = cellAt(ws, row, col);
  c.border = BORDER;
  if (text === "") return;
  const n = seedNumber(text);
  if (n === null) {
    c.value = text;
    return;
  }
  if (storage === "text") {
    c.value = text;
    c.numFmt = "@";
    c.alignment = { horizontal: "right" };
  } else {
    c.value = n.value;
    c.numFmt = numFmt;
  }
}

/** Writes a row of fields starting at column `left`; `formatOf(col)` gives the number format. */
function dataRow(
  ws: Worksheet,
  row: number,
  left: number,
  fields: SeedRow,
  storage: NumberStorage,
  formatOf: (col: number) => string,
): void {
  fields.forEach((f, i) => field(ws, row, left + i, f, storage, formatOf(left + i)));
}

/** A total row: the label in STT's column, merged over the label column, then the numbers. */
function totalRow(ws: Worksheet, row: number, fields: SeedRow, labelRight: number, storage: NumberStorage, fmt: (c: number) => string): void {
  dataRow(ws, row, 0, fields, storage, fmt);
  merge(ws, row, 0, row, labelRight);
  for (let col = 0; col < fields.length; col++) cellAt(ws, row, col).font = { bold: true };
}

function widths(ws: Worksheet, list: readonly number[]): void {
  list.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

const countFormat = () => "#,##0";

export function seed000Sheet(ws: Worksheet, seeds: SeedTables, storage: NumberStorage): void {
  const L = SEED_000;
  widths(ws, [6, 18, 16, 12, 12, 14, 14, 11, 11, 11, 11]);
  caption(ws, 0, 0, 2, "TỈNH ỦY HƯNG YÊN");
  caption(ws, 0, 5, 10, "ĐẢNG CỘNG SẢN VIỆT NAM");
  caption(ws, 2, 0, 10, "PHỤ LỤC");
  caption(ws, 3, 0, 10, "V/v giao chỉ tiêu phát triển tổ chức đảng, đảng viên;\ntổ chức đoàn thể, đoàn viên năm 2024 của giai đoạn 2023 - 2025");
  caption(ws, 4, 0, 10, "(Kèm theo Kết luận số 733 -KL/TU ngày 16/02/2024 của Ban Thường vụ Tỉnh ủy)", false);
  ws.getRow(4).height = 32;
  const [h0, h1, h2, h3] = L.headerRows;
  headerBand(
    ws,
    [
      { text: "Stt", top: h0, left: 0, bottom: h3 },
      { text: "Đảng bộ", top: h0, left: 1, bottom: h3 },
      { text: "Tổng số đảng viên hiện có tính đến ngày 31/12/2023", top: h0, left: 2, bottom: h3 },
      { text: "Phát triển đảng viên mới năm 2024", top: h0, left: 3, right: 4 },
      { text: "Chỉ tiêu cũ theo TB 1060 - TB/TU", top: h1, left: 3, bottom: h3 },
      { text: "Chỉ tiêu mới", top: h1, left: 4, bottom: h3 },
      { text: "Chỉ tiêu phát triển tổ chức đảng, đảng viên trong đơn vị kinh tế tư nhân", top: h0, left: 5, right: 10 },
      { text: "Chỉ tiêu đến hết năm 2025 (tối thiểu)", top: h1, left: 5, right: 6 },
      { text: "Chỉ tiêu phát triển đảng viên năm 2024 (tối thiểu)", top: h1, left: 7, right: 10 },
      { text: "Thành lập mới tổ chức đảng", top: h2, left: 5, bottom: h3 },
      { text: "Kết nạp đảng viên mới là chủ đơn vị", top: h2, left: 6, bottom: h3 },
      { text: "Đối với nơi đã có tổ chức đảng", top: h2, left: 7, right: 8 },
      { text: "Đối với nơi chưa có tổ chức đảng", top: h2, left: 9, right: 10 },
      { text: "Chỉ tiêu cũ", top: h3, left: 7 },
      { text: "Chỉ tiêu mới", top: h3, left: 8 },
      { text: "Chỉ tiêu cũ", top: h3, left: 9 },
      { text: "Chỉ tiêu mới", top: h3, left: 10 },
    ],
    L.headerRows,
    0,
    10,
  );
  seeds.seed000.units.forEach((u, i) => dataRow(ws, L.firstDataRow + i, 0, padTo(u, 11), storage, countFormat));
  totalRow(ws, L.totalRow, seeds.seed000.total, 1, storage, countFormat);

  const U = L.unions;
  caption(ws, U.captionRow, 0, 10, "Chỉ tiêu về phát triển tổ chức đoàn thể, đoàn viên trong đơn vị kinh tế tư nhân năm 2024");
  headerBand(
    ws,
    [
      { text: "Stt", top: U.headerRows[0], left: 0 },
      { text: "Đơn vị", top: U.headerRows[0], left: 1 },
      { text: "Thành lập mới tổ chức đoàn thể năm 2024 (tối thiểu)", top: U.headerRows[0], left: 2 },
      { text: "Kết nạp mới đoàn viên năm 2024 (tối thiểu)", top: U.headerRows[0], left: 3 },
    ],
    U.headerRows,
    0,
    3,
  );
  seeds.seed000.unions.forEach((u, i) => dataRow(ws, U.firstDataRow + i, 0, u, storage, countFormat));
}

/** Seed rows drop trailing blanks (Công an tỉnh has no private-sector quotas): pad so the borders are drawn. */
function padTo(fields: SeedRow, n: number): SeedRow {
  return fields.length >= n ? fields : [...fields, ...Array<string>(n - fields.length).fill("")];
}

export function seed001Sheet(ws: Worksheet, seeds: SeedTables, storage: NumberStorage): void {
  const L = SEED_001;
  widths(ws, [6, 40, 12, 11, 12, 11, 10, 14]);
  caption(ws, 0, 0, 2, "HUYỆN ỦY VĨNH BẢO");
  caption(ws, 1, 0, 7, "KẾT QUẢ KẾT NẠP ĐẢNG VIÊN 9 THÁNG ĐẦU NĂM 2023");
  caption(ws, 2, 0, 7, "(Kèm theo Thông báo số 623-TB/HU ngày 14/9/2023 của Văn phòng Huyện ủy)", false);
  const h = L.headerRows[0];
  const headers = [
    "STT",
    "Tên chi bộ, đảng bộ",
    "Chỉ tiêu giao năm 2023",
    "Đã kết nạp",
    "Đang trình duyệt",
    "Tổng cộng",
    "Tỷ lệ %",
    "Nguồn hiện có đã học lớp cảm tình Đảng",
  ];
  headerBand(ws, headers.map((text, col) => ({ text, top: h, left: col })), [h], 0, 7);
  const fmt = (col: number) => (col === L.cols.percent ? "0.00" : "#,##0");
  seeds.seed001.units.forEach((u, i) => dataRow(ws, L.firstDataRow + i, 0, u, storage, fmt));
  // The header-only bad fixture passes no total row.
  if (seeds.seed001.total.length > 0) totalRow(ws, L.totalRow, seeds.seed001.total, 1, storage, fmt);
}

export function seed001Notes(ws: Worksheet): void {
  ws.getColumn(1).width = 100;
  ws.getCell("A1").value = "Ghi chú";
  ws.getCell("A1").font = { bold: true };
  ws.getCell("A2").value =
    "Kết quả 9 tháng đầu năm 2023 đã kết nạp được 164 đảng viên, đạt 58,57% so với chỉ tiêu giao (280).";
  ws.getCell("A3").value = "Theo Nghị quyết số 06-NQ/HU ngày 12/12/2022 của Huyện ủy.";
}

export function seed004Sheet(ws: Worksheet, seeds: SeedTables, storage: NumberStorage): void {
  const L = SEED_004;
  widths(ws, [6, 10, 44, 10, 12, 12, 10, 12, 12]);
  caption(ws, 0, 0, 2, "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH");
  caption(ws, 0, 5, 8, "ĐẢNG CỘNG SẢN VIỆT NAM");
  caption(ws, 2, 0, 8, "DANH SÁCH");
  caption(ws, 3, 0, 8, "GIAO CHỈ TIÊU PHÁT TRIỂN ĐẢNG VIÊN NĂM 2024 VÀ NĂM 2025");
  caption(ws, 4, 0, 8, "(Kèm theo Kế hoạch số 104-KH/ĐUK, ngày 06/3/2024 của Ban Thường vụ Đảng ủy Khối)", false);
  for (const block of L.blocks) {
    const [h0, h1, h2] = block.headerRows;
    const leaves = ["Tổng cộng", "Đoàn viên thanh niên", "Đoàn viên công đoàn"];
    headerBand(
      ws,
      [
        { text: "STT", top: h0, left: 0, bottom: h2 },
        { text: "Đơn vị", top: h0, left: 1, bottom: h2, right: 2 },
        { text: "Chỉ tiêu phát triển đảng viên", top: h0, left: 3, right: 8 },
        { text: "Năm 2024", top: h1, left: 3, right: 5 },
        { text: "Năm 2025", top: h1, left: 6, right: 8 },
        ...leaves.map((text, i) => ({ text, top: h2, left: 3 + i })),
        ...leaves.map((text, i) => ({ text, top: h2, left: 6 + i })),
      ],
      block.headerRows,
      0,
      8,
    );
    const units = seeds.seed004.units.slice(block.firstStt - 1, block.firstStt - 1 + block.lastDataRow - block.firstDataRow + 1);
    units.forEach((u, i) => dataRow(ws, block.firstDataRow + i, 0, u, storage, countFormat));
    // A manual page break after each block but the last, where the printed document broke the table.
    if (block.lastDataRow < L.lastDataRow) ws.getRow(block.lastDataRow + 1).addPageBreak();
  }
  const note = cellAt(ws, L.noteRow, 0);
  note.value = "* Lưu ý: Những đơn vị không còn nguồn để phát triển đảng viên nên không giao chỉ tiêu";
  note.font = { italic: true };
}
