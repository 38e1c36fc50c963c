/** What a fill may do. Every front end (pane, ribbon, `quota-check fix`) builds one of these. */
import type { Lang } from "../../i18n/catalog";

export interface FillOptions {
  /** "formulas" (default) keeps totals right when numbers change later; "values" writes plain numbers. */
  readonly mode?: "formulas" | "values";
  /**
   * "native" (default): SUM, ROUND, IF, MAX, which compute in every Excel and in LibreOffice, so a workbook
   * sent up the hierarchy works without the add-in. "quota": QUOTA.RATE / QUOTA.SHORTFALL / QUOTA.STATUS.
   */
  readonly functions?: "native" | "quota";
  /** Append "Còn thiếu" (shortfall) and status columns to the right of the table. */
  readonly addShortfall?: boolean;
  /** Also fill parent columns from "parts" relations the data alone suggested (once the user confirmed them). */
  readonly includeDataParts?: boolean;
  /** Add a "Tổng cộng" row under a units table that has none (default true). */
  readonly addMissingTotal?: boolean;
  /** Restrict the plan to these cells (fixing one issue from the pane). */
  readonly only?: readonly { readonly row: number; readonly col: number }[];
  /** Language of the texts the fill writes into the sheet (new headers, status words); default Vietnamese. */
  readonly lang?: Lang;
}

export interface ResolvedFillOptions {
  readonly mode: "formulas" | "values";
  readonly functions: "native" | "quota";
  readonly addShortfall: boolean;
  readonly includeDataParts: boolean;
  readonly addMissingTotal: boolean;
  readonly only: ReadonlySet<string> | null;
  readonly lang: Lang;
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function resolveFillOptions(o: FillOptions = {}): ResolvedFillOptions {
  return {
    mode: o.mode ?? "formulas",
    functions: o.functions ?? "native",
    addShortfall: o.addShortfall ?? false,
    includeDataParts: o.includeDataParts ?? false,
    addMissingTotal: o.addMissingTotal ?? true,
    only: o.only ? new Set(o.only.map((c) => cellKey(c.row, c.col))) : null,
    lang: o.lang ?? "vi",
  };
}
