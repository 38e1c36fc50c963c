/**
 * What a reconciliation adds to a table's analysis and report (issue 11): the name pairings it made and the
 * columns it compared, so that a user (or another tool) can see what was compared with what.
 */
import type { MatchLevel } from "../units/names";

/** One name pairing (rows 1-based): exact and near ones were used, doubtful ones are shown and not used. */
export interface UnitPairing {
  readonly unit: string;
  readonly row: number;
  readonly reference: string;
  readonly referenceRow: number;
  readonly match: MatchLevel;
}

/** One compared column pair (letters, header paths) and how it was chosen. */
export interface ComparedColumn {
  readonly col: string;
  readonly referenceCol: string;
  readonly header: string;
  readonly referenceHeader: string;
  readonly source: "compare" | "header" | "values";
}

export interface Reconciliation {
  readonly pairings: readonly UnitPairing[];
  readonly columns: readonly ComparedColumn[];
  /** --compare pairs that named no column of these two tables, as typed. */
  readonly unresolved: readonly string[];
  /** How the reference is named: "file.xlsx#Sheet", or the sheet of the same workbook. */
  readonly reference: string;
}
