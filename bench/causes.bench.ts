/**
 * Likely causes (issue 10): the cost of explaining slips in a big table. The synthetic 10,000-unit ×
 * 30-column appendix of engine.bench.ts (clean: causes cost nothing there), then the same table with one
 * unit's figure mistyped (a transposition) in each of three columns: three failing column totals, each
 * searched over 10,000 units. Printed, not asserted.
 */
import { performance } from "perf_hooks";
import { gridFromRows, type CellValue, type Grid } from "../src/engine/grid";
import { analyzeGrid } from "../src/engine/analyze";

const UNITS = 10_000;
const COLS = 30;

function appendix(slips: number): Grid {
  const rows: CellValue[][] = [["PHỤ LỤC"], [], ["STT", "Đơn vị", ...Array.from({ length: COLS }, (_, c) => `Chỉ tiêu ${c + 1}`)]];
  const sums = new Array<number>(COLS).fill(0);
  for (let u = 0; u < UNITS; u++) {
    const row: CellValue[] = [u + 1, `Đảng bộ cơ sở số ${u + 1}`];
    for (let c = 0; c < COLS; c++) {
      const v = 10 + ((u * 37 + c * 11) % 90);
      sums[c] += v;
      row.push(v);
    }
    rows.push(row);
  }
  rows.push(["", "Tổng cộng", ...sums]);
  // Two digits swapped in unit 1000 + 97k, column 3k (a two-digit value ab typed ba, where a ≠ b).
  for (let k = 0, placed = 0; placed < slips && k < 100; k++) {
    const r = 3 + 1000 + 97 * k;
    const c = 2 + 3 * placed;
    const s = String(rows[r][c]);
    if (s[0] === s[1]) continue;
    rows[r][c] = Number(s[1] + s[0]);
    placed++;
  }
  return gridFromRows("Phụ lục", rows);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(grid: Grid): { ms: number; causes: number } {
  analyzeGrid(grid);
  const ms: number[] = [];
  let causes = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const a = analyzeGrid(grid);
    ms.push(performance.now() - t0);
    causes = a.tables.flatMap((t) => t.issues).filter((x) => x.cause || x.candidates).length;
  }
  return { ms: median(ms), causes };
}

const clean = time(appendix(0));
const slipped = time(appendix(3));
console.log(`causes: ${UNITS} units × ${COLS} columns, clean: analyzeGrid ${clean.ms.toFixed(1)} ms (median of 5), ${clean.causes} findings with a cause`);
console.log(`causes: same table, 3 transposed unit cells: analyzeGrid ${slipped.ms.toFixed(1)} ms (median of 5), ${slipped.causes} findings with a cause or candidates`);
