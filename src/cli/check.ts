/**
 * The check itself, without any printing: paths → FileAnalysis for each workbook (read, analyse every
 * sheet or the chosen ones, add policy findings). A file that cannot be read becomes an error entry and
 * the others still run.
 */
import type { SheetAnalysis } from "../engine/model";
import type { Grid } from "../engine/grid";
import { analyzeGrid } from "../engine/analyze";
import { linkContinuedSheets } from "../engine/pages";
import type { FileAnalysis } from "../engine/report";
import type { PolicyRule } from "../engine/policy/index";
import { loadWorkbook, WorkbookReadError } from "./read-xlsx";

export interface CheckOptions {
  /** Only these sheets; empty: all. */
  readonly sheets: readonly string[];
  readonly rules: readonly PolicyRule[];
  /** Also apply the rules found in each table's captions. */
  readonly discover: boolean;
}

export interface CheckedFile extends FileAnalysis {
  /** How many of the requested sheets this file has (all its sheets when none were requested). */
  readonly matchedSheets: number;
}

function analyzeSheet(grid: Grid, options: CheckOptions): SheetAnalysis {
  // Always with a policy, even an empty one: the rules found in captions are listed in every report.
  return analyzeGrid(grid, { policy: { rules: options.rules, discover: options.discover } });
}

/** A sheet read as several blocks (blocks.ts) is one sheet of the report: its blocks' findings together. */
function joinBlocks(analyses: readonly SheetAnalysis[]): SheetAnalysis[] {
  const out: SheetAnalysis[] = [];
  for (const a of analyses) {
    const last = out[out.length - 1];
    if (last && last.sheet === a.sheet) out[out.length - 1] = { sheet: a.sheet, tables: [...last.tables, ...a.tables], issues: [...last.issues, ...a.issues] };
    else out.push(a);
  }
  return out;
}

/** A workbook's sheets as Grids, or the error entry the report shows for a file that cannot be read. */
export async function readGrids(file: string): Promise<{ grids: Grid[] } | { failed: CheckedFile }> {
  try {
    return { grids: (await loadWorkbook(file)).sheets };
  } catch (e) {
    const err = e instanceof WorkbookReadError ? e : new WorkbookReadError("READ_FAILED", file, String(e));
    return { failed: { file, error: { code: err.code, messageKey: err.messageKey }, sheets: [], matchedSheets: 0 } };
  }
}

/**
 * Every chosen sheet analysed, `extra` applied to each sheet's own analysis (reconciliation), then a table
 * continued on the next sheet gets its last page's total over every page (engine/pages.ts) and a sheet read
 * as several blocks is one sheet of the report again.
 */
export function analyzeSheets(
  chosen: readonly Grid[],
  options: CheckOptions,
  extra: (grid: Grid, analysis: SheetAnalysis) => SheetAnalysis = (_g, a) => a,
): SheetAnalysis[] {
  return joinBlocks(linkContinuedSheets(chosen, chosen.map((g) => extra(g, analyzeSheet(g, options)))));
}

export async function checkFile(file: string, options: CheckOptions): Promise<CheckedFile> {
  const read = await readGrids(file);
  if ("failed" in read) return read.failed;
  const { grids } = read;
  const chosen = options.sheets.length > 0 ? grids.filter((g) => options.sheets.includes(g.sheet)) : grids;
  try {
    const sheets = analyzeSheets(chosen, options);
    return { file, error: null, sheets, matchedSheets: sheets.length };
  } catch (e) {
    // An engine failure on one workbook must not hide the findings for the others.
    const detail = e instanceof Error ? e.message : String(e);
    return { file, error: { code: "ANALYSIS_FAILED", messageKey: "cli.analysis.failed", params: { detail } }, sheets: [], matchedSheets: 0 };
  }
}
