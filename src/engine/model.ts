/**
 * The engine's vocabulary: what detection finds on a sheet (tables, columns, header tree), what inference
 * concludes about them (relations) and what the checks report (issues). Every front end — task pane,
 * ribbon command, command line — consumes these types; none of them re-derives what is here.
 *
 * All rows and columns are absolute 0-based sheet coordinates (see grid.ts); the report turns them into A1.
 */
import type { TableFoundRule } from "./policy/types";
import type { Reconciliation } from "./reconcile/types";

/** What a column holds, in the users' terms. */
export type ColumnRole =
  | "stt" // row number (STT)
  | "label" // unit name (đảng bộ / chi bộ / đơn vị)
  | "kind" // a text column beside the name, e.g. "Đảng bộ" / "Chi bộ" (seed 004)
  | "count" // whole numbers: members, quotas, admitted, pending …
  | "percent" // percent points (58.57) or a fraction formatted as % (0.5857)
  | "number" // other numeric column (non-integer amounts)
  | "text"; // anything else (notes)

export interface Column {
  readonly col: number;
  /** The leaf header text, whitespace-normalised ("Chỉ tiêu mới"). */
  readonly header: string;
  /** Header texts from the top of the header band down to the leaf ("Phát triển đảng viên mới năm 2024", "Chỉ tiêu mới"). */
  readonly path: readonly string[];
  readonly role: ColumnRole;
  /** For percent columns: "points" when 58.57 means 58.57 %, "fraction" when 0.5857 is formatted as %. */
  readonly percentForm?: "points" | "fraction";
  /** The decimals the column shows (from its number format or its values), where known. */
  readonly decimals?: number;
}

/** One header cell (merged or not) and the header cells under it. */
export interface HeaderNode {
  readonly label: string;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly children: readonly HeaderNode[];
}

/** A sub-total row ("I. Khối huyện") and the unit rows it sums. */
export interface SubtotalGroup {
  readonly row: number;
  readonly members: readonly number[];
}

export type TableShape =
  | "units" // one row per unit, a total row first or last, maybe group sub-totals
  | "breakdown" // a total row then "Trong đó:" and overlapping subsets (shares of the total, not parts of a sum)
  | "plan-result"; // rows are indicators; columns are plan, result, percent

export interface Table {
  readonly sheet: string;
  /** Bounds of the whole table, header band included. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** The first header band (rows headerTop..headerBottom), column-numbering row included when present. */
  readonly headerTop: number;
  readonly headerBottom: number;
  /** A row of column numbers ("1 2 3 …", "(1) (2) …", "A B 1 2"), or null. */
  readonly numberingRow: number | null;
  /** Header rows repeated where the table continues after a page break: not data. */
  readonly repeatedHeaderRows: readonly number[];
  /** Unit (or subset, or indicator) rows, in sheet order, excluding total and sub-total rows. */
  readonly dataRows: readonly number[];
  /** Grand-total rows ("Tổng cộng", "Toàn tỉnh"), first or last. */
  readonly totalRows: readonly number[];
  readonly subtotals: readonly SubtotalGroup[];
  /**
   * Group headings with no numbers inside the body ("II", "Xã Cổ Am" with nothing beside them): a group
   * starts there, so row numbers may restart at 1 and unit names may repeat ("Chi bộ thôn 1").
   */
  readonly groupHeadingRows?: readonly number[];
  readonly sttCol: number | null;
  /** The unit label column(s): the name column, and a kind column beside it where present. */
  readonly labelCols: readonly number[];
  /** Every column from left to right. */
  readonly columns: readonly Column[];
  /** Top-level header nodes, left to right. */
  readonly headerTree: readonly HeaderNode[];
  readonly shape: TableShape;
  /** Text lines found above the table (title, "(Kèm theo …)"), nearest last: where policy rules are stated. */
  readonly captions: readonly string[];
  /** Hidden rows / columns inside the table's bounds: kept in the table, noted so front ends can say so. */
  readonly hiddenRows?: readonly number[];
  readonly hiddenCols?: readonly number[];
  /**
   * The explicit model of the body rows (issue 9, src/engine/rows): every body row with its role, and the
   * families it forms ("Chia ra" partitions, "Trong đó" subsets, numbered items under a row). Rows in a
   * family are not in `dataRows` (a total does not add them up); they are here.
   */
  readonly rowTree?: RowTree;
}

/** What a body row is in the row tree (src/engine/rows/tree.ts). */
export type RowRole =
  | "total" // the grand total: label and arithmetic agree (or a unit list's labelled total)
  | "subtotal" // a group row that adds up its members
  | "item" // a unit or an indicator at the top level (what totals add up)
  | "child" // a row in a family under another row (see RowFamily.kind)
  | "percent-row" // "Tỷ lệ (%)" under a count row: each cell a share of that row's total column
  | "heading"; // a label without figures ("Trong đó:", "Chia ra:", "II. Khối …")

