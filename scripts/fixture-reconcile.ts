/**
 * Issue 11's fixtures, from the seeds:
 *
 * - test/fixtures/reconcile/ket-qua-2024.xlsx: a results report against seed 000's assigned quotas
 *   (test/fixtures/seed-000.xlsx is the reference), with planted differences — a lowered quota (Khoái Châu
 *   330 → 300), a member count with two digits swapped (Yên Mỹ 6,725 → 6,752), a missing unit (Phù Cừ), a
 *   typo that must stay a doubtful pairing (Kim Động → "Kim Đông"), and names written differently that
 *   must pair ("Thành phố Hưng Yên", "Thị xã Mỹ Hào", "Van Giang", "Đảng ủy Khối Cơ quan - Doanh nghiệp").
 *   The same report and the reference as two sheets of one workbook: ket-qua-cung-tep.xlsx.
 * - test/fixtures/consolidate/: six units of seed 004 (Bình Định ĐUK plan 104), each its own workbook
 *   listing three chi bộ whose numbers add up to the unit's published row, and a summary tong-hop.xlsx
 *   with one wrong row (Sở Giao thông vận tải 2025: youth and trade-union figures swapped, 3 and 4 for 4 and 3).
 * - samples/don-vi-binh-dinh/: the six unit workbooks alone, for the README's consolidation workflow.
 *
 * Positions are exported from test/helpers/fixture-reconcile-layout.ts so tests cannot drift from the files.
 */
import type { Cell, Workbook, Worksheet } from "exceljs";
import { seedNumber, type SeedTables } from "./fixture-seeds";
import { RECONCILE, CONSOLIDATE, type ConsolidateUnit } from "../test/helpers/fixture-reconcile-layout";

const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const at = (ws: Worksheet, row: number, col: number): Cell => ws.getCell(row + 1, col + 1);

function put(ws: Worksheet, row: number, col: number, value: string | number | null, numFmt?: string, bold = false): void {
  const c = at(ws, row, col);
  c.value = value;
  c.border = BORDER;
  if (numFmt) c.numFmt = numFmt;
  if (bold) c.font = { bold: true };
}

function merge(ws: Worksheet, top: number, left: number, bottom: number, right: number): void {
  if (top !== bottom || left !== right) ws.mergeCells(top + 1, left + 1, bottom + 1, right + 1);
}

function caption(ws: Worksheet, row: number, left: number, right: number, text: string, bold = true): void {
  at(ws, row, left).value = text;
  at(ws, row, left).font = { bold };
  at(ws, row, left).alignment = { horizontal: "center", wrapText: true };
  merge(ws, row, left, row, right);
}

const num = (text: string): number => {
  const n = seedNumber(text);
  if (!n) throw new Error(`not a seed number: "${text}"`);
  return n.value;
};

/** Percent points, rounded half away from zero to 2 decimals (what Excel's ROUND shows). */
const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10000 + 1e-9) / 100);

/** The results report of RECONCILE on `ws`, from seed 000's rows with the planted differences. */
export function reconcileResultsSheet(ws: Worksheet, seeds: SeedTables): void {
  const L = RECONCILE.report;
  ws.columns = [{ width: 6 }, { width: 40 }, { width: 16 }, { width: 12 }, { width: 12 }, { width: 10 }];
  caption(ws, 0, 0, 2, "TỈNH ỦY HƯNG YÊN");
  caption(ws, 1, 0, 5, "KẾT QUẢ KẾT NẠP ĐẢNG VIÊN NĂM 2024 CỦA CÁC ĐẢNG BỘ TRỰC THUỘC");
  const headers = ["STT", "Đảng bộ", "Tổng số đảng viên hiện có tính đến ngày 31/12/2023", "Chỉ tiêu năm 2024", "Đã kết nạp", "Tỷ lệ %"];
  headers.forEach((h, c) => put(ws, L.headerRow, c, h, undefined, true));
  let row = L.firstDataRow;
  let stt = 0;
  const totals = [0, 0, 0];
  for (const u of seeds.seed000.units) {
    const name = u[1];
    if (L.dropped.includes(name)) continue;
    const members = L.members[name] ?? num(u[2]);
    const quota = L.quota[name] ?? num(u[4]);
    // Admitted so far: 60 % of the quota, rounded down — any consistent figure does; nothing is compared on it.
    const admitted = Math.floor(quota * 0.6);
    put(ws, row, 0, ++stt, "0");
    put(ws, row, 1, L.renamed[name] ?? name);
    put(ws, row, 2, members, "#,##0");
    put(ws, row, 3, quota, "#,##0");
    put(ws, row, 4, admitted, "#,##0");
    put(ws, row, 5, pct(admitted, quota), "0.00");
    totals[0] += members;
    totals[1] += quota;
    totals[2] += admitted;
    row++;
  }
  put(ws, row, 0, "Tổng cộng", undefined, true);
  merge(ws, row, 0, row, 1);
  put(ws, row, 2, totals[0], "#,##0", true);
  put(ws, row, 3, totals[1], "#,##0", true);
  put(ws, row, 4, totals[2], "#,##0", true);
  put(ws, row, 5, pct(totals[2], totals[1]), "0.00", true);
}

/** Splits `total` over `n` parts as evenly as possible, the larger parts first. */
function split(total: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.floor(total / n) + (i < total % n ? 1 : 0));
}

