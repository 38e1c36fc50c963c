/** Rows → the shortest SUM argument list: contiguous runs become ranges (C13:C23), others stay single cells. */
import { a1 } from "../grid";

/**
 * Groups sorted rows into runs. A gap may be bridged when every row in it is `bridgeable` (an empty cell
 * in this column, e.g. the blank line a page break left): SUM skips blanks, and one range reads better.
 */
export function rowRuns(rows: readonly number[], bridgeable: (row: number) => boolean): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && canBridge(last[1], r, bridgeable)) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}

function canBridge(from: number, to: number, bridgeable: (row: number) => boolean): boolean {
  for (let r = from + 1; r < to; r++) if (!bridgeable(r)) return false;
  return true;
}

/** "C13:C23" / "C13" for each run, joined by commas: the inside of SUM(…). */
export function columnSumArgs(col: number, runs: readonly [number, number][]): string {
  return runs.map(([top, bottom]) => (top === bottom ? a1(top, col) : `${a1(top, col)}:${a1(bottom, col)}`)).join(",");
}

/** The cells of one row across `cols`, as SUM arguments: "E13:G13" when contiguous, else "E13,G13". */
export function rowSumArgs(row: number, cols: readonly number[]): string {
  const sorted = [...new Set(cols)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs.map(([l, r]) => (l === r ? a1(row, l) : `${a1(row, l)}:${a1(row, r)}`)).join(",");
}
