/**
 * Reads the active sheet's used range (or the selection) into the engine's Grid.
 *
 * One context.sync for every ordinary sheet: the first sync loads, together, the range's dimensions, the
 * contents of a 2,048 × 32 window at its top-left corner (intersected with the range, so a small sheet
 * reads only its own cells), the merged-areas address (ExcelApi 1.13) and the visible-cells address
 * (ExcelApi 1.9, from which hidden rows and columns follow). Only a range larger than the window needs
 * more syncs: one per row block sized from the column count to stay under Excel on the web's 5 MB
 * response cap. On hosts before ExcelApi 1.7 (desktop Office 2016, where that cap does not exist) the
 * whole range is loaded in the first sync.
 */
import type { CellValue, Grid } from "../engine/grid";
import { a1Range } from "../engine/grid";
import { hiddenFromVisibleAddress, mergesFromAddress, type Bounds } from "./areas";
import { ExcelAdapterError, toAdapterError } from "./errors";
import type { ExcelFeatures } from "./features";
import { FIRST_WINDOW_COLS, FIRST_WINDOW_ROWS, MAX_SHEET_CELLS, planRowBlocks, windowCovers } from "./limits";

export type ReadSource = "used" | "selection";

const CONTENT = ["values", "valueTypes", "formulas", "numberFormat"];

/** The four arrays one block read returns. */
interface Contents {
  values: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

function contentsOf(r: Excel.Range): Contents {
  return { values: r.values, valueTypes: r.valueTypes as unknown as string[][], formulas: r.formulas, numberFormat: r.numberFormat };
}

function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined || type === "Empty") return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

function toFormula(f: unknown): string | null {
  return typeof f === "string" && f.startsWith("=") ? f : null;
}

function toFormat(f: unknown): string | null {
  return typeof f === "string" ? f : null;
}

/** Appends the rows of one block to the grid's arrays. */
function appendRows(target: { values: CellValue[][]; formulas: (string | null)[][]; numberFormats: (string | null)[][] }, c: Contents): void {
  c.values.forEach((row, r) => {
    target.values.push(row.map((v, k) => toCellValue(v, c.valueTypes[r]?.[k])));
    target.formulas.push((c.formulas[r] ?? []).map(toFormula));
    target.numberFormats.push((c.numberFormat[r] ?? []).map(toFormat));
  });
}

/** The range to read and the sheet it is on (proxies: nothing loaded yet). */
/** What to read: the active sheet's used range, the selection, or (issue 11's reference) a sheet by name. */
export type GridSource = ReadSource | { readonly sheet: string };

function sourceRange(context: Excel.RequestContext, source: GridSource): { range: Excel.Range; sheet: Excel.Worksheet } {
  if (typeof source === "object") {
    const named = context.workbook.worksheets.getItem(source.sheet);
    return { range: named.getUsedRange(true), sheet: named };
  }
  if (source === "selection") {
    const range = context.workbook.getSelectedRange();
    return { range, sheet: range.worksheet };
  }
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  // valuesOnly: cells that carry only formatting (a coloured empty column) do not widen the table.
  return { range: sheet.getUsedRange(true), sheet };
}

export async function readSheetGrid(
  context: Excel.RequestContext,
  features: ExcelFeatures,
  source: GridSource = "used",
  maxCells: number = MAX_SHEET_CELLS,
): Promise<Grid> {
  try {
    return await read(context, features, source, true, maxCells);
  } catch (e) {
    // The window reaches past the sheet's last row or column when the range ends there: read without it.
    if (features.resizedRange && typeof e === "object" && e !== null && (e as { code?: string }).code === "InvalidArgument") {
      return read(context, features, source, false, maxCells).catch((e2) => {
        throw toAdapterError(e2);
      });
    }
    throw toAdapterError(e);
  }
}

async function read(context: Excel.RequestContext, features: ExcelFeatures, source: GridSource, useWindow: boolean, maxCells: number): Promise<Grid> {
  const { range, sheet } = sourceRange(context, source);
  sheet.load("name");
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  const windowed = useWindow && features.resizedRange;
  const first = windowed ? range.getIntersection(range.getCell(0, 0).getResizedRange(FIRST_WINDOW_ROWS - 1, FIRST_WINDOW_COLS - 1)) : range;
  first.load(CONTENT);
  const merged = features.mergedAreas ? range.getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  const visible = features.specialCells ? range.getSpecialCellsOrNullObject("Visible") : undefined;
  visible?.load("address");
  await context.sync();

  const rows = range.rowCount;
  const cols = range.columnCount;
  // A used range of millions of cells (one stray value at XFD1048576) would take thousands of syncs and
  // more memory than the pane has: said at once, with the way out (select the table and check the selection).
  if (rows * cols > maxCells) throw new ExcelAdapterError("sheet-too-large", `${rows} × ${cols}`);
  const bounds: Bounds = { top: range.rowIndex, left: range.columnIndex, bottom: range.rowIndex + rows - 1, right: range.columnIndex + cols - 1 };
  const target = { values: [] as CellValue[][], formulas: [] as (string | null)[][], numberFormats: [] as (string | null)[][] };

  let readRows = 0;
  if (!windowed || windowCovers(rows, cols)) {
    appendRows(target, contentsOf(first));
    readRows = rows;
  } else if (cols <= FIRST_WINDOW_COLS) {
    appendRows(target, contentsOf(first));
    readRows = Math.min(rows, FIRST_WINDOW_ROWS);
  }
  // One sync per block of rows, never per cell.
  for (const block of planRowBlocks(readRows, rows, cols)) {
    const part = sheet.getRange(a1Range(bounds.top + block.firstRow, bounds.left, bounds.top + block.firstRow + block.rowCount - 1, bounds.right));
    part.load(CONTENT);
    await context.sync();
    appendRows(target, contentsOf(part));
  }

  // `isNullObject` is compared with true: it is set by the sync itself, never loaded by name.
  const hidden = visible ? hiddenFromVisibleAddress(visible.isNullObject === true ? "" : visible.address, bounds) : { rows: [], cols: [] };
  const grid: Grid = {
    sheet: sheet.name,
    top: bounds.top,
    left: bounds.left,
    values: target.values,
    formulas: target.formulas,
    numberFormats: target.numberFormats,
    merges: merged && merged.isNullObject !== true ? mergesFromAddress(merged.address, bounds) : [],
    hiddenRows: hidden.rows,
    hiddenCols: hidden.cols,
  };
  if (isBlankGrid(grid)) throw new ExcelAdapterError("empty");
  return grid;
}

function isBlankGrid(g: Grid): boolean {
  return g.values.every((row, r) => row.every((v, c) => v === null && g.formulas[r][c] === null));
}
