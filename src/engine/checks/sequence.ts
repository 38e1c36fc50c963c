/**
 * Row numbers (STT) that skip or repeat, and the same unit listed twice. Numbering may restart at 1 after
 * a sub-total row or a repeated page header; text or blank STT cells (group rows "I", "II") are skipped.
 */
import { a1, valueAt, type Grid } from "../grid";
import { normalizeText } from "../text";
import type { Table } from "../model";
import { readCell } from "../cells";
import type { IssueCollector } from "./collector";

const ROMAN = /^[IVXLC]{1,6}\.?$/i;

export function checkSttSequence(grid: Grid, table: Table, out: IssueCollector): void {
  if (table.sttCol === null) return;
  const sttCol = table.sttCol;
  const breaks = [...table.subtotals.map((s) => s.row), ...(table.groupHeadingRows ?? []), ...table.repeatedHeaderRows];
  let previous: number | undefined;
  let previousRow = -1;
  // A group row numbered "II" opens a group even when its figures did not make it a sub-total (a wrong
  // sub-total is reported as such, not as the next group's numbering).
  let afterGroupRow = false;
  for (const row of table.dataRows) {
    const afterBreak = afterGroupRow || breaks.some((b) => b > previousRow && b < row);
    previousRow = row;
    const cell = readCell(grid, row, sttCol);
    if (cell.kind === "text" && ROMAN.test(cell.text.trim())) afterGroupRow = true;
    const n = cell.kind === "number" || cell.kind === "text-number" ? cell.value : undefined;
    if (n === undefined || !Number.isInteger(n)) continue;
    if (previous !== undefined && n !== previous + 1 && !(afterBreak && n === 1)) {
      out.add({ code: "STT_SEQUENCE", row, col: sttCol, expected: previous + 1, actual: n });
    }
    previous = n;
    afterGroupRow = false;
  }
}

/**
 * The same unit twice within one group. Groups (sub-totals, headings) may repeat names: "Chi bộ thôn 1"
 * of commune A is not "Chi bộ thôn 1" of commune B.
 */
export function checkDuplicateUnits(grid: Grid, table: Table, out: IssueCollector): void {
  if (table.labelCols.length === 0) return;
  const boundaries = [...table.subtotals.map((s) => s.row), ...(table.groupHeadingRows ?? [])].sort((a, b) => a - b);
  const seen = new Map<string, number>();
  let group = 0;
  for (const row of table.dataRows) {
    while (group < boundaries.length && boundaries[group] < row) group++;
    const parts = table.labelCols.map((c) => {
      const x = valueAt(grid, row, c);
      return typeof x === "string" ? normalizeText(x) : "";
    });
    // Case and spacing do not matter, diacritics do: "An Hòa" and "An Hóa" are two different communes.
    const key = `${group}|${parts.join(" ").toLowerCase()}`;
    if (!parts[parts.length - 1]) continue;
    const first = seen.get(key);
    const col = table.labelCols[table.labelCols.length - 1];
    if (first === undefined) seen.set(key, row);
    else out.add({ code: "DUPLICATE_UNIT", row, col, params: { rows: a1(first, col) } });
  }
}