export interface RowNode {
  readonly row: number;
  readonly role: RowRole;
  /** The row this one hangs under (its family's parent), if any. */
  readonly parent?: number;
  /** The depth its numbering gives (I = 1, 1 = 2, 1.1 = 3, a = 4, "-" = 5), where it has one. */
  readonly level?: number;
}

/**
 * Rows under a parent row: `parts` ("Chia ra", "Gồm", numbered rows that add up) sum to the parent in
 * every count column; `subsets` ("Trong đó") are each at most the parent; `items` (numbered under it,
 * neither) only make the parent the base of their percents.
 */
export interface RowFamily {
  readonly parent: number;
  readonly kind: "parts" | "subsets" | "items";
  readonly rows: readonly number[];
}

export interface RowTree {
  readonly nodes: readonly RowNode[];
  readonly families: readonly RowFamily[];
  /** A percent row and the count row whose cells it divides by that row's total column. */
  readonly percentRows: readonly { readonly row: number; readonly of: number }[];
}

/** A cell, absolute 0-based. */
export interface CellRef {
  readonly row: number;
  readonly col: number;
}

/** Why the engine expects a value: every issue points at one of these, so the user can see the reason. */
export type Relation =
  /**
   * Total (or sub-total) row `row` sums `rows` in each of `cols` — and, for the last page of a table
   * continued across sheets (engine/pages.ts), the rows `earlierPages` name on the sheets before.
   */
  | {
      readonly kind: "column-total";
      readonly row: number;
      readonly rows: readonly number[];
      readonly cols: readonly number[];
      readonly earlierPages?: readonly { readonly sheet: string; readonly rows: readonly number[] }[];
    }
  /** In every data row, `whole` = Σ `parts`. `source` says whether the header tree or the data alone suggested it. */
  | { readonly kind: "parts"; readonly whole: number; readonly parts: readonly number[]; readonly source: "header" | "data" }
  /** `col` = numerator / denominator × scale, shown with `decimals` (scale 100: percent points; 1: a %-formatted fraction). */
  | {
      readonly kind: "percent";
      readonly col: number;
      readonly numerator: number;
      readonly denominator: number;
      readonly scale: 100 | 1;
      readonly decimals: number;
    }
  /** Breakdown tables: `col` in each subset row = that row's `of` value / the total row's `of` value × scale. */
  | {
      readonly kind: "share";
      readonly col: number;
      readonly of: number;
      readonly totalRow: number;
      readonly scale: 100 | 1;
      readonly decimals: number;
    }
  /** `col` = max(0, target − achieved) (còn thiếu). */
  | { readonly kind: "shortfall"; readonly col: number; readonly target: number; readonly achieved: number }
  /** Row tree ("Chia ra" partitions): in each of `cols`, row `row` = Σ `rows` (PARTS_MISMATCH at `row`). */
  | { readonly kind: "row-parts"; readonly row: number; readonly rows: readonly number[]; readonly cols: readonly number[] }
  /** Row tree ("Trong đó" subsets): in each of `cols`, every one of `rows` ≤ row `row` (SUBSET_EXCEEDS_WHOLE at the subset). */
  | { readonly kind: "subset"; readonly row: number; readonly rows: readonly number[]; readonly cols: readonly number[]; readonly baseLabel?: string }
  /**
   * One percent cell: `at` = `numerator` / `denominator` × scale, shown with `decimals`. The denominator is a
   * cell, or a figure stated in a caption (`value`, no cell). `basis` says how the base was resolved:
   * "explicit" (named in the label, a note, the header), "parent" (the row it hangs under), "total" (the
   * grand total), "caption" (a caption figure), "fit" (another candidate the shown value fits),
   * "majority" (the base most rows of the column use), "row-total" (a percent row: the count row's total column),
   * "sum" (no total row: the top-level rows' sum, which their shares add up to).
   */
  | {
      readonly kind: "ratio";
      readonly at: CellRef;
      readonly numerator: CellRef;
      /** A cell; or a figure: stated in a caption (basis "caption"), or the sum of `rows` in the numerator's column (basis "sum"). */
      readonly denominator: CellRef | { readonly value: number; readonly rows?: readonly number[] };
      readonly scale: 100 | 1;
      readonly decimals: number;
      readonly basis: "explicit" | "parent" | "total" | "caption" | "fit" | "majority" | "row-total" | "sum";
      /** The base row's label, for saying the relation in words ("so với \"Số đảng viên đã kết nạp\""). */
      readonly baseLabel?: string;
    };

export type RelationKind = Relation["kind"];

