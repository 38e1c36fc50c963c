/**
 * Why a sheet has no table, so a front end can say more than "nothing found": the sheet is empty, it holds
 * only text (a letter, a decision), or it has a header band with no rows under it.
 */
import type { Grid } from "../grid";
import { isHeaderRow } from "./header-band";
import { hasValues } from "./extent";
import { type Scan, isBlankRow, scanGrid } from "./scan";

export type NoTableReason = "empty-sheet" | "prose-only" | "header-only" | "no-header";

/** The reason detectTables finds nothing, or null when there is no simple reason (or a table exists). */
export function explainNoTable(grid: Grid, scan?: Scan): NoTableReason | null {
  const s = scan ?? scanGrid(grid);
  let anything = false;
  let header = false;
  let values = false;
  for (let r = s.top; r <= s.bottom; r++) {
    if (isBlankRow(s, r)) continue;
    anything = true;
    if (hasValues(s, r)) values = true;
    else if (isHeaderRow(s, r)) header = true;
  }
  if (!anything) return "empty-sheet";
  if (header && !values) return "header-only";
  if (!header && !values) return "prose-only";
  if (!header) return "no-header";
  return null;
}
