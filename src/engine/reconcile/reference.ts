/**
 * A report against the table it answers to (issue 11): the quotas a Ban Tổ chức assigned, the results a
 * unit reports against them. Rows pair by unit name (units/pairing.ts), columns by header or by the user's
 * pairs (columns.ts); every paired cell must hold the reference's number.
 *
 * Findings, all on the report's table:
 * - REFERENCE_MISMATCH (error) at the report's cell: expected = the reference's number, actual = the report's;
 * - UNIT_MISSING (warning) at the reference's unit label cell (on the reference's sheet, named in params);
 * - UNIT_NOT_IN_REFERENCE (warning) at the report's unit label cell.
 * Total rows are not compared: when both totals add up their own rows, their difference is exactly the
 * unit differences already reported, and when one does not, TOTAL_MISMATCH already says so.
 */
import { a1, columnLetter, type Grid } from "../grid";
import { SEVERITY, type Issue, type Table, type TableAnalysis } from "../model";
import { columnTitle } from "../policy/columns";
import { pairUnits, type Pairing } from "../units/pairing";
import type { ComparedColumn, UnitPairing } from "./types";
import { pairColumns, type ColumnPair, type ComparePair, type RowValues } from "./columns";
import { cellNumber, inPoints, labelColumn, unitRows, type UnitRow } from "./table-values";

export interface ReferenceSide {
  readonly grid: Grid;
  readonly tables: readonly TableAnalysis[];
  /** How messages name the reference: "giao-chi-tieu.xlsx#Phụ lục", or the sheet name in the same workbook. */
  readonly label: string;
}

export interface ReconcileOptions {
  readonly compare: readonly ComparePair[];
}

export interface TableReconciliation {
  readonly issues: Issue[];
  readonly pairings: UnitPairing[];
  readonly columns: ComparedColumn[];
  /** Typed pairs that named no column of these tables. */
  readonly unresolved: string[];
  /** The reference's table that was used. */
  readonly referenceTable: Table;
  /** How messages name the reference (ReferenceSide.label). */
  readonly referenceLabel: string;
}

const numberOrNull = (v: number | null | undefined): number | null => (typeof v === "number" ? v : null);

/** Pairings needed before a reference table is taken as this table's counterpart. */
function enoughPairs(used: number, mine: number, theirs: number): boolean {
  return used >= Math.min(2, mine, theirs) && used * 10 >= Math.min(mine, theirs) * 3;
}

/** The reference table whose units pair best with this table's, or undefined when none is about the same units. */
function counterpart(
  grid: Grid,
  table: Table,
  reference: ReferenceSide,
): { analysis: TableAnalysis; mine: UnitRow[]; theirs: UnitRow[]; used: number } | undefined {
  const mine = unitRows(grid, table);
  if (mine.length === 0) return undefined;
  let best: { analysis: TableAnalysis; mine: UnitRow[]; theirs: UnitRow[]; used: number } | undefined;
  for (const analysis of reference.tables) {
    const t = analysis.table;
    if (reference.grid === grid && t.top === table.top && t.left === table.left) continue;
    const theirs = unitRows(reference.grid, t);
    if (theirs.length === 0) continue;
    const result = pairUnits(
      mine.map((u) => ({ name: u.name, item: u })),
      theirs.map((u) => ({ name: u.name, item: u })),
    );
    const used = result.pairings.filter((p) => p.match !== "doubtful").length;
    if (enoughPairs(used, mine.length, theirs.length) && (!best || used > best.used)) best = { analysis, mine, theirs, used };
  }
  return best;
}

/** Equal as shown: counts exactly, percents to the fewer decimals either column shows (at least 2). */
function sameNumber(a: number, b: number, percent: boolean, decimals: number): boolean {
  if (!percent) return Math.abs(a - b) < 1e-9;
  return Math.abs(a - b) <= 0.5 * Math.pow(10, -decimals) + 1e-9;
}

