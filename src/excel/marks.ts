/**
 * Marks: a fill colour on each issue cell, and the exact way back. Before colouring, the cell's fill
 * (colour and, from ExcelApi 1.9, pattern) is remembered; "Xoá đánh dấu" restores it, but only on cells
 * that still show our colour — a cell the user has re-coloured since is left alone.
 *
 * The remembered fills are returned to the caller, which keeps them in the workbook's document settings
 * (src/excel/settings.ts): they then survive closing the pane, are shared by the ribbon button and the
 * pane, and travel with the file, so marks made yesterday can still be cleared exactly today.
 */
import type { Severity } from "../engine/model";
import { a1 } from "../engine/grid";
import type { ExcelFeatures } from "./features";
import { EDITS_PER_BATCH, batches } from "./limits";

export const MARK_COLORS: { readonly [S in Severity]: string } = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

export interface MarkTarget {
  readonly row: number;
  readonly col: number;
  readonly severity: Severity;
}

/** The fill a cell had before we marked it. */
export interface MarkRecord {
  readonly sheet: string;
  readonly address: string;
  readonly mark: string;
  /** Previous fill colour; null when Excel reported none. */
  readonly color: string | null;
  /** Previous fill pattern ("None", "Solid" …) where the host tells (ExcelApi 1.9), else null. */
  readonly pattern: string | null;
}

const RANK: { readonly [S in Severity]: number } = { error: 0, warning: 1, info: 2 };

/** One target per cell, the most severe one winning. */
function strongestPerCell(targets: readonly MarkTarget[]): MarkTarget[] {
  const byCell = new Map<string, MarkTarget>();
  for (const t of targets) {
    const key = a1(t.row, t.col);
    const seen = byCell.get(key);
    if (!seen || RANK[t.severity] < RANK[seen.severity]) byCell.set(key, t);
  }
  return [...byCell.values()];
}

/**
 * Colours the targets' cells and returns every record to remember: `existing` ones kept as they were
 * (a cell marked twice keeps its first, true, previous fill) plus the new ones.
 */
export async function markCells(
  context: Excel.RequestContext,
  sheetName: string,
  targets: readonly MarkTarget[],
  features: ExcelFeatures,
  existing: readonly MarkRecord[] = [],
): Promise<MarkRecord[]> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const known = new Set(existing.filter((r) => r.sheet === sheetName).map((r) => r.address));
  const records: MarkRecord[] = [...existing];
  for (const group of batches(strongestPerCell(targets), EDITS_PER_BATCH)) {
    const fresh = group.filter((t) => !known.has(a1(t.row, t.col)));
    const fills = fresh.map((t) => {
      const fill = sheet.getRange(a1(t.row, t.col)).format.fill;
      fill.load(features.specialCells ? "color,pattern" : "color");
      return fill;
    });
    await context.sync();
    fresh.forEach((t, i) => {
      const address = a1(t.row, t.col);
      known.add(address);
      const pattern = features.specialCells ? String(fills[i].pattern) : null;
      records.push({ sheet: sheetName, address, mark: MARK_COLORS[t.severity], color: fills[i].color ?? null, pattern });
    });
    for (const t of group) sheet.getRange(a1(t.row, t.col)).format.fill.color = MARK_COLORS[t.severity];
    await context.sync();
    // A cell marked again keeps its first previous fill but now shows the new colour.
    const colourOf = new Map(group.map((t) => [a1(t.row, t.col), MARK_COLORS[t.severity]]));
    records.forEach((r, i) => {
      const mark = r.sheet === sheetName ? colourOf.get(r.address) : undefined;
      if (mark && mark !== r.mark) records[i] = { ...r, mark };
    });
  }
  return records;
}

/** Whether the remembered fill was "no fill" (Excel reports no fill as white before ExcelApi 1.9). */
function wasNoFill(r: MarkRecord): boolean {
  if (r.pattern !== null) return r.pattern === "None";
  return r.color === null || r.color.toUpperCase() === "#FFFFFF";
}

/** Restores the remembered fills of the cells that still show our mark; returns how many it restored. */
export async function clearMarks(context: Excel.RequestContext, records: readonly MarkRecord[]): Promise<number> {
  let restored = 0;
  for (const group of batches(records, EDITS_PER_BATCH)) {
    const fills = group.map((r) => {
      const fill = context.workbook.worksheets.getItem(r.sheet).getRange(r.address).format.fill;
      fill.load("color");
      return fill;
    });
    await context.sync();
    group.forEach((r, i) => {
      const now = fills[i].color;
      if (typeof now !== "string" || now.toUpperCase() !== r.mark.toUpperCase()) return;
      restored++;
      if (wasNoFill(r)) fills[i].clear();
      else {
        fills[i].color = r.color as string;
        if (r.pattern && r.pattern !== "Solid") fills[i].pattern = r.pattern as Excel.FillPattern;
      }
    });
    await context.sync();
  }
  return restored;
}