export type IssueCode =
  | "TOTAL_MISMATCH"
  | "PARTS_MISMATCH"
  | "ROW_RELATION_MISMATCH"
  | "PERCENT_MISMATCH"
  | "FORMULA_ERROR"
  | "NOT_A_NUMBER"
  | "NEGATIVE_COUNT"
  | "NUMBER_AS_TEXT"
  | "FRACTIONAL_COUNT"
  | "FORMULA_RANGE_INCOMPLETE"
  | "STT_SEQUENCE"
  | "DUPLICATE_UNIT"
  | "BELOW_MIN_RATE"
  | "SHARE_BELOW_TARGET"
  | "PLAN_TOTAL_MISMATCH"
  | "TOTAL_MISSING"
  | "HARDCODED_TOTAL"
  | "PERCENT_TRUNCATED"
  | "FORMULA_NOT_COMPUTED"
  | "RULE_NOT_APPLIED"
  // Issue 11: a table against its reference, a summary against the units' files.
  | "REFERENCE_MISMATCH"
  | "UNIT_MISSING"
  | "UNIT_NOT_IN_REFERENCE"
  | "SUMMARY_MISMATCH"
  | "SUBSET_EXCEEDS_WHOLE";

export type Severity = "error" | "warning" | "info";

export const SEVERITY: { readonly [C in IssueCode]: Severity } = {
  TOTAL_MISMATCH: "error",
  PARTS_MISMATCH: "error",
  ROW_RELATION_MISMATCH: "error",
  PERCENT_MISMATCH: "error",
  FORMULA_ERROR: "error",
  NOT_A_NUMBER: "error",
  NEGATIVE_COUNT: "error",
  NUMBER_AS_TEXT: "warning",
  FRACTIONAL_COUNT: "warning",
  FORMULA_RANGE_INCOMPLETE: "warning",
  STT_SEQUENCE: "warning",
  DUPLICATE_UNIT: "warning",
  BELOW_MIN_RATE: "warning",
  SHARE_BELOW_TARGET: "warning",
  PLAN_TOTAL_MISMATCH: "warning",
  TOTAL_MISSING: "info",
  HARDCODED_TOTAL: "info",
  PERCENT_TRUNCATED: "info",
  FORMULA_NOT_COMPUTED: "warning",
  RULE_NOT_APPLIED: "warning",
  REFERENCE_MISMATCH: "error",
  UNIT_MISSING: "warning",
  UNIT_NOT_IN_REFERENCE: "warning",
  SUMMARY_MISMATCH: "error",
  SUBSET_EXCEEDS_WHOLE: "error",
};

/**
 * A finding. The message is not stored: front ends render it from `code` and `params` through the
 * message catalogue (src/i18n) in the user's language.
 */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  /** The cell the issue is about (absolute 0-based). */
  readonly row: number;
  readonly col: number;
  readonly expected?: number;
  readonly actual?: number | string;
  /** Index into the table's relations of the relation that produced it, where one did. */
  readonly relation?: number;
  /** Extra values the message template uses (unit name, column header, cell text …). */
  readonly params?: { readonly [name: string]: string | number };
  /** The likely cause (issue 10, src/engine/causes): present when one explanation stands out. */
  readonly cause?: Cause;
  /** Several explanations that fit (about) equally well: none of them is certain. */
  readonly candidates?: readonly Cause[];
}

/**
 * Why a finding is likely wrong (issue 10): the cell that was probably mistyped — which may be another
 * cell than the one where the finding shows — and its true value. `value` is in the cell's own units,
 * except that percent cells give percent points (64.7 for a cell shown 64,70%). `because` is a catalogue
 * key and its placeholders, rendered by the front ends.
 */
export type CauseKind = "transposition" | "digit" | "operands" | "base" | "copied" | "formula-range" | "balance";

/** A catalogue sentence and, for its {fixes} placeholder, the list of what the repair makes hold. */
export interface CauseReason {
  readonly key: string;
  readonly params: { readonly [name: string]: string | number };
  readonly fixes?: readonly { readonly key: string; readonly params: { readonly [name: string]: string | number } }[];
}

export interface Cause {
  readonly row: number;
  readonly col: number;
  readonly value: number;
  /** What the cell shows now, in the same units as `value`. */
  readonly typed: number;
  readonly kind: CauseKind;
  readonly confidence: "high" | "low";
  readonly because: CauseReason;
  /** For kind "formula-range": the formula that adds up the right rows. */
  readonly formula?: string;
}

export interface TableAnalysis {
  readonly table: Table;
  readonly relations: readonly Relation[];
  readonly issues: readonly Issue[];
  /** The policy rules the table's captions state: present when the analysis was asked for policies (AnalyzeOptions.policy). */
  readonly foundRules?: readonly TableFoundRule[];
  /** Present when the table was compared with a reference table (issue 11): the pairings and columns used. */
  readonly reconciliation?: Reconciliation;
}

export interface SheetAnalysis {
  readonly sheet: string;
  readonly tables: readonly TableAnalysis[];
  /** Sheet-level issues that belong to no table. */
  readonly issues: readonly Issue[];
}
