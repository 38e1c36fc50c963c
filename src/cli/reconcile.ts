/**
 * `quota-check --reference giao.xlsx[#Sheet] [--compare "A = B"]… bao-cao.xlsx`: each checked workbook's
 * tables are also compared with the reference's (engine/reconcile). The reference is another workbook,
 * one sheet of it, or ("#Sheet") a sheet of each checked workbook itself.
 */
import { existsSync } from "fs";
import * as path from "path";
import type { Grid } from "../engine/grid";
import type { SheetAnalysis } from "../engine/model";
import { analyzeGrid } from "../engine/analyze";
import { parseComparePair, type ComparePair } from "../engine/reconcile/columns";
import { reconcileTable, withReconciliation, type ReferenceSide } from "../engine/reconcile/reference";
import { foldKey } from "../engine/text";
import { loadWorkbook } from "./read-xlsx";
import { analyzeSheets, readGrids, type CheckedFile, type CheckOptions } from "./check";

export interface ReferenceSpec {
  /** The reference workbook; null: the sheet is in each checked workbook. */
  readonly file: string | null;
  readonly sheet: string | null;
}

/** "giao.xlsx", "giao.xlsx#Phụ lục", "#Phụ lục" (a "#" that belongs to an existing file's name stays in it). */
export function parseReferenceSpec(spec: string): ReferenceSpec {
  const hash = spec.lastIndexOf("#");
  if (hash < 0 || existsSync(spec)) return { file: spec, sheet: null };
  const file = spec.slice(0, hash);
  const sheet = spec.slice(hash + 1).trim();
  return { file: file === "" ? null : file, sheet: sheet === "" ? null : sheet };
}

export class ReferenceError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string>,
  ) {
    super(key);
  }
}

export function parseComparePairs(texts: readonly string[]): ComparePair[] {
  return texts.map((text) => {
    const p = parseComparePair(text);
    if (!p) throw new ReferenceError("reconcile.error.badCompare", { value: text });
    return p;
  });
}

interface ReferenceSheet {
  readonly grid: Grid;
  readonly analysis: SheetAnalysis;
}

const sameSheet = (a: string, b: string) => foldKey(a) === foldKey(b);

function pickSheets(grids: readonly Grid[], sheet: string | null, file: string): Grid[] {
  if (sheet === null) return [...grids];
  const chosen = grids.filter((g) => sameSheet(g.sheet, sheet));
  if (chosen.length === 0) throw new ReferenceError("reconcile.error.referenceSheet", { file, sheet });
  return chosen;
}

/** Reads and analyses the reference workbook's sheets (a read failure is thrown as WorkbookReadError). */
export async function loadReference(spec: ReferenceSpec): Promise<ReferenceSheet[]> {
  if (spec.file === null) return [];
  const grids = pickSheets((await loadWorkbook(spec.file)).sheets, spec.sheet, spec.file);
  const sheets = grids.map((grid) => ({ grid, analysis: analyzeGrid(grid) }));
  if (sheets.every((s) => s.analysis.tables.length === 0)) throw new ReferenceError("reconcile.error.noReferenceTable", { file: spec.file });
  return sheets;
}

function referenceLabel(spec: ReferenceSpec, sheet: string): string {
  return spec.file === null ? `"${sheet}"` : `${path.basename(spec.file)}#${sheet}`;
}

/** One sheet's analysis with every table compared against the reference sheets (the first that fits). */
function reconcileSheet(grid: Grid, analysis: SheetAnalysis, refs: readonly ReferenceSheet[], spec: ReferenceSpec, compare: readonly ComparePair[]): SheetAnalysis {
  const tables = analysis.tables.map((ta) => {
    for (const ref of refs) {
      const side: ReferenceSide = { grid: ref.grid, tables: ref.analysis.tables, label: referenceLabel(spec, ref.grid.sheet) };
      const r = reconcileTable(grid, ta, side, { compare });
      if (r) return withReconciliation(ta, r);
    }
    return ta;
  });
  return { ...analysis, tables };
}

/** checkFile (check.ts) with the reference comparison: the same report entries, plus the reconciliation. */
export async function checkFileWithReference(
  file: string,
  options: CheckOptions,
  spec: ReferenceSpec,
  reference: readonly ReferenceSheet[],
  compare: readonly ComparePair[],
): Promise<CheckedFile> {
  const read = await readGrids(file);
  if ("failed" in read) return read.failed;
  const { grids } = read;
  let refs = reference;
  let chosen = options.sheets.length > 0 ? grids.filter((g) => options.sheets.includes(g.sheet)) : grids;
  if (spec.file === null || path.resolve(spec.file) === path.resolve(file)) {
    // The reference is a sheet of this very workbook: it is the reference, not a report to compare.
    const sheet = spec.sheet;
    if (sheet === null) return { file, error: null, sheets: analyzeSheets(chosen, options), matchedSheets: chosen.length };
    refs = spec.file === null ? pickSheets(grids, sheet, file).map((grid) => ({ grid, analysis: analyzeGrid(grid) })) : reference;
    chosen = chosen.filter((g) => !sameSheet(g.sheet, sheet));
  }
  try {
    const sheets = analyzeSheets(chosen, options, (g, analysis) => reconcileSheet(g, analysis, refs, spec, compare));
    return { file, error: null, sheets, matchedSheets: chosen.length };
  } catch (e) {
    if (e instanceof ReferenceError) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    return { file, error: { code: "ANALYSIS_FAILED", messageKey: "cli.analysis.failed", params: { detail } }, sheets: [], matchedSheets: 0 };
  }
}
