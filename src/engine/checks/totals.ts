/**
 * Total and sub-total rows: each cell against the sum of the rows it covers (TOTAL_MISMATCH), its formula
 * against the rows it should cover (FORMULA_RANGE_INCOMPLETE), constants where a formula belongs
 * (HARDCODED_TOTAL, one per row), and unit tables without a total row (TOTAL_MISSING).
 */
import { a1Range, formulaAt, type Grid } from "../grid";
import type { Relation, Table } from "../model";
import type { TableValues } from "../relations/values";
import { judgeShortfall, judgeSum } from "../relations/agree";
import { cellList, rowList, type IssueCollector } from "./collector";
import { sumFormulaRows } from "./formula-range";

type ColumnTotal = Extract<Relation, { kind: "column-total" }>;

export function checkColumnTotals(grid: Grid, table: Table, v: TableValues, relations: readonly Relation[], out: IssueCollector): void {
  const shortfalls = relations.filter((r): r is Extract<Relation, { kind: "shortfall" }> => r.kind === "shortfall");
  relations.forEach((rel, index) => {
    if (rel.kind !== "column-total") return;
    for (const col of rel.cols) {
      const actual = v.value(rel.row, col);
      if (Number.isNaN(actual)) continue;
      // A shortfall column's total may be its own row's shortfall (total target − total achieved) instead
      // of the sum of the units' shortfalls: both are written, neither is an error.
      if (shortfalls.some((s) => s.col === col && judgeShortfall(actual, v.value(rel.row, s.target), v.value(rel.row, s.achieved))?.ok)) continue;
      // A member that is not a number is reported where it is; its total cannot be judged.
      if (out.anyWrong(rel.rows, col) && rel.rows.some((r) => unreadable(v, r, col))) continue;
      const verdict = judgeColumnSum(v, rel, col, actual);
      if (verdict && !verdict.ok) {
        out.add({
          code: "TOTAL_MISMATCH",
          row: rel.row,
          col,
          expected: verdict.expected,
          actual,
          relation: index,
          params: { rows: rowList(rel.rows) },
        });
      }
      checkFormulaRange(grid, table, rel, index, col, out);
    }
  });
}

/** A cell that holds something but no number (text, an error): its total cannot be judged. */
function unreadable(v: TableValues, row: number, col: number): boolean {
  const s = v.special(row, col);
  return s !== undefined && s.kind !== "text-number";
}

/** The total cell against its rows; whole numbers without allocating per row, others as intervals. */
function judgeColumnSum(v: TableValues, rel: ColumnTotal, col: number, actual: number) {
  let sum = 0;
  let present = 0;
  let integral = Number.isInteger(actual);
  for (const r of rel.rows) {
    const x = v.value(r, col);
    if (Number.isNaN(x)) continue;
    present++;
    sum += x;
    if (integral && !Number.isInteger(x)) integral = false;
  }
  if (present === 0) return undefined;
  if (integral) return { ok: sum === actual, expected: sum, actual };
  return judgeSum(actual, v.decimals(rel.row, col), rel.rows.map((r) => ({ value: v.value(r, col), decimals: v.decimals(r, col) })));
}

function checkFormulaRange(grid: Grid, table: Table, rel: ColumnTotal, index: number, col: number, out: IssueCollector): void {
  const formula = formulaAt(grid, rel.row, col);
  if (!formula) return;
  const referenced = sumFormulaRows(formula, col);
  if (!referenced) return;
  const subtotalMembers = new Map(table.subtotals.map((s) => [s.row, s.members]));
  const units = new Set(table.dataRows);
  // A reference to a sub-total row stands for its members; blank or header rows inside a range are harmless.
  const covered = new Map<number, number>();
  for (const r of referenced) {
    const rows = subtotalMembers.get(r) ?? (units.has(r) ? [r] : []);
    for (const m of rows) covered.set(m, (covered.get(m) ?? 0) + 1);
  }
  const wanted = new Set(rel.rows);
  const wrong = new Set<number>();
  for (const r of wanted) if ((covered.get(r) ?? 0) !== 1) wrong.add(r);
  for (const r of covered.keys()) if (!wanted.has(r)) wrong.add(r);
  if (wrong.size === 0) return;
  out.add({
    code: "FORMULA_RANGE_INCOMPLETE",
    row: rel.row,
    col,
    actual: formula,
    relation: index,
    params: { formula, rows: rowList([...wrong]) },
  });
}

/** One info per total or sub-total row whose figures are typed in, placed on a cell with no other issue. */
export function checkHardcodedTotals(grid: Grid, v: TableValues, relations: readonly Relation[], out: IssueCollector): void {
  relations.forEach((rel, index) => {
    if (rel.kind !== "column-total") return;
    const constants = rel.cols.filter((c) => !Number.isNaN(v.value(rel.row, c)) && !formulaAt(grid, rel.row, c));
    if (constants.length === 0) return;
    const at = constants.find((c) => !out.has(rel.row, c));
    if (at === undefined) return;
    out.add({
      code: "HARDCODED_TOTAL",
      row: rel.row,
      col: at,
      relation: index,
      params: { row: rel.row + 1, cells: cellListAcross(rel.row, constants) },
    });
  });
}

function cellListAcross(row: number, cols: readonly number[]): string {
  return cols.map((c) => cellList([row], c)).join(", ");
}

export function checkTotalMissing(table: Table, out: IssueCollector): void {
  if (table.shape !== "units" || table.totalRows.length > 0 || table.dataRows.length < 2) return;
  const col = table.labelCols[table.labelCols.length - 1] ?? table.left;
  out.add({
    code: "TOTAL_MISSING",
    row: table.bottom + 1,
    col,
    params: { range: a1Range(table.top, table.left, table.bottom, table.right) },
  });
}