/** Three chi bộ whose 2024/2025 figures add up to the unit's row (youth first, the rest trade-union). */
function chiBoRows(unit: readonly number[]): number[][] {
  const [t24, y24, , t25, y25] = unit;
  const tt24 = split(t24, 3);
  const tt25 = split(t25, 3);
  let left24 = y24;
  let left25 = y25;
  return [0, 1, 2].map((i) => {
    const a = Math.min(tt24[i], left24);
    left24 -= a;
    const b = Math.min(tt25[i], left25);
    left25 -= b;
    return [tt24[i], a, tt24[i] - a, tt25[i], b, tt25[i] - b];
  });
}

/** The header band shared by the unit workbooks and the summary (rows top..top+2, columns A..I). */
function consolidateHeader(ws: Worksheet, top: number, labelHeader: string): void {
  for (let r = top; r <= top + 2; r++) for (let c = 0; c <= 8; c++) {
    at(ws, r, c).border = BORDER;
    at(ws, r, c).font = { bold: true };
    at(ws, r, c).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  const cell = (r: number, c: number, text: string) => (at(ws, top + r, c).value = text);
  cell(0, 0, "STT");
  merge(ws, top, 0, top + 2, 0);
  cell(0, 1, labelHeader);
  merge(ws, top, 1, top + 2, 1);
  cell(0, 2, "Chỉ tiêu phát triển đảng viên");
  merge(ws, top, 2, top, 8);
  cell(1, 2, "Năm 2024");
  merge(ws, top + 1, 2, top + 1, 5);
  cell(1, 6, "Năm 2025");
  merge(ws, top + 1, 6, top + 1, 8);
  ["Tổng cộng", "Đoàn viên thanh niên", "Đoàn viên công đoàn", "Tỷ lệ đoàn viên thanh niên (%)"].forEach((h, i) => cell(2, 2 + i, h));
  ["Tổng cộng", "Đoàn viên thanh niên", "Đoàn viên công đoàn"].forEach((h, i) => cell(2, 6 + i, h));
}

/** One data or total row: [t24, y24, u24, t25, y25, u25] into C..E, G..I and the percent into F. */
function figuresRow(ws: Worksheet, row: number, stt: number | string | null, label: string, f: readonly number[], bold = false): void {
  put(ws, row, 0, stt, typeof stt === "number" ? "0" : undefined, bold);
  put(ws, row, 1, label, undefined, bold);
  [f[0], f[1], f[2]].forEach((v, i) => put(ws, row, 2 + i, v, "#,##0", bold));
  put(ws, row, 5, pct(f[1], f[0]), "0.00", bold);
  [f[3], f[4], f[5]].forEach((v, i) => put(ws, row, 6 + i, v, "#,##0", bold));
}

/** The seed 004 row of a unit as numbers: [t24, y24, u24, t25, y25, u25]. */
function unitFigures(seeds: SeedTables, u: ConsolidateUnit): number[] {
  const row = seeds.seed004.units[u.stt - 1];
  return row.slice(3, 9).map(num);
}

export function consolidateUnitWorkbook(wb: Workbook, seeds: SeedTables, u: ConsolidateUnit): void {
  const L = CONSOLIDATE.unit;
  const ws = wb.addWorksheet(L.sheet);
  ws.columns = [{ width: 6 }, { width: 34 }, ...Array.from({ length: 7 }, () => ({ width: 12 }))];
  caption(ws, 0, 0, 3, "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH");
  caption(ws, 1, 0, 3, `ĐẢNG BỘ ${u.name.toUpperCase()}`);
  caption(ws, 3, 0, 8, "CHỈ TIÊU PHÁT TRIỂN ĐẢNG VIÊN NĂM 2024 VÀ NĂM 2025 CỦA CÁC CHI BỘ");
  consolidateHeader(ws, L.headerTop, "Chi bộ");
  const figures = unitFigures(seeds, u);
  chiBoRows(figures).forEach((f, i) => figuresRow(ws, L.firstDataRow + i, i + 1, `Chi bộ ${u.cells[i]}`, f));
  figuresRow(ws, L.totalRow, "Tổng cộng", "", figures, true);
  merge(ws, L.totalRow, 0, L.totalRow, 1);
}

export function consolidateSummaryWorkbook(wb: Workbook, seeds: SeedTables): void {
  const L = CONSOLIDATE.summary;
  const ws = wb.addWorksheet(L.sheet);
  ws.columns = [{ width: 6 }, { width: 50 }, ...Array.from({ length: 7 }, () => ({ width: 12 }))];
  caption(ws, 0, 0, 3, "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH");
  caption(ws, 2, 0, 8, "TỔNG HỢP CHỈ TIÊU PHÁT TRIỂN ĐẢNG VIÊN NĂM 2024 VÀ NĂM 2025");
  consolidateHeader(ws, L.headerTop, "Đơn vị");
  const sum = [0, 0, 0, 0, 0, 0];
  CONSOLIDATE.units.forEach((u, i) => {
    const f = unitFigures(seeds, u);
    const written = u.stt === L.wrong.stt ? L.wrong.apply(f) : f;
    written.forEach((v, k) => (sum[k] += v));
    figuresRow(ws, L.firstDataRow + i, i + 1, u.name, written);
  });
  figuresRow(ws, L.firstDataRow + CONSOLIDATE.units.length, "Tổng cộng", "", sum, true);
  merge(ws, L.firstDataRow + CONSOLIDATE.units.length, 0, L.firstDataRow + CONSOLIDATE.units.length, 1);
}