export function reconcileTable(grid: Grid, analysis: TableAnalysis, reference: ReferenceSide, options: ReconcileOptions): TableReconciliation | undefined {
  const { table } = analysis;
  const found = counterpart(grid, table, reference);
  if (!found) return undefined;
  const refTable = found.analysis.table;
  const refGrid = reference.grid;
  const result = pairUnits(
    found.mine.map((u) => ({ name: u.name, item: u })),
    found.theirs.map((u) => ({ name: u.name, item: u })),
  );
  const used0 = result.pairings.filter((p) => p.match !== "doubtful");
  const values: RowValues = {
    rows: used0.length,
    value: (col, refCol) =>
      used0.map((p) => ({ mine: numberOrNull(cellNumber(grid, p.left.item.row, col)), theirs: numberOrNull(cellNumber(refGrid, p.right.item.row, refCol)) })),
  };
  const { pairs, unresolved } = pairColumns(table, refTable, options.compare, { report: analysis.relations, reference: found.analysis.relations }, values);
  const issues: Issue[] = [];
  const used = result.pairings.filter((p) => p.match !== "doubtful");
  for (const p of used) issues.push(...compareRow(grid, table, refGrid, refTable, p, pairs, reference.label));

  const doubtfulFor = new Map<number, string>();
  const doubtfulForRef = new Map<number, string>();
  for (const p of result.pairings) {
    if (p.match !== "doubtful") continue;
    doubtfulFor.set(p.left.item.row, p.right.name);
    doubtfulForRef.set(p.right.item.row, p.left.name);
  }
  const myLabel = labelColumn(table) as number;
  for (const u of result.leftOnly) {
    issues.push({
      code: "UNIT_NOT_IN_REFERENCE",
      severity: SEVERITY.UNIT_NOT_IN_REFERENCE,
      row: u.item.row,
      col: myLabel,
      params: { unit: u.name, reference: reference.label, ...(doubtfulFor.has(u.item.row) ? { candidate: doubtfulFor.get(u.item.row) as string } : {}) },
    });
  }
  const refLabel = labelColumn(refTable) as number;
  for (const u of result.rightOnly) {
    issues.push({
      code: "UNIT_MISSING",
      severity: SEVERITY.UNIT_MISSING,
      row: u.item.row,
      col: refLabel,
      params: {
        unit: u.name,
        reference: reference.label,
        sheet: refTable.sheet,
        referenceCell: a1(u.item.row, refLabel),
        ...(doubtfulForRef.has(u.item.row) ? { candidate: doubtfulForRef.get(u.item.row) as string } : {}),
      },
    });
  }
  return {
    issues,
    pairings: result.pairings.map((p) => ({
      unit: p.left.name,
      row: p.left.item.row + 1,
      reference: p.right.name,
      referenceRow: p.right.item.row + 1,
      match: p.match,
    })),
    columns: pairs.map((p) => ({
      col: columnLetter(p.col),
      referenceCol: columnLetter(p.refCol),
      header: columnTitle(table, p.col),
      referenceHeader: columnTitle(refTable, p.refCol),
      source: p.source,
    })),
    unresolved,
    referenceTable: refTable,
    referenceLabel: reference.label,
  };
}

function compareRow(
  grid: Grid,
  table: Table,
  refGrid: Grid,
  refTable: Table,
  p: Pairing<UnitRow, UnitRow>,
  pairs: readonly ColumnPair[],
  referenceLabel: string,
): Issue[] {
  const out: Issue[] = [];
  for (const cp of pairs) {
    const column = table.columns.find((c) => c.col === cp.col);
    const refColumn = refTable.columns.find((c) => c.col === cp.refCol);
    if (!column || !refColumn) continue;
    const mine = cellNumber(grid, p.left.item.row, cp.col);
    const theirs = cellNumber(refGrid, p.right.item.row, cp.refCol);
    // Text or an error on either side is the table's own finding (NOT_A_NUMBER …), not a difference.
    if (mine === undefined || theirs === undefined) continue;
    if (mine === null && theirs === null) continue;
    const percent = column.role === "percent" || refColumn.role === "percent";
    const a = mine === null ? 0 : inPoints(column, mine);
    const b = theirs === null ? 0 : inPoints(refColumn, theirs);
    const decimals = Math.min(column.decimals ?? 2, refColumn.decimals ?? 2);
    if (sameNumber(a, b, percent, decimals)) continue;
    out.push({
      code: "REFERENCE_MISMATCH",
      severity: SEVERITY.REFERENCE_MISMATCH,
      row: p.left.item.row,
      col: cp.col,
      expected: theirs === null ? 0 : theirs,
      ...(mine !== null ? { actual: mine } : {}),
      params: {
        unit: p.left.name,
        column: columnTitle(table, cp.col),
        referenceColumn: columnTitle(refTable, cp.refCol),
        reference: referenceLabel,
        referenceUnit: p.right.name,
        referenceCell: a1(p.right.item.row, cp.refCol),
      },
    });
  }
  return out;
}

/** The analysis with the reconciliation's findings and pairings added to its table. */
export function withReconciliation(analysis: TableAnalysis, r: TableReconciliation): TableAnalysis {
  return {
    ...analysis,
    issues: [...analysis.issues, ...r.issues],
    reconciliation: { pairings: r.pairings, columns: r.columns, unresolved: r.unresolved, reference: r.referenceLabel },
  };
}
