/**
 * A summary against the units' own files (issue 11, `quota-check consolidate`). Each unit file is told
 * apart by the unit it names — in a caption, its sheet name or its file name, matched to the summary's row
 * labels like any unit names (units/pairing.ts) — and each summary row must equal its unit's total row,
 * column by column (same header path, columns.ts). A difference is SUMMARY_MISMATCH at the summary's
 * cell: expected = the unit file's total, actual = the summary's.
 */
import { a1, columnLetter, type Grid } from "../grid";
import { SEVERITY, type Issue, type Table, type TableAnalysis } from "../model";
import { columnTitle } from "../policy/columns";
import { findNameIn } from "../units/pairing";
import type { MatchLevel } from "../units/names";
import { pairColumns } from "./columns";
import { cellNumber, inPoints, unitRows, type UnitRow } from "./table-values";
import type { ComparedColumn, UnitPairing } from "./types";

export interface UnitSheet {
  readonly grid: Grid;
  readonly tables: readonly TableAnalysis[];
}

export interface UnitFile {
  /** How messages name the file (its base name). */
  readonly file: string;
  readonly sheets: readonly UnitSheet[];
}

export type UnitSource = "caption" | "sheet" | "file";

/** Which unit a file is, and where that was read. */
export interface UnitIdentity {
  readonly index: number;
  readonly match: MatchLevel;
  readonly source: UnitSource;
}

/** The file's unit among `names`: its captions first, then its sheet names, then its file name. */
export function identifyUnit(file: UnitFile, names: readonly string[]): UnitIdentity | undefined {
  const tries: [UnitSource, string][] = [];
  for (const s of file.sheets) for (const t of s.tables) for (const c of t.table.captions) tries.push(["caption", c]);
  for (const s of file.sheets) tries.push(["sheet", s.grid.sheet]);
  tries.push(["file", file.file.replace(/\.(xlsx|xlsm|xls)$/i, "").replace(/[-_]+/g, " ")]);
  for (const [source, text] of tries) {
    const found = findNameIn(text, names);
    if (found) return { ...found, source };
  }
  return undefined;
}

/**
 * The unit's table with its total row: the first table that has one (the file's main table), else a table
 * of one row (a unit reporting only its own line, which is then its total).
 */
export function unitTotal(file: UnitFile): { sheet: UnitSheet; analysis: TableAnalysis; row: number } | undefined {
  for (const sheet of file.sheets) {
    for (const analysis of sheet.tables) {
      if (analysis.table.totalRows.length > 0 && analysis.table.shape === "units") {
        return { sheet, analysis, row: analysis.table.totalRows[analysis.table.totalRows.length - 1] };
      }
    }
  }
  for (const sheet of file.sheets) {
    for (const analysis of sheet.tables) {
      if (analysis.table.dataRows.length === 1) return { sheet, analysis, row: analysis.table.dataRows[0] };
    }
  }
  return undefined;
}

export interface SummaryCheck {
  readonly issues: Issue[];
  readonly pairings: UnitPairing[];
  /** Each unit file and the unit found for it (undefined: none found). */
  readonly identities: { readonly file: string; readonly identity?: UnitIdentity; readonly unit?: string }[];
  /** Unit files whose unit has no total row to compare. */
  readonly withoutTotal: string[];
  /** The columns compared (with the first unit file's), as the report lists them. */
  readonly columns: ComparedColumn[];
}

/** How many unit files name a row of this table: the summary is the table most of them name. */
export function summaryScore(grid: Grid, table: Table, units: readonly UnitFile[]): number {
  const names = unitRows(grid, table).map((u) => u.name);
  if (names.length < 2) return 0;
  return units.filter((u) => identifyUnit(u, names) !== undefined).length;
}

export function checkSummary(grid: Grid, analysis: TableAnalysis, summaryFile: string, units: readonly UnitFile[]): SummaryCheck {
  const table = analysis.table;
  const rows: UnitRow[] = unitRows(grid, table);
  const names = rows.map((r) => r.name);
  const issues: Issue[] = [];
  const pairings: UnitPairing[] = [];
  const identities: SummaryCheck["identities"][number][] = [];
  const withoutTotal: string[] = [];
  const taken = new Set<number>();
  let columns: ComparedColumn[] | undefined;
  for (const unit of units) {
    if (unit.file === summaryFile) continue;
    const identity = identifyUnit(unit, names);
    if (!identity || taken.has(identity.index)) {
      identities.push({ file: unit.file });
      continue;
    }
    taken.add(identity.index);
    const row = rows[identity.index];
    identities.push({ file: unit.file, identity, unit: row.name });
    const total = unitTotal(unit);
    if (!total) {
      withoutTotal.push(unit.file);
      continue;
    }
    pairings.push({ unit: row.name, row: row.row + 1, reference: unit.file, referenceRow: total.row + 1, match: identity.match });
    const { pairs } = pairColumns(table, total.analysis.table, [], { report: analysis.relations, reference: total.analysis.relations }, undefined, true);
    columns ??= pairs.map((p) => ({
      col: columnLetter(p.col),
      referenceCol: columnLetter(p.refCol),
      header: columnTitle(table, p.col),
      referenceHeader: columnTitle(total.analysis.table, p.refCol),
      source: p.source,
    }));
    for (const p of pairs) {
      const column = table.columns.find((c) => c.col === p.col);
      const unitColumn = total.analysis.table.columns.find((c) => c.col === p.refCol);
      if (!column || !unitColumn) continue;
      const mine = cellNumber(grid, row.row, p.col);
      const theirs = cellNumber(total.sheet.grid, total.row, p.refCol);
      if (mine === undefined || theirs === undefined || (mine === null && theirs === null)) continue;
      const a = mine === null ? 0 : inPoints(column, mine);
      const b = theirs === null ? 0 : inPoints(unitColumn, theirs);
      const percent = column.role === "percent";
      const decimals = Math.min(column.decimals ?? 2, unitColumn.decimals ?? 2);
      const same = percent ? Math.abs(a - b) <= 0.5 * Math.pow(10, -decimals) + 1e-9 : Math.abs(a - b) < 1e-9;
      if (same) continue;
      issues.push({
        code: "SUMMARY_MISMATCH",
        severity: SEVERITY.SUMMARY_MISMATCH,
        row: row.row,
        col: p.col,
        expected: theirs === null ? 0 : theirs,
        ...(mine !== null ? { actual: mine } : {}),
        params: {
          unit: row.name,
          column: columnTitle(table, p.col),
          unitFile: unit.file,
          unitSheet: total.sheet.grid.sheet,
          unitCell: a1(total.row, p.refCol),
        },
      });
    }
  }
  pairings.sort((x, y) => x.row - y.row);
  return { issues, pairings, identities, withoutTotal, columns: columns ?? [] };
}

/** The summary's analysis with SUMMARY_MISMATCH findings and the file pairings on its table. */
export function withSummaryCheck(analysis: TableAnalysis, check: SummaryCheck, label: string): TableAnalysis {
  return {
    ...analysis,
    issues: [...analysis.issues, ...check.issues],
    reconciliation: { pairings: check.pairings, columns: check.columns, unresolved: [], reference: label },
  };
}


