/**
 * Checks of single cells, before any relation: formula errors anywhere in the table, and in numeric
 * columns text that is not a number, numbers stored as text, negative and fractional counts.
 */
import { valueAt, type Grid } from "../grid";
import type { Column, Table } from "../model";
import { toNfc } from "../text";
import { isNothingMark, readCell } from "../cells";
import type { TableValues } from "../relations/values";
import type { IssueCollector } from "./collector";


export function checkCellTypes(grid: Grid, table: Table, v: TableValues, out: IssueCollector): void {
  const numeric = new Set(v.numericCols.map((c) => c.col));
  for (let row = table.top; row <= table.bottom; row++) {
    for (let col = table.left; col <= table.right; col++) {
      if (numeric.has(col)) continue;
      const x = valueAt(grid, row, col);
      if (x === null || typeof x === "number") continue;
      const r = readCell(grid, row, col);
      if (r.kind === "error") out.add({ code: "FORMULA_ERROR", row, col, actual: r.error });
    }
  }
  const figures = new Set(v.rows);
  const headers = new Set(table.repeatedHeaderRows);
  // Rows that are neither figures nor headers (blank separators, notes inside the table) are still looked at.
  const others: number[] = [];
  for (let row = table.headerBottom + 1; row <= table.bottom; row++) if (!figures.has(row) && !headers.has(row)) others.push(row);
  for (const column of v.numericCols) {
    // A change column ("Tăng (+), giảm (-)", "Chênh lệch", "So với năm trước") holds signed figures.
    const isCount = column.role === "count" && !isSignedColumn(column);
    for (const row of v.rows) checkNumericCell(grid, v, row, column.col, isCount, true, out);
    for (const row of others) checkNumericCell(grid, v, row, column.col, isCount, false, out);
  }
}

function checkNumericCell(
  grid: Grid,
  v: TableValues,
  row: number,
  col: number,
  isCount: boolean,
  inFigures: boolean,
  out: IssueCollector,
): void {
  if (inFigures) {
    const special = v.special(row, col);
    if (!special) {
      const x = v.value(row, col);
      if (!Number.isNaN(x)) countChecks(row, col, x, isCount, out);
      return;
    }
  }
  const r = inFigures ? v.reading(row, col) : readCell(grid, row, col);
  switch (r.kind) {
    case "error":
      out.add({ code: "FORMULA_ERROR", row, col, actual: r.error });
      return;
    case "text":
      if (inFigures && !isNothingMark(r.text)) out.add({ code: "NOT_A_NUMBER", row, col, actual: shortened(r.text) });
      return;
    case "boolean":
      if (inFigures) out.add({ code: "NOT_A_NUMBER", row, col, actual: r.value ? "TRUE" : "FALSE" });
      return;
    case "text-number":
      if (!inFigures) return;
      out.add({ code: "NUMBER_AS_TEXT", row, col, expected: r.value, actual: r.text });
      countChecks(row, col, r.value, isCount, out);
      return;
    case "number":
      if (inFigures) countChecks(row, col, r.value, isCount, out);
      return;
    case "blank":
      return;
  }
}

/** A cell's text as quoted in a message: a 32,000-digit text is shown by its start and its length. */
function shortened(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 40)}… (${text.length})`;
}

function countChecks(row: number, col: number, value: number, isCount: boolean, out: IssueCollector): void {
  if (!isCount) return;
  if (value < 0) out.add({ code: "NEGATIVE_COUNT", row, col, actual: value });
  else if (!Number.isInteger(value)) out.add({ code: "FRACTIONAL_COUNT", row, col, expected: Math.round(value), actual: value });
}

/** Issue 9: columns whose figures are differences, so a negative one is no mistake. */
function isSignedColumn(c: Column): boolean {
  // On the accented text: "tặng" (awarded, "Trao tặng") folds to the same letters as "tăng".
  return /(^|[\s(,;/])(tăng|giảm|chênh lệch|biến động|so sánh)(?=$|[\s),;:/])|[+±]/.test(toNfc(c.path.join(" ")).toLowerCase());
}
