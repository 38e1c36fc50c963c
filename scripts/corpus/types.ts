/**
 * The evaluation corpus (test/corpus/README.md): tables rebuilt from published reports, written as compact
 * specs that scripts/build-corpus.ts lays out on ExcelJS worksheets and scripts/corpus-score.ts checks the
 * engine against. A spec names cells by row key and column letter ("total:C"), so the expectations do not
 * depend on how many caption lines sit above the table.
 */

/** One cell as the office typed it. */
export type CellInput =
  | number // a real number (count, or percent points such as 58.57)
  | string // text exactly as typed: labels, "1.234" or "58,57" stored as text, "x", "-"
  | null // blank
  | { readonly f: string; readonly v: number }; // a formula (without "=") with the value Excel cached

/** A header cell: row and column inside the header band (0-based), its text, and how far it is merged. */
export interface HeaderCell {
  readonly r: number;
  readonly c: number;
  readonly text: string;
  readonly rows?: number;
  readonly cols?: number;
}

/** One line below the header band. */
export type Line =
  | {
      /** Lets expectations name this row ("total", "u8"). */
      readonly key?: string;
      readonly cells: readonly CellInput[];
      /** Merge the first cells of the row (a total label over STT and name): [first col, last col], 0-based. */
      readonly merge?: readonly [number, number];
      readonly bold?: boolean;
      /** Number formats by 0-based column for this row only (overrides the block's). */
      readonly formats?: Readonly<Record<number, string>>;
    }
  | "header" // the header band repeated (a new printed page: a page break is set above it)
  | "blank";

/** One table on a sheet: captions, a header band, its lines, notes below. */
export interface Block {
  readonly captions: readonly string[];
  readonly headerRows: number;
  readonly header: readonly HeaderCell[];
  readonly lines: readonly Line[];
  /** Number formats by 0-based column ("#,##0", "0.00", "@"); numbers elsewhere get #,##0 or 0.00. */
  readonly formats?: Readonly<Record<number, string>>;
  /** Lines below the table (notes, "Nơi nhận", signature), one blank row after the table. */
  readonly after?: readonly string[];
}

export interface SheetSpec {
  readonly name: string;
  readonly blocks: readonly Block[];
  readonly widths?: readonly number[];
}

export type SlipKind = "transposition" | "digit" | "operands" | "base" | "copied" | "formula-range" | "balance";

/**
 * A finding a correct checker must report: at one of `cells` ("key:COL", or "Sheet!key:COL" on another sheet)
 * with one of `codes`, as an error or a warning.
 */
export interface ExpectedFinding {
  readonly cells: readonly string[];
  readonly codes: readonly string[];
  /** Why, in words, with the arithmetic. */
  readonly why: string;
  /** The mistyped cell and its true value, when it is known (a planted slip; some real ones). */
  readonly cause?: { readonly cell: string; readonly value: number; readonly kind: SlipKind };
}

/** The one planted slip of a table's "-slip" variant. */
export interface Slip {
  /** The cell that is mistyped ("key:COL"). */
  readonly at: string;
  /** What is typed there instead of the published value. */
  readonly typed: CellInput;
  readonly finding: ExpectedFinding;
}

export type Shape = "unit" | "vertical" | "horizontal" | "rating" | "indicator";

export interface CorpusTable {
  /** File name without .xlsx (test/fixtures/corpus/NAME.xlsx, NAME-slip.xlsx). */
  readonly name: string;
  readonly shape: Shape;
  readonly source: { readonly url: string; readonly title: string };
  /** How the table was rebuilt: printed as a table, or laid out from prose figures, and what was inferred. */
  readonly provenance: string;
  /** What is legitimately odd about it (truncated percents, "x", 100,01 …). */
  readonly oddities?: string;
  readonly sheets: readonly SheetSpec[];
  /** Slips in the published numbers themselves (a published total that is wrong): expected in both files. */
  readonly realSlips?: readonly ExpectedFinding[];
  /** Warning codes a correct checker may also report on this table (e.g. NUMBER_AS_TEXT when numbers are text). */
  readonly tolerate?: readonly string[];
  readonly slip?: Slip;
}
