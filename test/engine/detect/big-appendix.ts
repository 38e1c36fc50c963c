/**
 * A synthetic appendix for benchmarks: `units` unit rows × `valueCols` numeric columns under a 3-row
 * merged header (a parent per group of three, then leaves), STT and name columns, a total row last.
 */
import { type CellValue, type MergedArea, gridFromRows, type Grid } from "../../../src/engine/grid";

export function bigAppendix(units = 10_000, valueCols = 30): Grid {
  const width = 2 + valueCols;
  const rows: CellValue[][] = [["PHỤ LỤC"], ["(Kèm theo Kế hoạch số 1-KH/TU)"], []];
  const band: CellValue[][] = [new Array<CellValue>(width).fill(null), new Array<CellValue>(width).fill(null), new Array<CellValue>(width).fill(null)];
  const merges: MergedArea[] = [
    { top: 3, left: 0, bottom: 5, right: 0 },
    { top: 3, left: 1, bottom: 5, right: 1 },
    { top: 3, left: 2, bottom: 3, right: width - 1 },
  ];
  band[0][0] = "STT";
  band[0][1] = "Đơn vị";
  band[0][2] = "Chỉ tiêu phát triển đảng viên";
  for (let c = 2; c < width; c += 3) {
    band[1][c] = `Nhóm ${(c - 2) / 3 + 1}`;
    merges.push({ top: 4, left: c, bottom: 4, right: Math.min(c + 2, width - 1) });
  }
  for (let c = 2; c < width; c++) band[2][c] = `Cột ${c - 1}`;
  rows.push(...band);
  const totals = new Array<number>(valueCols).fill(0);
  for (let u = 0; u < units; u++) {
    const row: CellValue[] = [u + 1, `Đơn vị số ${u + 1}`];
    for (let c = 0; c < valueCols; c++) {
      const v = (u * 7 + c * 13) % 50;
      totals[c] += v;
      row.push(v);
    }
    rows.push(row);
  }
  rows.push(["Tổng cộng", null, ...totals]);
  merges.push({ top: rows.length - 1, left: 0, bottom: rows.length - 1, right: 1 });
  return gridFromRows("Phụ lục", rows, { merges });
}
