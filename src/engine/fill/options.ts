/** What a fill may do. Every front end (pane, ribbon, `quota-check fix`) builds one of these. */
import type { Lang } from "../../i18n/catalog";
import type { Pick, Trust } from "./follow-cause";

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
  /**
   * Whom to believe when a finding's likely cause is another cell (issue 10, fill/follow-cause.ts):
   * "cause" (default) corrects a high-confidence cause and keeps the total, and waits for a pick otherwise;
   * "totals" recomputes totals as before; "cells" corrects the best-ranked cause even when not certain.
   */
  readonly trust?: Trust;
  /** Repairs the user picked among a finding's choices (a cell and the value it should hold). */
  readonly choose?: readonly Pick[];
}

export interface ResolvedFillOptions {
  readonly mode: "formulas" | "values";
  readonly functions: "native" | "quota";
  readonly addShortfall: boolean;
  readonly includeDataParts: boolean;
  readonly addMissingTotal: boolean;
  readonly only: ReadonlySet<string> | null;
  readonly lang: Lang;
  readonly trust: Trust;
  readonly choose: readonly Pick[];
  /** Cells not to write: findings waiting for the user's pick. */
  readonly hold: ReadonlySet<string>;
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
    trust: o.trust ?? "cause",
    choose: o.choose ?? [],
    hold: new Set(),
  };
}
