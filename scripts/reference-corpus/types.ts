/**
 * The held-out set for issue 11 (test/fixtures/reference-corpus/README.md): pairs of a reference table (the
 * quotas assigned) and a results report, and folders of units' files with a summary, rebuilt from published
 * figures. Each workbook is a corpus `CorpusTable` (scripts/corpus/types.ts), laid out by the same builder, and
 * every expectation names its cell as "key:COL" on one side, so nothing depends on caption lines above a table.
 * Expected values are the published figures (or those derived from them, as the spec says): never the output
 * of the code under test.
 */
import type { CorpusTable } from "../corpus/types";

export interface Source {
  readonly url: string;
  readonly title: string;
}

/** The reconciliation codes of issue 11's contract. */
export type ReconcileCode = "REFERENCE_MISMATCH" | "UNIT_MISSING" | "UNIT_NOT_IN_REFERENCE" | "SUMMARY_MISMATCH";

/**
 * Where a cell is: a side of the case and "key:COL" on that side's sheet. Sides: "report", "reference" (pairs),
 * "summary" (folders), or "unit:FILE" for a unit's workbook of a folder.
 */
export interface SideCell {
  readonly side: string;
  readonly cell: string;
}

export interface ReconcileFinding {
  readonly code: ReconcileCode;
  readonly at: SideCell;
  /** The value the contract puts in `expected` / `actual` (numbers only: REFERENCE_MISMATCH, SUMMARY_MISMATCH). */
  readonly expected?: number;
  readonly actual?: number;
  /** The other cell the figure comes from (the reference's, or the unit file's total): checked by the Jest test. */
  readonly source?: SideCell;
  readonly why: string;
}

/** A finding a correct tool may report but need not (e.g. a total row that differs because a unit is missing). */
export interface Tolerated {
  readonly code: string;
  readonly at: SideCell;
  readonly why: string;
}

/** A pairing the report must show: the report's row (key) with the reference's row (key). */
export interface ExpectedPairing {
  readonly report: string;
  readonly reference: string;
  /** The `match` values that are right: ["exact"] for the same text, ["exact", "near"] for a name written differently, ["near"] for a renamed unit. */
  readonly match: readonly ("exact" | "near")[];
}

/** A column compared between the two tables: by its letter on each side (same header, or a `--compare`). */
export interface ComparedColumn {
  readonly reference: string;
  readonly report: string;
}

export interface ReferencePair {
  /** Folder name under test/fixtures/reference-corpus/pairs/. */
  readonly name: string;
  readonly sources: readonly Source[];
  /** Which side is published, which is derived and how (the way an office would). */
  readonly provenance: string;
  /** What is different about the names and layout (what the pairing must survive). */
  readonly variations: string;
  /** The report workbook: bao-cao.xlsx. */
  readonly report: CorpusTable;
  readonly reportSheet: string;
  /** The reference workbook (giao-chi-tieu.xlsx); null: the reference is a sheet of the report workbook. */
  readonly reference: CorpusTable | null;
  readonly referenceSheet: string;
  /** Name the reference's sheet on the command line (REF.xlsx#Sheet) even when it is another file. */
  readonly nameReferenceSheet: boolean;
  /** Column pairs the command line states with --compare: header words, "/" between levels, or a letter. */
  readonly compare: readonly { readonly reference: string; readonly report: string }[];
  /** Every column compared (same header or --compare), by letter: the Jest test checks the values along them. */
  readonly columns: readonly ComparedColumn[];
  readonly pairings: readonly ExpectedPairing[];
  readonly findings: readonly ReconcileFinding[];
  readonly tolerated?: readonly Tolerated[];
  /** The reference's unit-label column when it is not B (a kind column before the name). */
  readonly referenceLabelCol?: string;
  /** Row keys of the report's group sub-totals ("I. Các huyện …"): not units, so neither paired nor reported. */
  readonly groupRows?: readonly string[];
}

export interface UnitFile {
  /** File name inside don-vi/ (with .xlsx). */
  readonly file: string;
  readonly table: CorpusTable;
  /** How the file names its unit (issue 11: caption, sheet name or file name). */
  readonly namedBy: "caption" | "sheet" | "file";
  /** The unit's total row key in its file and the summary row key it must equal. */
  readonly totalKey: string;
  readonly summaryKey: string;
}

export interface ConsolidationCase {
  /** Folder name under test/fixtures/reference-corpus/consolidate/. */
  readonly name: string;
  readonly sources: readonly Source[];
  readonly provenance: string;
  /** tong-hop.xlsx, beside the don-vi/ folder (so the folder holds the units' files only). */
  readonly summary: CorpusTable;
  readonly units: readonly UnitFile[];
  /** Columns compared, by letter: the unit files' total row → the summary's row (a percent: of which unit columns). */
  readonly columns: readonly { readonly unit: string; readonly summary: string; readonly percentOf?: readonly [string, string] }[];
  readonly findings: readonly ReconcileFinding[];
  readonly tolerated?: readonly Tolerated[];
  /** Also run `consolidate don-vi -o OUT.xlsx` and check what it writes. */
  readonly write: boolean;
}
